import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { dropDatabase, ensureDatabase, withDatabase } from '../src/db/admin.ts';
import { applyMigrations, checksumOf, MIGRATIONS_DIR, readMigrations } from '../src/db/migrate.ts';
import { createTestDatabase, type TestDatabase } from './support/app.ts';
import { findSchemaDrift } from './support/schema-drift.ts';

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function emptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = inject('databaseAdminUrl');
  const name = `staff_ratio_empty_${Math.random().toString(36).slice(2, 10)}`;
  await ensureDatabase(adminUrl, name);
  return { url: withDatabase(adminUrl, name), drop: () => dropDatabase(adminUrl, name) };
}

describe('schema.prisma and the migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('agree: the migrated database has exactly the models, columns, types, indexes and keys of schema.prisma', async () => {
    expect(await findSchemaDrift(db.url)).toEqual([]);
  });

  it('would be caught disagreeing: a dropped column, an extra index and a changed type all show as drift', async () => {
    const altered = await createTestDatabase();
    try {
      await query(altered.url, `ALTER TABLE regions DROP COLUMN name`);
      await query(altered.url, `CREATE INDEX regions_created_idx ON regions (created_at)`);
      await query(altered.url, `ALTER TABLE regions ALTER COLUMN created_at TYPE timestamp(3)`);
      const drift = await findSchemaDrift(altered.url);
      expect(drift).toContain('column regions.name is in schema.prisma but not in the database');
      expect(drift).toContain('index regions(created_at) is in the database but not in schema.prisma');
      expect(drift.some((line) => line.startsWith('column regions.created_at is timestamp(3) without time zone'))).toBe(true);
    } finally {
      await altered.drop();
    }
  });
});

describe('applying migrations', () => {
  it('records each migration in _prisma_migrations as Prisma does', async () => {
    const db = await createTestDatabase();
    try {
      const files = await readMigrations();
      const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number; rolled_back_at: Date | null }>(
        db.url,
        'SELECT * FROM _prisma_migrations ORDER BY migration_name',
      );
      expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
      for (const [i, row] of rows.entries()) {
        const sql = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, 'migration.sql'), 'utf8');
        expect(row.checksum).toBe(checksumOf(sql));
        expect(row.checksum).toBe(files[i]!.checksum);
        expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
        expect(row.finished_at).toBeInstanceOf(Date);
        expect(row.applied_steps_count).toBe(1);
        expect(row.rolled_back_at).toBeNull();
      }
    } finally {
      await db.drop();
    }
  });

  it('applies nothing twice: a second run finds everything done', async () => {
    const db = await createTestDatabase();
    try {
      const report = await applyMigrations(db.url);
      expect(report.applied).toEqual([]);
      expect(report.alreadyApplied).toBe((await readMigrations()).length);
    } finally {
      await db.drop();
    }
  });

  it('lets several instances start at once: the advisory lock makes one apply and the rest wait', async () => {
    const db = await emptyDatabase();
    try {
      const reports = await Promise.all([1, 2, 3, 4].map(() => applyMigrations(db.url)));
      const count = (await readMigrations()).length;
      expect(reports.reduce((sum, r) => sum + r.applied.length, 0)).toBe(count);
      const rows = await query<{ n: string }>(db.url, 'SELECT count(*) AS n FROM _prisma_migrations');
      expect(Number(rows[0]!.n)).toBe(count);
      expect(await findSchemaDrift(db.url)).toEqual([]);
    } finally {
      await db.drop();
    }
  });

  it('refuses to start over a migration edited after it was applied', async () => {
    const db = await emptyDatabase();
    const dir = await mkdtemp(path.join(tmpdir(), 'migrations-'));
    try {
      await cp(MIGRATIONS_DIR, dir, { recursive: true });
      await applyMigrations(db.url, { dir });
      const [first] = await readMigrations(dir);
      await writeFile(path.join(dir, first!.name, 'migration.sql'), `${first!.sql}\n-- edited\n`);
      await expect(applyMigrations(db.url, { dir })).rejects.toThrow(/edited after it was applied/);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await db.drop();
    }
  });

  it('rolls back a failing migration whole and records nothing for it', async () => {
    const db = await emptyDatabase();
    const dir = await mkdtemp(path.join(tmpdir(), 'migrations-'));
    try {
      await cp(MIGRATIONS_DIR, dir, { recursive: true });
      const broken = path.join(dir, '99990101000000_broken');
      await cp(path.join(dir, (await readMigrations(dir))[0]!.name), broken, { recursive: true });
      await writeFile(path.join(broken, 'migration.sql'), 'CREATE TABLE half_done (id int);\nSELECT no_such_function();\n');
      await expect(applyMigrations(db.url, { dir })).rejects.toThrow(/99990101000000_broken failed and was rolled back/);
      const tables = await query<{ n: string }>(db.url, `SELECT count(*) AS n FROM pg_tables WHERE tablename = 'half_done'`);
      expect(Number(tables[0]!.n)).toBe(0);
      const recorded = await query<{ n: string }>(db.url, `SELECT count(*) AS n FROM _prisma_migrations WHERE migration_name LIKE '%broken'`);
      expect(Number(recorded[0]!.n)).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await db.drop();
    }
  });
});
