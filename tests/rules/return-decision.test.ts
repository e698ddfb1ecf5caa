import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/access.ts';
import { decide, type Submission, type SubmissionContext } from '../../src/domain/return-decision.ts';

const d = (value: string | number) => new Decimal(value);
const admin: Actor = { keyId: null, role: 'admin', label: 'admin', organisations: [] };
const submitter: Actor = { keyId: 'k7', role: 'submitter', label: 'RJ1 data lead', organisations: ['RJ1'] };
const TODAY = '2025-05-15'; // in 2025-26

function context(overrides: Partial<SubmissionContext> = {}): SubmissionContext {
  return {
    ods_code: 'RJ1', year: 2025, organisation_exists: true, organisation_name: 'Guy’s', region_code: 'Y56', type: 'acute',
    opened_on: null, closed_on: null, organisation_version: '1',
    policy_id: 3, policy_effective_from: 2019, flag_threshold: 1730, target_ratio: 1250,
    opens_on: null, deadline: null, closes_on: null,
    current_revision_id: null, current_approval_id: null, library_service_code: null, current_revision: null, current_staff_wte: null, current_qualified_wte: null,
    current_clinical_librarian_wte: null, current_knowledge_manager_wte: null, current_other_embedded_wte: null,
    current_staff_source: null, current_staff_snapshot_date: null, current_comment: null, current_acknowledged_warnings: null,
    previous_ratio: null,
    ...overrides,
  };
}

const submission = (overrides: Partial<Submission> = {}): Submission => ({
  staffWte: d('12506.25'), qualifiedWte: d('5'), roles: [d('1'), null, d('2.5')],
  staffSource: 'ESR', staffSnapshotDate: '2025-06-30', comment: 'checked', acknowledgedWarnings: [],
  ...overrides,
});

/** The context of an organisation whose current revision 2 holds exactly `submission()`. */
const stored = (overrides: Partial<SubmissionContext> = {}) =>
  context({
    current_revision_id: '41', current_approval_id: null, library_service_code: null, current_revision: 2, current_staff_wte: '12506.25', current_qualified_wte: '5.00',
    current_clinical_librarian_wte: '1.00', current_knowledge_manager_wte: null, current_other_embedded_wte: '2.50',
    current_staff_source: 'ESR', current_staff_snapshot_date: '2025-06-30', current_comment: 'checked', current_acknowledged_warnings: [],
    ...overrides,
  });

describe('a new return is computed and written as revision 1', () => {
  it('stores every figure with 2 decimal places, the ratio, band, gap and author', () => {
    const decision = decide(context(), submission(), submitter, TODAY, 'req-1');
    expect(decision).toEqual({
      kind: 'write',
      outcome: 'created',
      revision: {
        odsCode: 'RJ1', year: 2025, revision: 1,
        staffWte: '12506.25', qualifiedWte: '5.00',
        clinicalLibrarianWte: '1.00', knowledgeManagerWte: null, otherEmbeddedWte: '2.50',
        staffSource: 'ESR', staffSnapshotDate: '2025-06-30', comment: 'checked',
        policyId: 3, ratio: 2501.25, band: 'flagged', gapWte: '5.01', // 10.005 − 5, half up
        warnings: [], acknowledgedWarnings: [],
        submittedBy: 'RJ1 data lead', submittedByKeyId: 'k7', requestId: 'req-1', libraryServiceRevisionId: null,
      },
    });
  });

  it('gives no band or gap when no policy covers the year, and says so', () => {
    const decision = decide(context({ policy_id: null, flag_threshold: null, target_ratio: null }), submission(), admin, TODAY, null);
    expect(decision).toMatchObject({ kind: 'write', revision: { policyId: null, band: null, gapWte: null, ratio: 2501.25 } });
    if (decision.kind !== 'write') throw new Error('expected a write');
    expect(decision.revision.warnings.map((w) => w.code)).toEqual(['no_policy']);
    expect(decision.revision.submittedByKeyId).toBeNull();
  });

  it('passes the previous ratio, the window and the snapshot date to the warnings', () => {
    const window = { opens_on: '2025-04-01', deadline: '2025-05-14', closes_on: '2025-06-30' };
    const decision = decide(context({ ...window, previous_ratio: 1000 }), submission({ staffSnapshotDate: '2024-01-01' }), submitter, TODAY, null);
    if (decision.kind !== 'write') throw new Error('expected a write');
    expect(decision.revision.warnings.map((w) => w.code)).toEqual(['ratio_changed_sharply', 'late_submission', 'snapshot_outside_year']);
  });
});

describe('an organisation that does not exist', () => {
  it('is refused with 404 before anything else is checked', () => {
    expect(decide(context({ organisation_exists: false, year: 2090 }), submission(), admin, TODAY, null)).toEqual({
      kind: 'rejected', status: 404, detail: 'There is no organisation RJ1.', errors: [],
    });
  });
});

