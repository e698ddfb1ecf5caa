import { z } from 'zod';
import { regionCode } from './regions.schemas.ts';
import { booleanQuery, isoDate, listOf, odsCode, paginationQuery, safeText, timestamp } from '../../http/schemas.ts';

export const organisationTypes = [
  'acute',
  'integrated',
  'mental_health',
  'community',
  'ambulance',
  'specialist',
  'icb',
  'other',
] as const;

export const organisationType = z.enum(organisationTypes);

export const organisation = z
  .object({
    odsCode,
    name: z.string(),
    type: organisationType,
    regionCode,
    openedOn: isoDate.nullable(),
    closedOn: isoDate.nullable(),
    successorOdsCode: odsCode.nullable().describe('The organisation that took this one over (mergers)'),
    createdAt: timestamp.describe('ISO 8601 UTC timestamp'),
    updatedAt: timestamp.describe('ISO 8601 UTC timestamp'),
  })
  .meta({ id: 'Organisation' });

const name = safeText({ min: 1, max: 200 });

export const newOrganisation = z
  .object({
    odsCode,
    name,
    type: organisationType,
    regionCode,
    openedOn: isoDate.nullable().optional(),
    closedOn: isoDate.nullable().optional(),
    successorOdsCode: odsCode.nullable().optional(),
  })
  .strict();

export const organisationChanges = z
  .object({
    name: name.optional(),
    type: organisationType.optional(),
    regionCode: regionCode.optional(),
    openedOn: isoDate.nullable().optional(),
    closedOn: isoDate.nullable().optional(),
    successorOdsCode: odsCode.nullable().optional(),
  })
  .strict()
  .describe('Only the fields to change; null clears an optional field. The ODS code cannot change.');

export const organisationParams = z.object({ odsCode });

export const organisationListQuery = z.object({
  region: regionCode.optional().meta({ description: 'Only this region' }),
  type: organisationType.optional().meta({ description: 'Only this type' }),
  active: booleanQuery.optional().meta({ description: 'true: open today; false: closed or not yet open' }),
  q: safeText({ min: 1, max: 100 }).optional().meta({ description: 'Name contains, or ODS code starts with' }),
  ...paginationQuery,
});

export const organisationList = listOf(organisation);
