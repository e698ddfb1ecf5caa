import { z } from 'zod';
import { regionCode } from '../reference/regions.schemas.ts';
import { organisationType } from '../reference/organisations.schemas.ts';
import { band, policyRef } from '../returns/schemas.ts';
import { groupBy, organisationFigures, publicationStatus, summaryGroup } from '../monitoring/schemas.ts';
import { examples } from './examples.ts';
import { listOf, paginationQuery, queryInteger, yearParam, yearText } from '../../http/schemas.ts';

/** A decimal written in a query string, e.g. 0.05 or -0.01: digits, never 5e-2. */
const queryDecimal = (options: { min: number; max: number; places: number; example: string; description: string }) => {
  const written = new RegExp(`^-?\\d{1,3}(\\.\\d{1,${options.places}})?$`);
  return z
    .string()
    .superRefine((text, ctx) => {
      // One message for a value: its form first, its range only once it is a decimal.
      if (!written.test(text)) ctx.addIssue({ code: 'custom', message: `must be a decimal such as ${options.example}, at most ${options.places} decimal places` });
      else if (Number(text) < options.min || Number(text) > options.max) ctx.addIssue({ code: 'custom', message: `must be from ${options.min} to ${options.max}` });
    })
    .meta({ description: options.description, example: options.example });
};

export const direction = z
  .enum(['new', 'improving', 'stable', 'worsening'])
  .describe('Against the previous year: `new` without a return then; `improving` when the ratio fell by at least the materiality, `worsening` when it rose by at least it (into no qualified staff is worsening, out of it improving), otherwise `stable`');

export const benchmarkQuery = z.object({
  region: regionCode.optional(),
  type: organisationType.optional(),
  band: band.optional(),
  change: direction.optional(),
  materiality: queryDecimal({ min: 0.0001, max: 0.9999, places: 4, example: '0.05', description: 'The relative change in ratio that counts as a change of direction (default 0.05, inclusive)' }).optional(),
  sort: z
    .enum(['rank', 'odsCode', '-gapWte', '-change'])
    .default('rank')
    .meta({ description: '`rank` (lowest ratio first), `odsCode`, `-gapWte` (largest gap first), `-change` (largest relative rise first; losing every qualified specialist first of all)' }),
  limit: paginationQuery.limit,
  offset: paginationQuery.offset,
  format: z.enum(['json', 'csv', 'xlsx']).optional().meta({ description: 'csv answers text/csv (as does Accept: text/csv); xlsx a spreadsheet with the same columns' }),
  bom: paginationQuery.bom,
});

export const benchmarkedOrganisation = organisationFigures
  .extend({
    libraryService: z.string().nullable().describe("The library service whose figures these are (the member's attributed share), or null"),
    rank: z.number().int().describe('Competition rank by ratio nationally (1 = lowest ratio; ties share a rank); without qualified staff, all share n + 1'),
    regionRank: z.number().int().describe('The same rank within the region'),
    quintile: z.number().int().min(1).max(5).nullable().describe('ceil(5 × rank ÷ n), n being the organisations with qualified staff; null without qualified staff'),
    vsEngland: z.number().nullable().describe("Its ratio ÷ the national pooled ratio of the year (the summary's); null without qualified staff"),
    change: z.object({
      staffWte: z.number().nullable().describe('This year minus the previous year'),
      qualifiedWte: z.number().nullable().describe('This year minus the previous year'),
      ratio: z.number().nullable().describe('Relative change of the ratio, e.g. -0.08; null if either year has no qualified staff'),
      previousBand: band.nullable(),
      direction,
    }),
  })
  .meta({ id: 'BenchmarkedOrganisation' });

export const benchmarkList = listOf(benchmarkedOrganisation)
  .extend({
    year: yearText,
    nationalRatio: z.number().nullable().describe("The year's national pooled ratio, which vsEngland divides by"),
    materiality: z.number(),
    ...publicationStatus,
  })
  .meta({ id: 'BenchmarkedOrganisations', examples: [examples.benchmark] });

