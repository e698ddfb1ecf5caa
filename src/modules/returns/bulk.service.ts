import type pg from 'pg';
import type { z } from 'zod';
import { insertRevisions, type NewRevision } from './repository.ts';
import { loadSubmissionContexts, lockReturnsForWriting, type ReturnKey } from './submissions.repository.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { Warning } from '../../domain/warnings.ts';
import { formatYear, todayUtc } from '../../domain/years.ts';
import { HttpProblem, type FieldError } from '../../errors/problem.ts';
import { canWriteReturnsOf, type Actor } from '../../domain/access.ts';
import { bulkRow, type bulkResult } from './bulk.schemas.ts';
import { decide, normalise } from './rules.ts';
import { Cooperative } from '../../http/cooperative.ts';
import { ExactNumber } from '../../http/json-body.ts';

import {
  abandonIdempotent,
  beginIdempotent,
  completeIdempotent,
  deleteExpiredIdempotencyKeys,
  type StoreBounds,
} from './idempotency.repository.ts';
import type { RequestContext } from '../../http/context.ts';
import type { Database } from '../../plugins/database.ts';

export { parseIdempotencyKey } from './idempotency.repository.ts';

export type BulkInput = {
  row: number;
  values: Record<string, unknown>;
  /** CSV rows carry the role breakdown as flat columns, and errors point at those columns. */
  source: 'json' | 'csv';
  /** A row that could not even be read (e.g. a wrong number of CSV fields). */
  problem?: string;
};
export type BulkResult = z.output<typeof bulkResult>;
type RowResult = BulkResult['rows'][number];

/** One library service's rows for one year in a file, accepted or rejected together. */
export type ServiceRowGroup = { code: string; year: unknown; inputs: BulkInput[] };

/**
 * Writes a library service's return from its rows, inside the file's transaction (given by the
 * library services module, which the returns module does not import): the outcome and the
 * warnings, or a refusal that applies to every row of the group.
 */
export type ServiceRowWriter = (
  client: pg.PoolClient,
  group: ServiceRowGroup,
  context: RequestContext,
  today: string,
) => Promise<{ outcome: 'created' | 'amended' | 'unchanged'; warnings: Warning[] }>;

export type BulkOptions = {
  actor: Actor;
  requestId: string;
  /** Writes the rows that name a `libraryService` (absent: such rows are refused). */
  serviceRows?: { write: ServiceRowWriter; log: RequestContext['log'] };
  dryRun: boolean;
  atomic: boolean;
  today?: string;
  /** Runs inside the transaction before it commits (e.g. to store an idempotent answer). */
  beforeCommit?: (client: pg.PoolClient, result: BulkResult) => Promise<void>;
};

/**
 * A row's odsCode or year as echoed in its result: text, cut to 64 characters (nothing is echoed
 * long), with NUL and unpaired surrogates shown as U+FFFD. Only the echo is altered (the row is
 * refused); the answer must stay storable for Idempotency-Key replays, and PostgreSQL's jsonb
 * refuses both.
 */
const echo = (value: unknown) => {
  if (value === undefined || value === null) return null;
  // Objects and lists are named, not written out: a value nested 10,000 deep must not recurse.
  const text =
    typeof value === 'string' ? value
    : value instanceof ExactNumber ? value.text
    : Array.isArray(value) ? '(a list)'
    : typeof value === 'object' ? '(an object)'
    : String(value);
  const shown = (text.length > 64 ? `${text.slice(0, 64)}…` : text).toWellFormed().replaceAll('\u0000', '\ufffd');
  return shown;
};

/** Keys that could poison prototypes: the single PUT refuses them, so does every row. */
const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];

/**
 * The result as JSON text in parts of about 64 KB, a slice of rows at a time: one JSON.stringify
 * of 100,000 rows (and one write of the 12 MB it makes) held the event loop for ~100 ms.
 */
export async function serialiseBulkResult(result: BulkResult, cooperative: Cooperative): Promise<string[]> {
  const { rows, ...head } = result;
  const parts: string[] = [];
  let part = `${JSON.stringify(head).slice(0, -1)},"rows":[`;
  for (let i = 0; i < rows.length; i += 1) {
    part += `${i === 0 ? '' : ','}${JSON.stringify(rows[i])}`;
    if (part.length >= 64 * 1024) {
      parts.push(part);
      part = '';
    }
    await cooperative.turn();
  }
  parts.push(`${part}]}`);
  return parts;
}

/**
 * Applies many returns in a few statements: every row is checked exactly as the single PUT
 * checks a body, the valid ones are decided against contexts read in one query and written in
 * one insert; each written revision gets its audit event from the database trigger.
 */
