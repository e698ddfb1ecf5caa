import type { ReturnRow } from './repository.ts';
import type { NewRevision, Submission, SubmissionContext } from '../../domain/return-decision.ts';
import type { ReturnBody } from './schemas.ts';

/* Between the HTTP shapes and the decision rules (src/domain/return-decision.ts). */

export { decide } from '../../domain/return-decision.ts';

/** The fields a submitter sets, normalised so that two submissions compare equal. */
export function normalise(body: ReturnBody): Submission {
  const r = body.roles;
  return {
    staffWte: body.staffWte,
    qualifiedWte: body.qualifiedWte,
    roles: [r?.clinicalLibrarianWte ?? null, r?.knowledgeManagerWte ?? null, r?.otherEmbeddedWte ?? null],
    staffSource: body.staffSource ?? null,
    staffSnapshotDate: body.staffSnapshotDate ?? null,
    comment: body.comment || null,
    acknowledgedWarnings: [...new Set(body.acknowledgedWarnings ?? [])].sort(),
  };
}

/** What a revision looks like stored: the answer to a dry run, or to a write (with its id and time). */
export function wouldBeRow(context: SubmissionContext, revision: NewRevision): ReturnRow {
  return {
    revision_id: '0',
    ods_code: revision.odsCode,
    year: revision.year,
    revision: revision.revision,
    staff_wte: revision.staffWte,
    qualified_wte: revision.qualifiedWte,
    clinical_librarian_wte: revision.clinicalLibrarianWte,
    knowledge_manager_wte: revision.knowledgeManagerWte,
    other_embedded_wte: revision.otherEmbeddedWte,
    staff_source: revision.staffSource,
    staff_snapshot_date: revision.staffSnapshotDate,
    comment: revision.comment,
    ratio: revision.ratio,
    band: revision.band as ReturnRow['band'],
    gap_wte: revision.gapWte,
    warnings: revision.warnings,
    acknowledged_warnings: revision.acknowledgedWarnings,
    submitted_at: new Date(),
    submitted_by: revision.submittedBy,
    organisation_name: context.organisation_name!,
    region_code: context.region_code!,
    type: context.type!,
    organisation_version: context.organisation_version!,
    policy_effective_from: context.policy_effective_from,
    policy_flag_threshold: context.flag_threshold,
    policy_target_ratio: context.target_ratio,
    // A new revision is never approved: approval names the revision it approved.
    approval_id: null,
    approved_at: null,
    approved_by: null,
    approved_by_role: null,
    approved_by_key_id: null,
    library_service_code: null,
  };
}
