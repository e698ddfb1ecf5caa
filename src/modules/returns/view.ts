import { keyedEtag } from '../../plugins/etag.ts';
import { Decimal } from 'decimal.js';
import type { z } from 'zod';
import type { ApprovalRecord, ReturnRow } from './repository.ts';
import { formatRatio } from '../../domain/ratio.ts';
import { formatYear } from '../../domain/years.ts';
import type { annualReturn, returnRevision } from './schemas.ts';
import { wteOut } from '../../http/schemas.ts';
import type { CsvColumn } from '../../http/lists.ts';

export type ReturnView = z.output<typeof annualReturn>;
export type RevisionView = z.output<typeof returnRevision>;

/** A return as clients see it, from a stored revision and its organisation and policy. */
export function returnView(row: ReturnRow): ReturnView {
  const roles = [row.clinical_librarian_wte, row.knowledge_manager_wte, row.other_embedded_wte];
  return {
    odsCode: row.ods_code,
    organisationName: row.organisation_name,
    regionCode: row.region_code,
    type: row.type as ReturnView['type'],
    year: formatYear(row.year),
    staffWte: wteOut(row.staff_wte)!,
    qualifiedWte: wteOut(row.qualified_wte)!,
    roles: roles.every((value) => value === null)
      ? null
      : {
          clinicalLibrarianWte: wteOut(row.clinical_librarian_wte),
          knowledgeManagerWte: wteOut(row.knowledge_manager_wte),
          otherEmbeddedWte: wteOut(row.other_embedded_wte),
        },
    staffSource: row.staff_source,
    staffSnapshotDate: row.staff_snapshot_date,
    comment: row.comment,
    ratio: row.ratio,
    // A library service's member shows its service's ratio, not one of its attributed share, which
    // may round to 0.00 (the double is exact enough: two ratios of 2-place WTEs never round apart).
    ratioDisplay: row.library_service_code !== null && row.ratio !== null
      ? formatRatio(new Decimal(row.ratio), new Decimal(1))
      : formatRatio(new Decimal(row.staff_wte), new Decimal(row.qualified_wte)),
    band: row.band,
    flagged: row.band === 'flagged',
    gapWte: wteOut(row.gap_wte),
    policy:
      row.policy_effective_from === null
        ? null
        : {
            effectiveFrom: formatYear(row.policy_effective_from),
            flagThreshold: row.policy_flag_threshold!,
            targetRatio: row.policy_target_ratio!,
          },
    revision: row.revision,
    submittedAt: row.submitted_at.toISOString(),
    submittedBy: row.submitted_by,
    warnings: row.warnings,
    acknowledgedWarnings: row.acknowledged_warnings,
    via: row.library_service_code === null ? null : { libraryService: row.library_service_code },
    status: row.approval_id === null ? 'submitted' : 'approved',
    approval:
      row.approval_id === null
        ? null
        : {
            revision: row.revision,
            at: row.approved_at!.toISOString(),
            by: { keyId: row.approved_by_key_id, name: row.approved_by!, role: row.approved_by_role! },
          },
  };
}

/** A revision as the revisions list shows it: the return's view plus every approval it had. */
export function revisionView(row: ReturnRow & { approvals: ApprovalRecord[] }): RevisionView {
  return { ...returnView(row), approvals: row.approvals };
}

/**
 * The tag If-Match is checked against: changes with every revision, approval, withdrawal and
 * organisation edit, and reveals nothing else. A keyed hash, because the revision id counts every organisation's
 * revisions: a plain one would tell a submitter how many others stored in between.
 */
export function returnEtag(row: Pick<ReturnRow, 'revision_id' | 'organisation_version' | 'approval_id'>, key: string): string {
  return keyedEtag(key, `${row.revision_id}.${row.organisation_version}.${row.approval_id ?? '-'}`);
}

export type OrganisationFigures = Pick<ReturnView, 'odsCode' | 'regionCode' | 'type' | 'staffWte' | 'qualifiedWte' | 'ratio' | 'ratioDisplay' | 'band' | 'gapWte'> & { name: string };

/** What monitoring may show of a return: the organisation's figures, never comment, sources, submitter or revision. */
export function organisationFigures(row: ReturnRow): OrganisationFigures {
  const view = returnView(row);
  return {
    odsCode: view.odsCode,
    name: view.organisationName,
    regionCode: view.regionCode,
    type: view.type,
    staffWte: view.staffWte,
    qualifiedWte: view.qualifiedWte,
    ratio: view.ratio,
    ratioDisplay: view.ratioDisplay,
    band: view.band,
    gapWte: view.gapWte,
  };
}

export const organisationFiguresCsvColumns: CsvColumn<OrganisationFigures>[] = (
  ['odsCode', 'name', 'regionCode', 'type', 'staffWte', 'qualifiedWte', 'ratio', 'ratioDisplay', 'band', 'gapWte'] as const
).map((header) => ({ header, value: (figures: OrganisationFigures) => figures[header] }));

export const returnCsvColumns: CsvColumn<ReturnView>[] = [
  { header: 'odsCode', value: (r) => r.odsCode },
  { header: 'organisationName', value: (r) => r.organisationName },
  { header: 'regionCode', value: (r) => r.regionCode },
  { header: 'type', value: (r) => r.type },
  { header: 'year', value: (r) => r.year },
  { header: 'staffWte', value: (r) => r.staffWte },
  { header: 'qualifiedWte', value: (r) => r.qualifiedWte },
  { header: 'clinicalLibrarianWte', value: (r) => r.roles?.clinicalLibrarianWte },
  { header: 'knowledgeManagerWte', value: (r) => r.roles?.knowledgeManagerWte },
  { header: 'otherEmbeddedWte', value: (r) => r.roles?.otherEmbeddedWte },
  { header: 'ratio', value: (r) => r.ratio },
  { header: 'ratioDisplay', value: (r) => r.ratioDisplay },
  { header: 'band', value: (r) => r.band },
  { header: 'flagged', value: (r) => r.flagged },
  { header: 'gapWte', value: (r) => r.gapWte },
  { header: 'policyEffectiveFrom', value: (r) => r.policy?.effectiveFrom },
  { header: 'revision', value: (r) => r.revision },
  { header: 'submittedAt', value: (r) => r.submittedAt },
  { header: 'submittedBy', value: (r) => r.submittedBy },
  { header: 'staffSource', value: (r) => r.staffSource },
  { header: 'staffSnapshotDate', value: (r) => r.staffSnapshotDate },
  { header: 'comment', value: (r) => r.comment },
  { header: 'warnings', value: (r) => r.warnings.map((w) => w.code).join(' ') },
  { header: 'acknowledgedWarnings', value: (r) => r.acknowledgedWarnings.join(' ') },
  { header: 'status', value: (r) => r.status },
  { header: 'approvedAt', value: (r) => r.approval?.at },
  { header: 'approvedBy', value: (r) => r.approval?.by.name },
];