export async function applyBulk(pool: pg.Pool, inputs: BulkInput[], options: BulkOptions): Promise<BulkResult> {
  const today = options.today ?? todayUtc();
  const cooperative = new Cooperative();
  const results: RowResult[] = [];
  const valid: { result: RowResult; key: ReturnKey; body: z.output<typeof bulkRow> }[] = [];
  const firstRowOf = new Map<string, number>();
  const serviceGroups = new Map<string, ServiceRowGroup & { results: RowResult[] }>();

  for (const input of inputs) {
    await cooperative.turn();
    const result: RowResult = {
      row: input.row,
      odsCode: echo(input.values.odsCode),
      year: echo(input.values.year),
      status: 'rejected',
      errors: [],
      warnings: [],
    };
    results.push(result);
    if (input.problem) {
      result.errors.push({ pointer: '', message: input.problem });
      continue;
    }
    const forbidden = FORBIDDEN_KEYS.filter((key) => Object.hasOwn(input.values, key));
    if (forbidden.length) {
      result.errors = forbidden.map((key) => ({ pointer: `/${key}`, message: 'is not allowed (a key that could alter object prototypes)' }));
      continue;
    }
    const service = input.values.libraryService;
    if (service === null || (typeof service === 'string' && service.trim() === '')) delete input.values.libraryService;
    else if (service !== undefined) {
      // A library service's rows: one per member, gathered by service and year, decided together below.
      const code = typeof service === 'string' ? service.trim().toUpperCase() : String(echo(service));
      const id = `${code}:${String(echo(input.values.year))}`;
      const group = serviceGroups.get(id) ?? { code, year: input.values.year, inputs: [], results: [] };
      group.inputs.push(input);
      group.results.push(result);
      serviceGroups.set(id, group);
      continue;
    }
    const parsed = bulkRow.safeParse(input.values);
    if (!parsed.success) {
      result.errors = parsed.error.issues.flatMap((issue) => {
        const path = input.source === 'csv' && issue.path[0] === 'roles' ? issue.path.slice(1) : issue.path;
        const at = path.length ? `/${path.join('/')}` : '';
        // An unknown field is named by its own pointer, as the single PUT names it.
        if (issue.code === 'unrecognized_keys') {
          return issue.keys.map((key) => ({ pointer: `${at}/${key.slice(0, 64)}`, message: 'is not a field of this endpoint (check its spelling)' }));
        }
        return [{ pointer: at, message: issue.message }];
      });
      continue;
    }
    const { odsCode, year } = parsed.data;
    if (!canWriteReturnsOf(options.actor, odsCode)) {
      result.errors.push({ pointer: '/odsCode', message: `this key may not write the returns of ${odsCode}` });
      continue;
    }
    const id = `${odsCode}:${year}`;
    const earlier = firstRowOf.get(id);
    if (earlier !== undefined) {
      const where = input.source === 'csv' ? `line ${earlier}` : `row ${earlier}`;
      result.errors.push({ pointer: '/odsCode', message: `${odsCode} ${formatYear(year)} is already in ${where}; send each return once` });
      continue;
    }
    firstRowOf.set(id, input.row);
    valid.push({ result, key: { odsCode, year }, body: parsed.data });
  }

  return withTransaction(pool, async (client) => {
    const keys = valid.map((v) => v.key);
    await lockReturnsForWriting(client, options.dryRun ? [] : keys, options.actor, options.requestId);
    const contexts = await loadSubmissionContexts(client, keys);
    const writes: NewRevision[] = [];
    // Ratios this file writes, so that a later row's previous year is the one the file just wrote,
    // as a sequence of PUTs in file order would see it (the contexts were read before the file).
    const writtenRatios = new Map<string, number | null>();
    for (const { result, key, body } of valid) {
      await cooperative.turn();
      const context = contexts(key);
      const previousKey = `${key.odsCode}:${key.year - 1}`;
      const seen = writtenRatios.has(previousKey) ? { ...context, previous_ratio: writtenRatios.get(previousKey)! } : context;
      const decision = decide(seen, normalise(body), options.actor, today, options.requestId);
      if (decision.kind === 'rejected') {
        result.errors = rowErrors(decision.status, decision.detail, decision.errors);
      } else if (decision.kind === 'unchanged') {
        result.status = 'unchanged';
      } else {
        result.status = decision.outcome === 'created' ? 'created' : 'updated';
        result.warnings = decision.revision.warnings as Warning[];
        writes.push(decision.revision);
        writtenRatios.set(`${key.odsCode}:${key.year}`, decision.revision.ratio);
      }
    }
    // Each service's rows in a savepoint of their own (all or nothing), and all of them in one more,
    // so that a dry run or a refused atomic file keeps none of what they wrote.
    if (serviceGroups.size) await client.query('SAVEPOINT library_service_rows');
    for (const group of serviceGroups.values()) {
      await client.query('SAVEPOINT library_service_group');
      try {
        if (!options.serviceRows) throw new Error('library service rows are not accepted here');
        const context = { actor: options.actor, requestId: options.requestId, log: options.serviceRows.log };
        const written = await options.serviceRows.write(client, group, context, today);
        await client.query('RELEASE SAVEPOINT library_service_group');
        group.results.forEach((result, i) => {
          result.status = written.outcome === 'created' ? 'created' : written.outcome === 'amended' ? 'updated' : 'unchanged';
          if (i === 0) result.warnings = written.warnings;
        });
      } catch (error) {
        await client.query('ROLLBACK TO SAVEPOINT library_service_group');
        if (!(error instanceof HttpProblem) && options.serviceRows) throw error;
        const detail = error instanceof HttpProblem ? error.detail : 'library service rows are not accepted here';
        const fieldErrors = error instanceof HttpProblem ? (error.errors ?? []).map((e) => ({ pointer: e.pointer.replace(/^\/(body|path)/, ''), message: e.message })) : [];
        for (const result of group.results) result.errors = [{ pointer: '/libraryService', message: `${group.code}: ${detail}` }, ...fieldErrors];
      }
    }
    const tally = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
    for (const r of results) tally[r.status] += 1;
    const rejected = tally.rejected;
    const applied = !options.dryRun && !(options.atomic && rejected > 0);
    if (applied) await insertRevisions(client, writes);
    else if (serviceGroups.size) await client.query('ROLLBACK TO SAVEPOINT library_service_rows');
    const result: BulkResult = {
      summary: { received: results.length, ...tally },
      applied,
      dryRun: options.dryRun,
      atomic: options.atomic,
      rows: results,
    };
    await options.beforeCommit?.(client, result);
    return result;
  });
}

