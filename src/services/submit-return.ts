import { Decimal } from 'decimal.js';
import type pg from 'pg';
import { POLICY_LOCK_KEY } from '../db/locks.ts';
import {
  findCurrentReturn,
  findRevisionById,
  insertRevision,
  loadSubmissionContext,
  type ReturnRow,
  type SubmissionContext,
} from '../db/sql/returns.ts';
import { withTransaction } from '../db/transaction.ts';
import { assess } from '../domain/ratio.ts';
import { warningsFor } from '../domain/warnings.ts';
import { formatYear, todayUtc, windowStatus } from '../domain/years.ts';
import { conflict, notFound, preconditionFailed, unprocessable, type FieldError } from '../errors/problem.ts';
import { matchesEtag } from '../plugins/etag.ts';
import type { Actor } from '../plugins/access.ts';
import type { ReturnBody } from '../schemas/returns.ts';
import { returnEtag, returnView, type ReturnView } from './return-view.ts';

export type SubmitOptions = {
  actor: Actor;
  requestId: string;
  dryRun?: boolean;
  ifMatch?: string | undefined;
  today?: string;
};

export type SubmitOutcome = 'created' | 'amended' | 'unchanged';

export type SubmitResult = { outcome: SubmitOutcome; view: ReturnView; etag: string | null; dryRun: boolean };

/** The fields a submitter sets, normalised so that two submissions can be compared. */
type Normalised = {
  staffWte: Decimal;
  qualifiedWte: Decimal;
  roles: [Decimal | null, Decimal | null, Decimal | null];
  staffSource: string | null;
  staffSnapshotDate: string | null;
  comment: string | null;
};

function normalise(body: ReturnBody): Normalised {
  return {
    staffWte: body.staffWte,
    qualifiedWte: body.qualifiedWte,
    roles: [body.roles?.clinicalLibrarianWte ?? null, body.roles?.knowledgeManagerWte ?? null, body.roles?.otherEmbeddedWte ?? null],
    staffSource: body.staffSource ?? null,
    staffSnapshotDate: body.staffSnapshotDate ?? null,
    comment: body.comment || null,
  };
}

const sameDecimal = (a: Decimal | null, b: string | null) => (a === null || b === null ? a === b : a.eq(b));

function isIdentical(next: Normalised, current: ReturnRow): boolean {
  return (
    sameDecimal(next.staffWte, current.staff_wte) &&
    sameDecimal(next.qualifiedWte, current.qualified_wte) &&
    sameDecimal(next.roles[0], current.clinical_librarian_wte) &&
    sameDecimal(next.roles[1], current.knowledge_manager_wte) &&
    sameDecimal(next.roles[2], current.other_embedded_wte) &&
    next.staffSource === current.staff_source &&
    next.staffSnapshotDate === current.staff_snapshot_date &&
    next.comment === current.comment
  );
}

/** Rules about meaning (422): the numbers are well-formed but cannot both be true. */
function checkMeaning(next: Normalised): void {
  const errors: FieldError[] = [];
  if (next.qualifiedWte.gt(next.staffWte)) {
    errors.push({ pointer: '/body/qualifiedWte', message: 'must not be more than staffWte' });
  }
  const roleSum = next.roles.reduce<Decimal>((sum, value) => sum.plus(value ?? 0), new Decimal(0));
  if (roleSum.gt(next.qualifiedWte)) {
    errors.push({ pointer: '/body/roles', message: `roles sum to ${roleSum.toFixed(2)}, more than qualifiedWte (${next.qualifiedWte.toFixed(2)})` });
  }
  if (errors.length) throw unprocessable('The return does not add up: see errors.', errors);
}

