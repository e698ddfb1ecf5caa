import { Decimal } from 'decimal.js';
import type { Actor } from './access.ts';
import { assess } from './ratio.ts';
import { warningsFor, type Warning } from './warnings.ts';
import { expectedToReport, formatYear, windowStatus, yearWriteRule } from './years.ts';

import type { FieldError } from './field-error.ts';

/** Everything a submission is checked against, read after the return's lock is held. */
export type SubmissionContext = {
  ods_code: string;
  year: number;
  organisation_exists: boolean;
  organisation_name: string | null;
  region_code: string | null;
  type: string | null;
  opened_on: string | null;
  closed_on: string | null;
  organisation_version: string | null;
  policy_id: number | null;
  policy_effective_from: number | null;
  flag_threshold: number | null;
  target_ratio: number | null;
  opens_on: string | null;
  deadline: string | null;
  closes_on: string | null;
  current_revision_id: string | null;
  /** The library service whose return reports for this organisation in this year, if any. */
  library_service_code: string | null;
  /** The current revision's standing approval, if any (part of the return's ETag). */
  current_approval_id: string | null;
  current_revision: number | null;
  current_staff_wte: string | null;
  current_qualified_wte: string | null;
  current_clinical_librarian_wte: string | null;
  current_knowledge_manager_wte: string | null;
  current_other_embedded_wte: string | null;
  current_staff_source: string | null;
  current_staff_snapshot_date: string | null;
  current_comment: string | null;
  current_acknowledged_warnings: string[] | null;
  previous_ratio: number | null;
};

export type NewRevision = {
  odsCode: string;
  year: number;
  revision: number;
  staffWte: string;
  qualifiedWte: string;
  clinicalLibrarianWte: string | null;
  knowledgeManagerWte: string | null;
  otherEmbeddedWte: string | null;
  staffSource: string | null;
  staffSnapshotDate: string | null;
  comment: string | null;
  policyId: number | null;
  ratio: number | null;
  band: string | null;
  gapWte: string | null;
  warnings: { code: string; message: string }[];
  /** The codes of `warnings` the submitter confirmed, explained in `comment`. */
  acknowledgedWarnings: string[];
  submittedBy: string;
  submittedByKeyId: string | null;
  requestId: string | null;
  /** The library service revision that wrote this member's attributed figures (null: its own return). */
  libraryServiceRevisionId: string | null;
};

/*
 * The decision on one submitted return, shared by the single PUT and the bulk import so that
 * both apply exactly the same rules: unknown organisation (404), window (409), meaning (422),
 * identical resubmission (no new revision), then ratio, band, gap and warnings.
 */

/** The fields a submitter sets, normalised so that two submissions compare equal. */
export type Submission = {
  staffWte: Decimal;
  qualifiedWte: Decimal;
  roles: [Decimal | null, Decimal | null, Decimal | null];
  staffSource: string | null;
  staffSnapshotDate: string | null;
  comment: string | null;
  /** Warning codes the submitter confirms, sorted, each once. */
  acknowledgedWarnings: string[];
};

export type Decision =
  | { kind: 'rejected'; status: 404 | 409 | 422; detail: string; errors: FieldError[] }
  | { kind: 'unchanged'; warnings: Warning[] }
  | { kind: 'write'; outcome: 'created' | 'amended'; revision: NewRevision };

const same = (a: Decimal | null, b: string | null) => (a === null || b === null ? a === b : a.eq(b));

/** A first return is never identical: its current figures are all null and staffWte never is. */
function isIdentical(next: Submission, c: SubmissionContext): boolean {
  return (
    same(next.staffWte, c.current_staff_wte) &&
    same(next.qualifiedWte, c.current_qualified_wte) &&
    same(next.roles[0], c.current_clinical_librarian_wte) &&
    same(next.roles[1], c.current_knowledge_manager_wte) &&
    same(next.roles[2], c.current_other_embedded_wte) &&
    next.staffSource === c.current_staff_source &&
    next.staffSnapshotDate === c.current_staff_snapshot_date &&
    next.comment === c.current_comment &&
    next.acknowledgedWarnings.join(',') === (c.current_acknowledged_warnings ?? []).join(',')
  );
}

function meaningErrors(next: Submission): FieldError[] {
  const errors: FieldError[] = [];
  if (next.qualifiedWte.gt(next.staffWte)) {
    errors.push({ pointer: '/body/qualifiedWte', message: 'must not be more than staffWte' });
  }
  const roleSum = next.roles.reduce<Decimal>((sum, value) => sum.plus(value ?? 0), new Decimal(0));
  if (roleSum.gt(next.qualifiedWte)) {
    errors.push({
      pointer: '/body/roles',
      message: `roles sum to ${roleSum.toFixed(2)}, more than qualifiedWte (${next.qualifiedWte.toFixed(2)})`,
    });
  }
  return errors;
}

