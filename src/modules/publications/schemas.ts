import { z } from 'zod';
import { organisationType } from '../reference/organisations.schemas.ts';
import { regionCode } from '../reference/regions.schemas.ts';
import { completenessReport, organisationFigures, summaryGroup } from '../monitoring/schemas.ts';
import { band, policyRef } from '../returns/schemas.ts';
import { listOf, odsCode, paginationQuery, safeText, yearParam, yearText, timestamp } from '../../http/schemas.ts';

const figures = z
  .object({ staffWte: z.number(), qualifiedWte: z.number(), ratio: z.number().nullable(), band: band.nullable() })
  .describe('Figures compared between versions');

const change = { before: figures.nullable(), after: figures.nullable() };

export const publicationChanges = z
  .object({
    organisations: z.array(z.object({ odsCode, name: z.string(), ...change })),
    national: z.object(change),
    regions: z.array(z.object({ key: z.string(), ...change })),
  })
  .describe('Against the previous version: organisations and regions whose figures differ (appeared: before null; left out: after null)');

export const publication = z
  .object({
    year: yearText,
    version: z.number().int(),
    publishedAt: timestamp,
    note: z.string(),
    policy: policyRef.nullable(),
    summary: z.object({ national: summaryGroup.nullable(), regions: z.array(summaryGroup), types: z.array(summaryGroup) }),
    organisations: z.array(organisationFigures).describe('Every included organisation, by ODS code'),
    flagged: z.array(organisationFigures).describe('Flagged organisations, worst first'),
    completeness: completenessReport.pick({ expected: true, reported: true, missing: true }).describe('At publication: reported = returns included; missing = expected organisations not included'),
    excluded: z.array(z.object({ odsCode, name: z.string(), reason: z.string().describe('"not approved" (why, only to keyed readers of pending and the returns)') })).describe('Returns left out because they were not approved'),
    changes: publicationChanges.nullable().describe('null for version 1'),
  })
  .meta({ id: 'Publication' });

export type Publication = z.output<typeof publication>;

/** A version as served: its exact text, its tag, and (parsed once) its document. */
export type ServedPublication = { year: number; version: number; publishedAt: string; body: string; bytes: Buffer; etag: string; document: Publication };

export const publicationEntry = z.object({ year: yearText, version: z.number().int(), publishedAt: timestamp, note: z.string() });
export const publicationList = listOf(publicationEntry).meta({ id: 'PublicationList' });
export const publicationListQuery = z.object(paginationQuery);

export const newPublication = z
  .object({
    year: yearParam.describe('The reporting year to publish, e.g. 2025-26'),
    note: safeText({ min: 1, max: 2000 }).describe('What this version is, e.g. "First publication" or "Corrects ZD012"'),
  })
  .strict();

export const publicationYearParams = z.object({ year: yearParam });
export const publicationVersionParams = z.object({ year: yearParam, version: z
    .string()
    .regex(/^[1-9]\d{0,5}$/, 'must be a version number written in digits without leading zeros, e.g. 2')
    .transform(Number)
    .describe('The version number: 1, 2, … (one spelling per version, so caches hold each once)'),
});

export const tableQuery = z.object({
  format: z.enum(['json', 'csv', 'xlsx']).optional().meta({ description: 'Or Accept: text/csv; default JSON' }),
  bom: paginationQuery.bom,
  region: z.string().regex(/^[A-Za-z0-9]{1,10}$/).transform((s) => s.toUpperCase()).optional().meta({ description: 'Only the organisations of this region (e.g. Y56)' }),
  band: band.optional().meta({ description: 'Only the organisations in this band (e.g. flagged)' }),
});

export const publicationTable = z
  .object({ year: yearText, version: z.number().int(), publishedAt: timestamp, data: z.array(organisationFigures), meta: z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int() }) })
  .meta({ id: 'PublicationOrganisations' });

const pendingFigures = organisationFigures.nullable();

export const pending = z
  .object({
    year: yearText,
    publication: z.object({ version: z.number().int(), publishedAt: timestamp, url: z.string() }),
    returns: z.array(
      z.object({
        odsCode,
        name: z.string(),
        regionCode,
        type: organisationType,
        change: z.enum(['new', 'amended', 'approved', 'withdrawn']).describe('new: no return was frozen; amended: another revision; approved: was left out, now approved; withdrawn: was included, its approval withdrawn'),
        revision: z.number().int().describe('The current revision'),
        approved: z.boolean().describe('Whether the current revision is approved now (so would be in a version published now)'),
        published: pendingFigures.describe('Its figures in the latest version (null when left out)'),
        wouldBe: pendingFigures.describe('Its figures in the next version if this return is approved as it stands'),
      }),
    ),
    effect: z
      .object({ national: z.object(change), regions: z.array(z.object({ key: z.string(), ...change })) })
      .describe('The published figures before, and after if every pending return were approved as it stands and published'),
  })
  .meta({ id: 'PendingChanges' });
