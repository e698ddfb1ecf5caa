import { z } from 'zod';
import { organisationType } from '../reference/organisations.schemas.ts';
import { regionCode } from '../reference/regions.schemas.ts';
import { booleanQuery, isoDate, listOf, odsCode, paginationQuery, safeText, warning, wte, yearParam, yearText, timestamp } from '../../http/schemas.ts';

export const bands = ['meets_target', 'short_of_target', 'flagged'] as const;
export const band = z.enum(bands);

/** Sane bounds for one organisation's return (400 beyond): a typo, never a real figure. */
export const MAX_STAFF_WTE = 100_000;
export const MAX_QUALIFIED_WTE = 1_000;

const roleWte = (description: string) => wte({ min: 0, max: MAX_QUALIFIED_WTE, description });

export const returnBody = z
  .object({
    staffWte: wte({ min: 0, exclusiveMin: true, max: MAX_STAFF_WTE, description: 'WTE NHS staff served (> 0)' }),
    qualifiedWte: wte({ min: 0, max: MAX_QUALIFIED_WTE, description: 'WTE qualified library and knowledge specialists (>= 0)' }),
    roles: z
      .object({
        clinicalLibrarianWte: roleWte('WTE clinical librarians').optional(),
        knowledgeManagerWte: roleWte('WTE knowledge managers').optional(),
        otherEmbeddedWte: roleWte('WTE other embedded roles').optional(),
      })
      .strict()
      .nullable()
      .optional()
      .describe('Breakdown of the qualified WTE by role; must not sum to more than qualifiedWte'),
    staffSource: safeText({ min: 1, max: 200 }).nullable().optional().describe('Where the staff WTE comes from, e.g. ESR'),
    staffSnapshotDate: isoDate.nullable().optional().describe('The date the staff WTE was taken'),
    comment: safeText({ max: 2000 }).nullable().optional(),
    acknowledgedWarnings: z
      .array(z.string().regex(/^[a-z_]{1,64}$/, 'must be a warning code, e.g. no_qualified_staff'))
      .max(20)
      .nullable()
      .optional()
      .describe("Codes of this return's warnings that the submitter confirms; `comment` must explain them (422 otherwise, or for a code the return does not have)"),
  })
  .strict();

export type ReturnBody = z.output<typeof returnBody>;

const wteOut = z.number().describe('WTE, at most 2 decimal places');

const approver = z
  .object({ keyId: z.string().nullable().describe('null for the bootstrap admin key and the system'), name: z.string(), role: z.string() })
  .describe('Who: the API key, by id and name, and its role');

export const approval = z
  .object({ revision: z.number().int().describe('The revision approved'), at: timestamp, by: approver })
  .meta({ id: 'Approval' });

export const approvalHistoryEntry = z.object({
  at: timestamp,
  by: approver,
  withdrawnAt: timestamp.nullable(),
  withdrawnBy: approver.nullable(),
  reason: z.string().nullable().describe('Why the approval was withdrawn'),
});

export const policyRef = z
  .object({ effectiveFrom: yearText, flagThreshold: z.number().int(), targetRatio: z.number().int() })
  .describe('The policy the band and gap were computed under');

export const annualReturn = z
  .object({
    odsCode,
    organisationName: z.string(),
    regionCode,
    type: organisationType,
    year: yearText,
    staffWte: wteOut,
    qualifiedWte: wteOut,
    roles: z
      .object({
        clinicalLibrarianWte: wteOut.nullable(),
        knowledgeManagerWte: wteOut.nullable(),
        otherEmbeddedWte: wteOut.nullable(),
      })
      .nullable(),
    staffSource: z.string().nullable(),
    staffSnapshotDate: isoDate.nullable(),
    comment: z.string().nullable(),
    ratio: z.number().nullable().describe('staffWte / qualifiedWte, unrounded; null with no qualified staff'),
    ratioDisplay: z.string().describe('e.g. "1:1,730", or "no qualified staff"'),
    band: band.nullable().describe('null when no policy covers the year'),
    flagged: z.boolean(),
    gapWte: wteOut.nullable().describe('Qualified WTE still needed to reach the target: max(0, staffWte / targetRatio − qualifiedWte)'),
    policy: policyRef.nullable(),
    revision: z.number().int(),
    submittedAt: timestamp,
    submittedBy: z.string(),
    warnings: z.array(warning),
    acknowledgedWarnings: z.array(z.string()).describe('Codes of `warnings` the submitter confirmed, explained in `comment`'),
    via: z
      .object({ libraryService: z.string() })
      .nullable()
      .describe("Set when a library service's return reports for this organisation: its qualifiedWte and gapWte are its shares of the service's, and ratio and band the service's"),
    status: z.enum(['submitted', 'approved']).describe('`approved` while this revision holds an approval; an amendment makes the return `submitted` again'),
    approval: approval.nullable().describe("This revision's standing approval"),
  })
  .meta({ id: 'AnnualReturn' });

export const returnRevision = annualReturn
  .extend({ approvals: z.array(approvalHistoryEntry).describe('Every approval this revision had, oldest first, withdrawn ones included') })
  .meta({ id: 'ReturnRevision' });

export const revisionList = listOf(returnRevision);

export const submittedReturn = annualReturn
  .extend({ dryRun: z.boolean().optional().describe('true when nothing was stored (?dryRun=true)') })
  .meta({ id: 'SubmittedReturn' });

export const returnParams = z.object({ odsCode, year: yearParam });
export const organisationReturnsParams = z.object({ odsCode });

export const submitQuery = z.object({
  dryRun: booleanQuery.optional().meta({ description: 'true: validate and compute, store nothing' }),
});

export const returnSorts = ['ratio', '-ratio', 'odsCode', '-gapWte'] as const;

export const returnListQuery = z.object({
  year: yearParam.optional(),
  region: regionCode.optional(),
  type: organisationType.optional(),
  band: band.optional(),
  sort: z.enum(returnSorts).optional().meta({ description: 'Default: newest year first, then ODS code' }),
  ...paginationQuery,
});

export const ifMatchHeader = z
  .object({
    'if-match': z.string().max(200).optional().meta({ description: "The return's ETag from your last read; 412 if it has changed since" }),
    'if-none-match': z.string().max(200).optional().meta({ description: '`*`: create only; 412 if the return exists already' }),
  })
  .loose();

export const pageQuery = z.object(paginationQuery);

export const returnList = listOf(annualReturn);

export const approvalBody = z
  .object({ revision: z.number().int().min(1).describe('The revision you checked: 409 unless it is the current one') })
  .strict();

export const withdrawalBody = z
  .object({ reason: safeText({ min: 1, max: 2000 }).describe('Why the approval is withdrawn (required)') })
  .strict();