/** The single PUT's errors, pointed into the row instead of the request body. */
function rowErrors(status: number, detail: string, errors: FieldError[]): FieldError[] {
  if (status === 404) return [{ pointer: '/odsCode', message: detail }];
  if (status === 409) return [{ pointer: '/year', message: detail }];
  return errors.map((e) => ({ pointer: e.pointer.replace(/^\/(body|path)/, ''), message: e.message }));
}

export type FileRequest = {
  inputs: BulkInput[];
  dryRun: boolean;
  atomic: boolean;
  today: string;
  /** Idempotency-Key and the request's fingerprint, when the client sent a key. */
  idempotency: { key: string; fingerprint: string; bounds: StoreBounds } | null;
};

export type FileAnswer = { status: 200 | 422; parts: string[]; replayed: boolean };

/** The bulk-file service of a database: applies a file, with Idempotency-Key, given each request's context. */
export function bulkService(db: Database, serviceRowWriter?: ServiceRowWriter) {
  const { pool } = db;
  return {
    deleteExpiredKeys: () => deleteExpiredIdempotencyKeys(pool),
    submitFile: async (context: RequestContext, file: FileRequest): Promise<FileAnswer> => {
      // Dry runs are never stored: they change nothing, so repeating one is already safe.
      const remembered = file.idempotency !== null && !file.dryRun ? file.idempotency : null;
      const owner = context.actor.keyId ?? 'bootstrap';
      if (remembered) {
        const begun = await beginIdempotent(pool, owner, remembered.key, remembered.fingerprint);
        if (begun.kind === 'replay') return { status: begun.status as 200 | 422, parts: [begun.text], replayed: true };
      }
      let status: 200 | 422 = 200;
      let parts: string[] = [];
      try {
        const result = await applyBulk(pool, file.inputs, {
          ...(serviceRowWriter ? { serviceRows: { write: serviceRowWriter, log: context.log } } : {}),
          actor: context.actor,
          requestId: context.requestId,
          today: file.today,
          dryRun: file.dryRun,
          atomic: file.atomic,
          beforeCommit: async (client, outcome) => {
            status = file.atomic && outcome.summary.rejected > 0 ? 422 : 200;
            parts = await serialiseBulkResult(outcome, new Cooperative());
            if (remembered) await completeIdempotent(client, owner, remembered.key, status, parts.join(''), remembered.bounds);
          },
        });
        if (result.applied) context.log.info({ ...result.summary }, 'bulk file applied');
      } catch (error) {
        if (remembered) await abandonIdempotent(pool, owner, remembered.key).catch(() => undefined);
        throw error;
      }
      return { status, parts, replayed: false };
    },
  };
}