/** An acknowledgement names a warning this revision has, and comes with a comment explaining it. */
function acknowledgementErrorsOf(next: Submission, warnings: Warning[]): FieldError[] {
  const codes = warnings.map((w) => w.code);
  const errors: FieldError[] = next.acknowledgedWarnings
    .filter((code) => !codes.includes(code))
    .map((code) => ({
      pointer: '/body/acknowledgedWarnings',
      message: `${code} is not among this return's warnings (${codes.length ? codes.join(', ') : 'it has none'})`,
    }));
  // A comment of nothing visible (spaces, zero-width characters) explains nothing.
  if (next.acknowledgedWarnings.length && !/[^\s\p{Cf}]/u.test(next.comment ?? '')) {
    errors.push({ pointer: '/body/comment', message: 'must explain the acknowledged warnings' });
  }
  return errors;
}

export function decide(
  context: SubmissionContext,
  next: Submission,
  actor: Actor,
  today: string,
  requestId: string | null,
): Decision {
  const year = formatYear(context.year);
  if (!context.organisation_exists) {
    return { kind: 'rejected', status: 404, detail: `There is no organisation ${context.ods_code}.`, errors: [] };
  }
  if (context.library_service_code) {
    return {
      kind: 'rejected',
      status: 409,
      detail: `${context.ods_code} is a member of library service ${context.library_service_code} in ${year}: the service's return reports for it (PUT /v1/library-services/${context.library_service_code}/returns/${year}).`,
      errors: [],
    };
  }
  // A year's three window dates are set together (NOT NULL in reporting_years), or there is no window.
  const dates = context.deadline === null ? null : { opensOn: context.opens_on!, closesOn: context.closes_on! };
  const rule = yearWriteRule(context.year, dates, today, actor.role === 'admin');
  if (!rule.allowed && rule.status === 422) {
    return { kind: 'rejected', status: 422, detail: rule.detail, errors: [{ pointer: '/path/year', message: rule.detail }] };
  }
  // Before the window: no window would ever make this return acceptable.
  const organisation = { openedOn: context.opened_on, closedOn: context.closed_on };
  if (!expectedToReport(organisation, context.year)) {
    const open = `${organisation.openedOn ? `opened ${organisation.openedOn}` : ''}${organisation.openedOn && organisation.closedOn ? ', ' : ''}${organisation.closedOn ? `closed ${organisation.closedOn}` : ''}`;
    const detail = `${context.ods_code} was not open during ${year} (${open}), so it has no return for that year.`;
    return { kind: 'rejected', status: 422, detail, errors: [{ pointer: '/path/year', message: detail }] };
  }
  if (!rule.allowed) return { kind: 'rejected', status: rule.status, detail: rule.detail, errors: [{ pointer: '/path/year', message: rule.detail }] };
  const window = dates ? { status: windowStatus(dates, today), deadline: context.deadline! } : null;
  const errors = meaningErrors(next);
  if (errors.length) return { kind: 'rejected', status: 422, detail: 'The return does not add up: see errors.', errors };
  if (isIdentical(next, context)) return { kind: 'unchanged', warnings: [] };

  const policy = context.policy_id === null ? null : { flagThreshold: context.flag_threshold!, targetRatio: context.target_ratio! };
  const assessment = assess(next.staffWte, next.qualifiedWte, policy);
  const warnings = warningsFor({
    year: context.year,
    staffWte: next.staffWte,
    qualifiedWte: next.qualifiedWte,
    ratio: assessment.ratio,
    hasPolicy: policy !== null,
    previousRatio: context.previous_ratio,
    window,
    today,
    staffSnapshotDate: next.staffSnapshotDate,
  });
  const acknowledgementErrors = acknowledgementErrorsOf(next, warnings);
  if (acknowledgementErrors.length) {
    return { kind: 'rejected', status: 422, detail: 'The acknowledged warnings do not match this return: see errors.', errors: acknowledgementErrors };
  }
  const fixed = (value: Decimal | null) => (value === null ? null : value.toFixed(2));
  return {
    kind: 'write',
    outcome: context.current_revision_id === null ? 'created' : 'amended',
    revision: {
      odsCode: context.ods_code,
      year: context.year,
      revision: (context.current_revision ?? 0) + 1,
      staffWte: next.staffWte.toFixed(2),
      qualifiedWte: next.qualifiedWte.toFixed(2),
      clinicalLibrarianWte: fixed(next.roles[0]),
      knowledgeManagerWte: fixed(next.roles[1]),
      otherEmbeddedWte: fixed(next.roles[2]),
      staffSource: next.staffSource,
      staffSnapshotDate: next.staffSnapshotDate,
      comment: next.comment,
      policyId: context.policy_id,
      ratio: assessment.ratio,
      band: assessment.band,
      gapWte: fixed(assessment.gapWte),
      warnings,
      acknowledgedWarnings: next.acknowledgedWarnings,
      submittedBy: actor.label,
      submittedByKeyId: actor.keyId,
      requestId,
      libraryServiceRevisionId: null,
    },
  };
}

