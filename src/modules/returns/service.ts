import type pg from 'pg';
import { Decimal } from 'decimal.js';
import { findCurrentReturn, findUnacknowledged, insertRevisions, listCurrentReturns, listRevisions, organisationExists, type NewRevision, type ReturnFilters } from './repository.ts';
import type { RequestContext } from '../../http/context.ts';
import type { Database } from '../../plugins/database.ts';
import { loadSubmissionContexts, lockReturnsForWriting } from './submissions.repository.ts';
import { withTransaction } from '../../db/transaction.ts';
import { formatYear, todayUtc } from '../../domain/years.ts';
import { conflict, notFound, preconditionFailed, unprocessable } from '../../errors/problem.ts';
import { matchesEtagStrongly } from '../../plugins/etag.ts';
import { serviceSecret } from '../../db/secrets.ts';
import type { Actor } from '../../domain/access.ts';
import type { ReturnBody } from './schemas.ts';
import { decide, normalise, wouldBeRow } from './rules.ts';
import { returnEtag, returnView, type ReturnView } from './view.ts';
import { approveReturn, withdrawReturnApproval } from './approvals.service.ts';

// What other modules may use of returns (through this service, never the repository).
export { insertApproval, insertRevisions as appendRevisions } from './repository.ts';
export { loadSubmissionContexts, lockReturnsForWriting } from './submissions.repository.ts';
export { normalise } from './rules.ts';
export type { NewRevision, SubmissionContext } from '../../domain/return-decision.ts';
export { approveCurrentRevisions, countStored, findCurrentReturn, findRevisionsByIds, listCurrentReturns, listRevisions } from './repository.ts';
export type { ReturnRow } from './repository.ts';
export { organisationFigures, organisationFiguresCsvColumns, returnCsvColumns, returnView, revisionView } from './view.ts';
export type { OrganisationFigures } from './view.ts';

/** A return as read, with its opaque ETag; undefined when there is none. */
export async function readReturn(pool: pg.Pool, odsCode: string, year: number) {
  const row = await findCurrentReturn(pool, odsCode, year);
  return row ? { view: returnView(row), etag: returnEtag(row, await serviceSecret(pool, 'etag')) } : undefined;
}

/** Answers 404 unless the organisation exists (so that a missing return and a missing organisation are told apart). */
export async function requireOrganisation(pool: pg.Pool, odsCode: string): Promise<void> {
  if (!(await organisationExists(pool, odsCode))) throw notFound(`There is no organisation ${odsCode}.`);
}

export type SubmitOptions = {
  actor: Actor;
  requestId: string;
  dryRun?: boolean;
  ifMatch?: string | undefined;
  /** `*`: create only; 412 when the return exists already. */
  ifNoneMatch?: string | undefined;
  today?: string;
};

export type SubmitOutcome = 'created' | 'amended' | 'unchanged';

export type SubmitResult = { outcome: SubmitOutcome; view: ReturnView; etag: string | null; dryRun: boolean };

/**
 * Submits or amends an organisation's return for a year: checks it, computes ratio, band, gap
 * and warnings under the year's policy, and appends a revision unless nothing changed.
 * Writers of the same return are serialised by a transaction-scoped advisory lock, so revision
 * numbers stay gapless and If-Match is checked against what is really current.
 */
export async function submitReturn(
  pool: pg.Pool,
  odsCode: string,
  year: number,
  body: ReturnBody,
  options: SubmitOptions,
): Promise<SubmitResult> {
  const today = options.today ?? todayUtc();
  const key = { odsCode, year };
  const etagKey = await serviceSecret(pool, 'etag');
  return withTransaction(pool, async (client) => {
    await lockReturnsForWriting(client, [key], options.actor, options.requestId);
    const context = (await loadSubmissionContexts(client, [key]))(key);
    if (!context.organisation_exists) throw notFound(`There is no organisation ${odsCode}.`);

    if (options.ifMatch !== undefined) {
      const current = context.current_revision_id
        ? returnEtag({ revision_id: context.current_revision_id, organisation_version: context.organisation_version!, approval_id: context.current_approval_id }, etagKey)
        : null;
      if (!current || !matchesEtagStrongly(options.ifMatch, current)) {
        throw preconditionFailed(
          current
            ? 'The return has changed since you read it (If-Match does not match its ETag). Read it again, then resubmit.'
            : 'If-Match was given but there is no return yet for this organisation and year.',
        );
      }
    }

    if (options.ifNoneMatch?.trim() === '*' && context.current_revision_id) {
      throw preconditionFailed('If-None-Match: * asks to create the return only, and it exists already. Read it, then amend it with If-Match.');
    }

    const decision = decide(context, normalise(body), options.actor, today, options.requestId);
    const dryRun = Boolean(options.dryRun);
    switch (decision.kind) {
      case 'rejected':
        if (decision.status === 422) throw unprocessable(decision.detail, decision.errors);
        if (decision.status === 409) throw conflict(decision.detail);
        throw notFound(decision.detail);
      case 'unchanged': {
        const current = (await findCurrentReturn(client, odsCode, year))!;
        return { outcome: 'unchanged', view: returnView(current), etag: returnEtag(current, etagKey), dryRun };
      }
      case 'write': {
        if (dryRun) return { outcome: decision.outcome, view: returnView(wouldBeRow(context, decision.revision)), etag: null, dryRun };
        // The answer is built from what was written (checked equal to a read-back by the tests),
        // saving a round trip inside the transaction.
        const [inserted] = await insertRevisions(client, [decision.revision]);
        const saved = { ...wouldBeRow(context, decision.revision), revision_id: inserted!.id, submitted_at: inserted!.submittedAt };
        return { outcome: decision.outcome, view: returnView(saved), etag: returnEtag(saved, etagKey), dryRun };
      }
    }
  });
}

