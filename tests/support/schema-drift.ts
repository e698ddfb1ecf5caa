import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import pg from 'pg';

/*
 * Compares schema.prisma with a migrated database: tables, columns (type and nullability),
 * enums, indexes (columns, order, uniqueness) and foreign keys, both ways. This stands in for
 * `prisma migrate diff`, which needs the schema engine this machine cannot download; the
 * schema is read with Prisma's own WebAssembly parser so it sees exactly what Prisma sees.
 */

type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'object' | 'enum' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
};
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
type DmmfIndex = { model: string; type: 'id' | 'unique' | 'normal' | 'fulltext'; fields: { name: string }[] };
type DmmfEnum = { name: string; dbName?: string | null; values: { name: string; dbName?: string | null }[] };
type Datamodel = { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] };

export async function readDatamodel(schemaPath = 'prisma/schema.prisma'): Promise<Datamodel> {
  const require = createRequire(import.meta.url);
  const wasm = require('@prisma/prisma-schema-wasm') as { get_dmmf(params: string): string };
  const prismaSchema = await readFile(schemaPath, 'utf8');
  return (JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema }))) as { datamodel: Datamodel }).datamodel;
}

const defaultTypes: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Float: 'double precision',
  Decimal: 'numeric(65,30)',
  DateTime: 'timestamp(3) without time zone',
  Boolean: 'boolean',
  Json: 'jsonb',
  Bytes: 'bytea',
};

function nativeTypeName(native: [string, string[]]): string {
  const [name, args] = native;
  const a = args.join(',');
  switch (name) {
    case 'VarChar': return a ? `character varying(${a})` : 'character varying';
    case 'Char': return `character(${a || '1'})`;
    case 'Text': return 'text';
    case 'Decimal': return a ? `numeric(${a})` : 'numeric';
    case 'Timestamptz': return `timestamp(${a || '6'}) with time zone`;
    case 'Timestamp': return `timestamp(${a || '6'}) without time zone`;
    case 'Date': return 'date';
    case 'SmallInt': return 'smallint';
    case 'Integer': return 'integer';
    case 'BigInt': return 'bigint';
    case 'Uuid': return 'uuid';
    case 'Inet': return 'inet';
    case 'JsonB': return 'jsonb';
    case 'Json': return 'json';
    case 'Boolean': return 'boolean';
    default: return name.toLowerCase();
  }
}

function expectedType(field: DmmfField, enums: DmmfEnum[]): string {
  let base: string;
  if (field.kind === 'enum') {
    const e = enums.find((candidate) => candidate.name === field.type);
    base = e?.dbName ?? field.type;
    if (/[^a-z0-9_]/.test(base)) base = `"${base}"`;
  } else {
    base = field.nativeType ? nativeTypeName(field.nativeType) : (defaultTypes[field.type] ?? field.type);
  }
  return field.isList ? `${base}[]` : base;
}

const column = (field: DmmfField) => field.dbName ?? field.name;