describe('years that cannot take this return', () => {
  it('refuses (422) a year after next, for admins too', () => {
    const decision = decide(context({ year: 2027 }), submission(), admin, TODAY, null);
    const detail = 'No return can be written for 2027-28: the latest year that accepts returns is 2026-27.';
    expect(decision).toEqual({ kind: 'rejected', status: 422, detail, errors: [{ pointer: '/path/year', message: detail }] });
  });

  it.each([
    [{ opened_on: '2026-04-01' }, 'RJ1 was not open during 2025-26 (opened 2026-04-01), so it has no return for that year.'],
    [{ closed_on: '2025-03-31' }, 'RJ1 was not open during 2025-26 (closed 2025-03-31), so it has no return for that year.'],
    [
      { opened_on: '2010-01-01', closed_on: '2020-03-31' },
      'RJ1 was not open during 2025-26 (opened 2010-01-01, closed 2020-03-31), so it has no return for that year.',
    ],
  ])('refuses (422) a year the organisation was not open: %j', (dates, detail) => {
    expect(decide(context(dates), submission(), admin, TODAY, null)).toEqual({
      kind: 'rejected', status: 422, detail, errors: [{ pointer: '/path/year', message: detail }],
    });
  });

  it('says the organisation was not open before it mentions a closed window', () => {
    const closedWindow = { opens_on: '2025-04-01', deadline: '2025-04-30', closes_on: '2025-05-01' };
    expect(decide(context({ ...closedWindow, closed_on: '2020-03-31' }), submission(), submitter, TODAY, null)).toMatchObject({ status: 422 });
    expect(decide(context(closedWindow), submission(), submitter, TODAY, null)).toMatchObject({
      kind: 'rejected', status: 409, errors: [{ pointer: '/path/year' }],
    });
  });

  it('accepts an organisation that opened on the last day or closed on the first day of the year', () => {
    expect(decide(context({ opened_on: '2026-03-31' }), submission(), admin, TODAY, null)).toMatchObject({ kind: 'write' });
    expect(decide(context({ closed_on: '2025-04-01' }), submission(), admin, TODAY, null)).toMatchObject({ kind: 'write' });
  });

  it('lets an admin write outside a window, where a submitter is refused', () => {
    const closed = { opens_on: '2025-04-01', deadline: '2025-04-30', closes_on: '2025-05-01' };
    expect(decide(context(closed), submission(), submitter, TODAY, null)).toMatchObject({ kind: 'rejected', status: 409 });
    const byAdmin = decide(context(closed), submission(), admin, TODAY, null);
    if (byAdmin.kind !== 'write') throw new Error('expected a write');
    expect(byAdmin.revision.warnings.map((w) => w.code)).toEqual(['outside_window']);
  });

  it('names the year after next before saying the organisation was not open then', () => {
    const decision = decide(context({ year: 2027, closed_on: '2020-03-31' }), submission(), admin, TODAY, null);
    expect(decision).toMatchObject({ status: 422, detail: expect.stringMatching(/^No return can be written for 2027-28/) });
  });

  it('without a window refuses a submitter a year before the previous one (409)', () => {
    expect(decide(context({ year: 2023 }), submission(), submitter, TODAY, null)).toMatchObject({
      kind: 'rejected', status: 409, detail: expect.stringMatching(/^No reporting window is set for 2023-24/),
    });
    expect(decide(context({ year: 2024 }), submission(), submitter, TODAY, null)).toMatchObject({ kind: 'write' });
  });

  it('lets a submitter write while the window is open', () => {
    const open = { opens_on: '2025-05-01', deadline: '2025-05-31', closes_on: '2025-06-30' };
    expect(decide(context(open), submission(), submitter, TODAY, null)).toMatchObject({ kind: 'write', revision: { warnings: [] } });
  });
});

describe('figures that do not add up', () => {
  it('refuses (422) more qualified staff than staff, and roles that sum to more than the qualified WTE', () => {
    const decision = decide(context(), submission({ staffWte: d('4'), qualifiedWte: d('5'), roles: [d('3'), d('2'), d('0.01')] }), admin, TODAY, null);
    expect(decision).toEqual({
      kind: 'rejected', status: 422, detail: 'The return does not add up: see errors.',
      errors: [
        { pointer: '/body/qualifiedWte', message: 'must not be more than staffWte' },
        { pointer: '/body/roles', message: 'roles sum to 5.01, more than qualifiedWte (5.00)' },
      ],
    });
  });

  it('accepts qualified staff equal to staff, and roles that sum exactly to the qualified WTE', () => {
    const decision = decide(context(), submission({ staffWte: d('5'), qualifiedWte: d('5'), roles: [d('3'), d('2'), null] }), admin, TODAY, null);
    expect(decision).toMatchObject({ kind: 'write', revision: { band: 'meets_target', gapWte: '0.00' } });
  });
});

