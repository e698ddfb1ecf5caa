import { z } from 'zod';
import { regionCode } from '../reference/regions.schemas.ts';
import { organisationType } from '../reference/organisations.schemas.ts';
import { band, policyRef } from '../returns/schemas.ts';
import { listOf, odsCode, paginationQuery, yearParam, yearText, timestamp } from '../../http/schemas.ts';

export const groupBy = z.enum(['national', 'region', 'type']).default('national');

const counts = z
  .object({
    meetsTarget: z.number().int(),
    shortOfTarget: z.number().int(),
    flagged: z.number().int().describe('Includes organisations with no qualified staff'),
    noQualifiedStaff: z.number().int(),
  })
  .describe('Organisations by band; noQualifiedStaff is the part of flagged with no qualified staff');

const pooled = {
  staffWte: z.number().describe('Sum of staff WTE over the returns'),
  qualifiedWte: z.number().describe('Sum of qualified WTE over the returns'),
  ratio: z.number().nullable().describe('Pooled: sum of staffWte / sum of qualifiedWte (not a mean of ratios)'),
  ratioDisplay: z.string(),
  band: band.nullable().describe("The pooled ratio's band under the year's policy"),
  flagged: z.boolean(),
  gapWte: z.number().nullable().describe("Sum of the organisations' gaps: a surplus in one never offsets another"),
  counts,
};

export const summaryGroup = z.object({
  key: z.string().describe('"national", a region code or an organisation type'),
  name: z.string(),
  organisationsExpected: z.number().int().describe('Open on any day of the year'),
  organisationsReported: z.number().int(),
  ...pooled,
  distribution: z
    .object({
      min: z.number().nullable(),
      p25: z.number().nullable(),
      median: z.number().nullable(),
      p75: z.number().nullable(),
      max: z.number().nullable(),
    })
    .describe('Of organisation ratios, over organisations with qualified staff (continuous percentiles)'),
  previousYear: z.object({ ratio: z.number().nullable() }).describe('The pooled ratio of the previous year'),
});

/** Where a year's figures stand against what HEE published. */
export const publicationStatus = {
  status: z
    .enum(['provisional', 'published', 'revised'])
    .describe('`provisional`: the year has no publication; `published`: no return of the year changed since its latest version; `revised`: one did (a new revision, approval or withdrawal)'),
  asAt: timestamp.nullable().describe('The time of the newest change these figures include (null when the year has none)'),
  publication: z.string().nullable().describe("The latest version's URL, when there is one"),
};

export const summary = z
  .object({ year: yearText, policy: policyRef.nullable(), groups: z.array(summaryGroup), ...publicationStatus })
  .meta({ id: 'MonitoringSummary' });

export const summaryQuery = z.object({ groupBy, format: paginationQuery.format, bom: paginationQuery.bom });

export const trendPoint = z.object({ year: yearText, organisationsReported: z.number().int(), ...pooled, ...publicationStatus });

export const trends = z
  .object({
    basis: z.enum(['live', 'published']).describe("`published`: each year's point from its latest publication (years never published are left out)"),
    groups: z.array(z.object({ key: z.string(), name: z.string(), points: z.array(trendPoint) })),
  })
  .meta({ id: 'MonitoringTrends' });

export const trendsQuery = z.object({
  groupBy,
  basis: z
    .enum(['live', 'published'])
    .optional()
    .meta({ description: 'With a key the default is `live`; without a key trends are always `published`' }),
  from: yearParam.optional().meta({ description: 'First year, e.g. 2018-19' }),
  to: yearParam.optional().meta({ description: 'Last year, e.g. 2025-26' }),
  format: paginationQuery.format,
  bom: paginationQuery.bom,
});

export const monitoringYearParams = z.object({ year: yearParam });

/** An organisation's figures as monitoring publishes them: nothing from a return's private part. */
export const organisationFigures = z
  .object({
    odsCode,
    name: z.string(),
    regionCode,
    type: organisationType,
    staffWte: z.number(),
    qualifiedWte: z.number(),
    ratio: z.number().nullable().describe('staffWte / qualifiedWte, unrounded; null with no qualified staff'),
    ratioDisplay: z.string(),
    band: band.nullable(),
    gapWte: z.number().nullable(),
  })
  .meta({ id: 'OrganisationFigures' });

export const organisationFiguresList = listOf(organisationFigures);

export const flaggedList = listOf(organisationFigures).extend(publicationStatus).meta({ id: 'FlaggedOrganisations' });

export const flaggedQuery = z.object({
  region: regionCode.optional(),
  type: organisationType.optional(),
  ...paginationQuery,
});

export const completenessQuery = z.object({ region: regionCode.optional(), format: paginationQuery.format, bom: paginationQuery.bom });

export const completenessReport = z
  .object({
    year: yearText,
    expected: z.number().int().describe('Organisations open on any day of the year'),
    reported: z.number().int().describe('Of those, how many have a return'),
    missing: z.array(z.object({ odsCode, name: z.string(), regionCode, type: organisationType })),
    ...publicationStatus,
  })
  .meta({ id: 'Completeness' });

export const progressQuery = z.object({ region: regionCode.optional() });

const progressCounts = {
  expected: z.number().int().describe('Organisations open on any day of the year'),
  reported: z.number().int().describe('Of those, how many have a return'),
  approved: z.number().int().describe('Of those, how many have their current revision approved'),
};

export const progress = z
  .object({
    year: yearText,
    national: z.object(progressCounts),
    regions: z.array(z.object({ regionCode, name: z.string(), ...progressCounts, missing: z.array(odsCode).describe('Expected organisations without a return') })),
  })
  .meta({ id: 'YearProgress' });