export async function findSchemaDrift(databaseUrl: string, schemaPath?: string): Promise<string[]> {
  const datamodel = await readDatamodel(schemaPath);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const drift: string[] = [];
    const tableOf = new Map(datamodel.models.map((m) => [m.name, m.dbName ?? m.name]));

    const { rows: tables } = await client.query<{ table: string }>(
      `SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r','p') AND c.relname <> '_prisma_migrations'`,
    );
    const dbTables = new Set(tables.map((r) => r.table));
    for (const table of tableOf.values()) if (!dbTables.has(table)) drift.push(`table ${table} is in schema.prisma but not in the database`);
    for (const table of dbTables) if (![...tableOf.values()].includes(table)) drift.push(`table ${table} is in the database but not in schema.prisma`);

    const { rows: columns } = await client.query<{ table: string; column: string; type: string; notnull: boolean }>(
      `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r','p') AND a.attnum > 0 AND NOT a.attisdropped`,
    );
    for (const model of datamodel.models) {
      const table = tableOf.get(model.name)!;
      const dbColumns = new Map(columns.filter((c) => c.table === table).map((c) => [c.column, c]));
      const scalars = model.fields.filter((f) => f.kind === 'scalar' || f.kind === 'enum');
      for (const field of scalars) {
        const actual = dbColumns.get(column(field));
        if (!actual) {
          drift.push(`column ${table}.${column(field)} is in schema.prisma but not in the database`);
          continue;
        }
        const type = expectedType(field, datamodel.enums);
        if (actual.type !== type) drift.push(`column ${table}.${column(field)} is ${actual.type} in the database but ${type} in schema.prisma`);
        // Prisma creates scalar lists as nullable array columns, even when required.
        if (actual.notnull !== (field.isRequired && !field.isList)) {
          drift.push(`column ${table}.${column(field)} is ${actual.notnull ? 'NOT NULL' : 'nullable'} in the database but not in schema.prisma`);
        }
      }
      for (const name of dbColumns.keys()) {
        if (!scalars.some((f) => column(f) === name)) drift.push(`column ${table}.${name} is in the database but not in schema.prisma`);
      }
    }

    const { rows: enumRows } = await client.query<{ name: string; values: string[] }>(
      `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname = 'public' GROUP BY t.typname`,
    );
    for (const e of datamodel.enums) {
      const name = e.dbName ?? e.name;
      const actual = enumRows.find((r) => r.name === name);
      const values = e.values.map((v) => v.dbName ?? v.name);
      if (!actual) drift.push(`enum ${name} is in schema.prisma but not in the database`);
      else if (actual.values.join(',') !== values.join(',')) drift.push(`enum ${name} has values ${actual.values.join(',')} in the database but ${values.join(',')} in schema.prisma`);
    }
    for (const r of enumRows) if (!datamodel.enums.some((e) => (e.dbName ?? e.name) === r.name)) drift.push(`enum ${r.name} is in the database but not in schema.prisma`);

    const { rows: indexes } = await client.query<{ table: string; columns: string[]; unique: boolean; partial: boolean }>(
      `SELECT c.relname AS table, i.indisunique AS unique, i.indpred IS NOT NULL AS partial,
              array(SELECT coalesce(a.attname, '(expression)') FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                    LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns
       FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relname <> '_prisma_migrations'`,
    );
    const key = (table: string, cols: string[], unique: boolean) => `${table}(${cols.join(',')})${unique ? ' unique' : ''}`;
    const expectedIndexes = new Set(
      datamodel.indexes.map((index) => {
        const model = datamodel.models.find((m) => m.name === index.model)!;
        const cols = index.fields.map((f) => column(model.fields.find((field) => field.name === f.name)!));
        return key(tableOf.get(index.model)!, cols, index.type !== 'normal' && index.type !== 'fulltext');
      }),
    );
    const actualIndexes = new Set(indexes.map((i) => key(i.table, i.columns, i.unique) + (i.partial ? ' partial' : '')));
    for (const index of expectedIndexes) if (!actualIndexes.has(index)) drift.push(`index ${index} is in schema.prisma but not in the database`);
    for (const index of actualIndexes) if (!expectedIndexes.has(index)) drift.push(`index ${index} is in the database but not in schema.prisma`);

    const { rows: foreignKeys } = await client.query<{ table: string; columns: string[]; target: string; targetColumns: string[] }>(
      `SELECT c.relname AS table, t.relname AS target,
              array(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY u(attnum, ord) JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum ORDER BY u.ord)::text[] AS columns,
              array(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY u(attnum, ord) JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.attnum ORDER BY u.ord)::text[] AS "targetColumns"
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class t ON t.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace WHERE k.contype = 'f' AND n.nspname = 'public'`,
    );
    const fkKey = (table: string, cols: string[], target: string, targetCols: string[]) => `${table}(${cols.join(',')}) -> ${target}(${targetCols.join(',')})`;
    const expectedFks = new Set<string>();
    for (const model of datamodel.models) {
      for (const field of model.fields) {
        if (field.kind !== 'object' || !field.relationFromFields?.length) continue;
        const target = datamodel.models.find((m) => m.name === field.type)!;
        expectedFks.add(
          fkKey(
            tableOf.get(model.name)!,
            field.relationFromFields.map((name) => column(model.fields.find((f) => f.name === name)!)),
            tableOf.get(target.name)!,
            (field.relationToFields ?? []).map((name) => column(target.fields.find((f) => f.name === name)!)),
          ),
        );
      }
    }
    const actualFks = new Set(foreignKeys.map((fk) => fkKey(fk.table, fk.columns, fk.target, fk.targetColumns)));
    for (const fk of expectedFks) if (!actualFks.has(fk)) drift.push(`foreign key ${fk} is in schema.prisma but not in the database`);
    for (const fk of actualFks) if (!expectedFks.has(fk)) drift.push(`foreign key ${fk} is in the database but not in schema.prisma`);

    return drift;
  } finally {
    await client.end();
  }
}