/**
 * For loaders that run their own transaction (the demo data): decides each return exactly as a
 * submission is decided (rules, ratio, band, gap, warnings), then appends what is to be written.
 * A return the rules refuse stops the load.
 */
export async function appendReturns(
  client: pg.PoolClient,
  entries: { odsCode: string; year: number; body: ReturnBody }[],
  actor: Actor,
  today: string,
): Promise<number> {
  const contextOf = await loadSubmissionContexts(client, entries.map(({ odsCode, year }) => ({ odsCode, year })));
  const writes: NewRevision[] = [];
  for (const entry of entries) {
    const decision = decide(contextOf(entry), normalise(entry.body), actor, today, null);
    if (decision.kind === 'rejected') throw new Error(`${entry.odsCode} ${formatYear(entry.year)}: ${decision.detail}`);
    if (decision.kind === 'write') writes.push(decision.revision);
  }
  await insertRevisions(client, writes);
  return writes.length;
}

/**
 * For loaders (the demo data): each current return of the year with unacknowledged warnings is
 * resubmitted as it stands, confirming them with `comment`, as its submitter would.
 */
export async function acknowledgeWarnings(client: pg.PoolClient, year: number, actor: Actor, today: string, comment: string): Promise<number> {
  const rows = await findUnacknowledged(client, year);
  const decimal = (value: string | null) => (value === null ? undefined : new Decimal(value));
  return appendReturns(client, rows.map((row) => ({
    odsCode: row.ods_code,
    year,
    body: {
      staffWte: new Decimal(row.staff_wte),
      qualifiedWte: new Decimal(row.qualified_wte),
      roles: { clinicalLibrarianWte: decimal(row.clinical_librarian_wte), knowledgeManagerWte: decimal(row.knowledge_manager_wte), otherEmbeddedWte: decimal(row.other_embedded_wte) },
      staffSource: row.staff_source,
      staffSnapshotDate: row.staff_snapshot_date,
      comment,
      acknowledgedWarnings: row.warnings.map((w) => w.code),
    },
  })), actor, today);
}

/** The returns service of a database: its use cases, given each request's context. */
export function returnsService(db: Database) {
  const { pool } = db;
  return {
    submit: async (context: RequestContext, odsCode: string, year: number, body: ReturnBody, options: Omit<SubmitOptions, 'actor' | 'requestId'>) => {
      const result = await submitReturn(pool, odsCode, year, body, { ...options, actor: context.actor, requestId: context.requestId });
      if (!result.dryRun && result.outcome !== 'unchanged') context.log.info({ odsCode, year: formatYear(year), outcome: result.outcome, revision: result.view.revision }, 'return stored');
      return result;
    },
    read: (odsCode: string, year: number) => readReturn(pool, odsCode, year),
    requireOrganisation: (odsCode: string) => requireOrganisation(pool, odsCode),
    listCurrent: (filters: ReturnFilters, limit: number | null, offset: number) => listCurrentReturns(pool, filters, limit, offset),
    listRevisions: (odsCode: string, year: number, limit: number | null, offset: number) => listRevisions(pool, odsCode, year, limit, offset),
    approve: async (context: RequestContext, odsCode: string, year: number, revision: number) => {
      const result = await approveReturn(pool, odsCode, year, revision, context.actor, context.requestId);
      if (result.outcome === 'approved') context.log.info({ odsCode, year: formatYear(year), revision }, 'return approved');
      return result;
    },
    withdrawApproval: async (context: RequestContext, odsCode: string, year: number, reason: string) => {
      const result = await withdrawReturnApproval(pool, odsCode, year, reason, context.actor, context.requestId);
      context.log.info({ odsCode, year: formatYear(year), revision: result.view.revision }, 'return approval withdrawn');
      return result;
    },
  };
}