export const projectionsQuery = z.object({
  groupBy,
  to: yearParam.optional().meta({ description: 'The last projected year (default: five years after the latest year with returns)', example: '2030-31' }),
  until: yearParam.optional().meta({
    description: "The basis's last year (default: the latest year with returns). A year still being reported pulls pooled figures down: `until` leaves it out.",
    example: '2024-25',
  }),
  years: queryInteger({ min: 1, max: 50 }).default(5).meta({ description: 'How many reported years the lines are fitted to (at least 3; default 5)' }),
  format: paginationQuery.format,
  bom: paginationQuery.bom,
});

const wteFigure = z.number().describe('WTE, to 2 places');

export const projection = z.object({
  key: z.string(),
  name: z.string(),
  basis: z.object({
    from: yearText,
    to: yearText,
    years: z.number().int().describe('How many reported years the lines were fitted to'),
    points: z.array(z.object({ year: yearText, organisationsReported: z.number().int(), staffWte: wteFigure, qualifiedWte: wteFigure, ratio: z.number().nullable(), band: band.nullable() }))
      .describe('The pooled figures the lines were fitted to'),
  }),
  points: z.array(z.object({
    year: yearText,
    staffWte: wteFigure.describe('Fitted pooled staff WTE, to 2 places'),
    qualifiedWte: wteFigure.describe('Fitted pooled qualified WTE, to 2 places'),
    ratio: z.number().nullable().describe('Fitted staff ÷ fitted qualified, from the unrounded fitted values'),
    band: band.nullable(),
  })).describe('Each year after the basis, up to `to`'),
  targetMetIn: yearText.nullable().describe("The first projected year whose ratio is at or below that year's target, or null"),
  wteNeeded: z.object({
    byYear: yearText,
    qualifiedWte: wteFigure.describe('Projected staff at byYear ÷ its target'),
    additionalWte: wteFigure.describe("That minus the pooled qualified WTE of the basis's last year, never negative"),
  }).nullable().describe('Null when no policy covers byYear'),
});

export const projections = z
  .object({
    groupBy: z.enum(['national', 'region', 'type']),
    to: yearText,
    method: z.string(),
    groups: z.array(projection),
    omitted: z.array(z.object({ key: z.string(), name: z.string(), years: z.array(yearText) }))
      .describe('Groups with fewer than 3 reported years in the basis, not projected (with the years they have)'),
  })
  .meta({ id: 'Projections', examples: [examples.projections] });

export const scenarioQuery = z.object({
  groupBy,
  targetRatio: queryInteger({ min: 1, max: 100_000 }).optional().meta({ description: "At or below 1:targetRatio meets the target (default: the year's policy)", example: '1500' }),
  flagThreshold: queryInteger({ min: 1, max: 100_000 }).optional().meta({ description: "At or above 1:flagThreshold is flagged (default: the year's policy)", example: '2000' }),
  staffGrowth: queryDecimal({ min: -0.2, max: 0.2, places: 4, example: '0.03', description: "Each organisation's staff grows at this rate a year, compounded (with yearsAhead); from -0.2 to 0.2" }).optional(),
  yearsAhead: queryInteger({ min: 0, max: 20 }).optional().meta({ description: 'How many years of growth (with staffGrowth), at most 20', example: '5' }),
  format: paginationQuery.format,
  bom: paginationQuery.bom,
});

export const scenario = z
  .object({
    year: yearText,
    policy: z.object({ flagThreshold: z.number().int(), targetRatio: z.number().int() }).describe('The thresholds this scenario applies'),
    inForce: policyRef.nullable().describe("The year's policy, as published figures use it"),
    staffGrowth: z.number().describe('0 without growth'),
    yearsAhead: z.number().int(),
    growthFactor: z.number().describe('(1 + staffGrowth)^yearsAhead'),
    groups: z.array(summaryGroup).describe("As the summary's groups: re-banded, staff grown; organisationsExpected and previousYear as they are"),
    ...publicationStatus,
  })
  .meta({ id: 'Scenario', examples: [examples.scenario] });