describe('a resubmission', () => {
  it('that is identical writes nothing', () => {
    expect(decide(stored(), submission(), submitter, TODAY, null)).toEqual({ kind: 'unchanged', warnings: [] });
  });

  it('compares WTE values as numbers, not as text', () => {
    expect(decide(stored({ current_staff_wte: '12506.250' }), submission(), submitter, TODAY, null)).toMatchObject({ kind: 'unchanged' });
  });

  it.each<[string, Partial<Submission>]>([
    ['the staff WTE', { staffWte: d('12506.26') }],
    ['the qualified WTE', { qualifiedWte: d('5.01') }],
    ['a clinical librarian WTE', { roles: [d('1.5'), null, d('2.5')] }],
    ['a knowledge manager WTE added', { roles: [d('1'), d('0'), d('2.5')] }],
    ['an other embedded WTE removed', { roles: [d('1'), null, null] }],
    ['the staff source', { staffSource: 'ESR (March)' }],
    ['the snapshot date', { staffSnapshotDate: '2025-07-01' }],
    ['only the comment', { comment: 'checked again' }],
    ['the comment removed', { comment: null }],
  ])('that changes %s writes revision 3', (_change, change) => {
    expect(decide(stored(), submission(change), submitter, TODAY, null)).toMatchObject({
      kind: 'write', outcome: 'amended', revision: { revision: 3 },
    });
  });
});

describe('acknowledging warnings', () => {
  const noQualified = submission({ qualifiedWte: d(0), roles: [null, null, null], comment: 'post vacant since January' });

  it('stores the codes a submitter confirms, with the comment that explains them', () => {
    const decision = decide(context(), { ...noQualified, acknowledgedWarnings: ['no_qualified_staff'] }, submitter, TODAY, null);
    expect(decision).toMatchObject({
      kind: 'write', revision: { warnings: [{ code: 'no_qualified_staff' }], acknowledgedWarnings: ['no_qualified_staff'], comment: 'post vacant since January' },
    });
  });

  it('refuses (422) a code the return does not have, naming the ones it has', () => {
    expect(decide(context(), { ...noQualified, acknowledgedWarnings: ['late_submission', 'no_qualified_staff'] }, submitter, TODAY, null)).toEqual({
      kind: 'rejected', status: 422, detail: 'The acknowledged warnings do not match this return: see errors.',
      errors: [{ pointer: '/body/acknowledgedWarnings', message: "late_submission is not among this return's warnings (no_qualified_staff)" }],
    });
    expect(decide(context(), { ...submission(), acknowledgedWarnings: ['no_policy'] }, submitter, TODAY, null)).toMatchObject({
      status: 422, errors: [{ message: "no_policy is not among this return's warnings (it has none)" }],
    });
  });

  it.each([null, '\u200b', '\u2060 \u200b'])('refuses (422) an acknowledgement without a visible comment explaining it: %j', (comment) => {
    expect(decide(context(), { ...noQualified, comment, acknowledgedWarnings: ['no_qualified_staff'] }, submitter, TODAY, null)).toMatchObject({
      kind: 'rejected', status: 422, errors: [{ pointer: '/body/comment', message: 'must explain the acknowledged warnings' }],
    });
  });

  it('makes a new revision when only the acknowledgements change, and none when they are the same', () => {
    const acknowledged = stored({ current_qualified_wte: '0.00', current_clinical_librarian_wte: null, current_other_embedded_wte: null,
      current_comment: 'post vacant since January', current_acknowledged_warnings: ['no_qualified_staff'] });
    expect(decide(acknowledged, { ...noQualified, acknowledgedWarnings: ['no_qualified_staff'] }, submitter, TODAY, null)).toMatchObject({ kind: 'unchanged' });
    expect(decide(acknowledged, noQualified, submitter, TODAY, null)).toMatchObject({ kind: 'write', revision: { revision: 3, acknowledgedWarnings: [] } });
  });

  it("names every one of the return's warnings when a code is not among them", () => {
    const decision = decide(context(), { ...noQualified, staffSnapshotDate: '2020-01-01', acknowledgedWarnings: ['late_submission'] }, submitter, TODAY, null);
    expect(decision).toMatchObject({ kind: 'rejected', errors: [{ pointer: '/body/acknowledgedWarnings', message: "late_submission is not among this return's warnings (no_qualified_staff, snapshot_outside_year)" }] });
  });

  it('tells codes apart, not only their letters: ab and c are not a and bc', () => {
    const stored2 = stored({ current_qualified_wte: '0.00', current_clinical_librarian_wte: null, current_other_embedded_wte: null,
      current_comment: 'post vacant since January', current_acknowledged_warnings: ['ab', 'c'] });
    expect(decide(stored2, { ...noQualified, acknowledgedWarnings: ['a', 'bc'] }, submitter, TODAY, null).kind).not.toBe('unchanged');
    expect(decide(stored2, { ...noQualified, acknowledgedWarnings: ['ab', 'c'] }, submitter, TODAY, null).kind).toBe('unchanged');
  });
});

describe('a member of a library service', () => {
  it("cannot send its own return for a year its service covers: 409 naming the service, before any other rule", () => {
    const decision = decide({ ...context(), library_service_code: 'NWL', opens_on: null, deadline: null, closes_on: null }, submission(), submitter, TODAY, 'req-1');
    expect(decision).toEqual({
      kind: 'rejected',
      status: 409,
      detail: 'RJ1 is a member of library service NWL in 2025-26: the service\'s return reports for it (PUT /v1/library-services/NWL/returns/2025-26).',
      errors: [],
    });
  });
});