function checkWindow(context: SubmissionContext, year: number, actor: Actor, today: string) {
  if (!context.opens_on || !context.closes_on || !context.deadline) return null;
  const status = windowStatus({ opensOn: context.opens_on, closesOn: context.closes_on }, today);
  if (status !== 'open' && actor.role !== 'admin') {
    throw conflict(
      `The ${formatYear(year)} reporting window is ${status} (${context.opens_on} to ${context.closes_on}); only an admin can write this return now.`,
    );
  }
  return { status, deadline: context.deadline };
}

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
  const next = normalise(body);
  return withTransaction(pool, async (client) => {
    // One round trip: hold off policy changes, serialise writers of this return, name the actor.
    await client.query(
      `SELECT pg_advisory_xact_lock_shared($1), pg_advisory_xact_lock(hashtextextended($2, 0)),
              set_config('audit.actor_role', $3, true), set_config('audit.actor_label', $4, true),
              set_config('audit.actor_key_id', coalesce($5, ''), true), set_config('audit.request_id', $6, true)`,
      [POLICY_LOCK_KEY, `return:${odsCode}:${year}`, options.actor.role, options.actor.label, options.actor.keyId, options.requestId],
    );
    const context = await loadSubmissionContext(client, odsCode, year);
    if (!context) throw notFound(`There is no organisation ${odsCode}.`);
    const current = await findCurrentReturn(client, odsCode, year);

    if (options.ifMatch !== undefined && (!current || !matchesEtag(options.ifMatch, returnEtag(current)))) {
      throw preconditionFailed(
        current
          ? 'The return has changed since you read it (If-Match does not match its ETag). Read it again, then resubmit.'
          : 'If-Match was given but there is no return yet for this organisation and year.',
      );
    }
    const window = checkWindow(context, year, options.actor, today);
    checkMeaning(next);

    if (current && isIdentical(next, current)) {
      return { outcome: 'unchanged', view: returnView(current), etag: returnEtag(current), dryRun: Boolean(options.dryRun) };
    }

    const policy =
      context.policy_id === null ? null : { flagThreshold: context.flag_threshold!, targetRatio: context.target_ratio! };
    const assessment = assess(next.staffWte, next.qualifiedWte, policy);
    const warnings = warningsFor({
      year,
      staffWte: next.staffWte,
      qualifiedWte: next.qualifiedWte,
      ratio: assessment.ratio,
      hasPolicy: policy !== null,
      previousRatio: context.previous_ratio,
      organisation: { openedOn: context.opened_on, closedOn: context.closed_on },
      window,
      today,
      staffSnapshotDate: next.staffSnapshotDate,
    });
    const outcome: SubmitOutcome = current ? 'amended' : 'created';
    const revision = (current?.revision ?? 0) + 1;
    const fixed = (value: Decimal | null) => (value === null ? null : value.toFixed(2));
    const stored = {
      staff_wte: next.staffWte.toFixed(2),
      qualified_wte: next.qualifiedWte.toFixed(2),
      clinical_librarian_wte: fixed(next.roles[0]),
      knowledge_manager_wte: fixed(next.roles[1]),
      other_embedded_wte: fixed(next.roles[2]),
      gap_wte: fixed(assessment.gapWte),
    };

    if (options.dryRun) {
      const wouldBe: ReturnRow = {
        revision_id: '0',
        ods_code: odsCode,
        year,
        revision,
        ...stored,
        staff_source: next.staffSource,
        staff_snapshot_date: next.staffSnapshotDate,
        comment: next.comment,
        ratio: assessment.ratio,
        band: assessment.band,
        warnings,
        submitted_at: new Date(),
        submitted_by: options.actor.label,
        organisation_name: context.organisation_name,
        region_code: context.region_code,
        type: context.type,
        organisation_version: '0',
        policy_effective_from: context.policy_effective_from,
        policy_flag_threshold: context.flag_threshold,
        policy_target_ratio: context.target_ratio,
      };
      return { outcome, view: returnView(wouldBe), etag: null, dryRun: true };
    }

    const revisionId = await insertRevision(client, {
      odsCode,
      year,
      revision,
      staffWte: stored.staff_wte,
      qualifiedWte: stored.qualified_wte,
      clinicalLibrarianWte: stored.clinical_librarian_wte,
      knowledgeManagerWte: stored.knowledge_manager_wte,
      otherEmbeddedWte: stored.other_embedded_wte,
      staffSource: next.staffSource,
      staffSnapshotDate: next.staffSnapshotDate,
      comment: next.comment,
      policyId: context.policy_id,
      ratio: assessment.ratio,
      band: assessment.band,
      gapWte: stored.gap_wte,
      warnings,
      submittedBy: options.actor.label,
      submittedByKeyId: options.actor.keyId,
      requestId: options.requestId,
    });
    const saved = await findRevisionById(client, revisionId);
    return { outcome, view: returnView(saved), etag: returnEtag(saved), dryRun: false };
  });
}
