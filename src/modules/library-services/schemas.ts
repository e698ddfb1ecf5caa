import { z } from 'zod';
import { returnBody, band, policyRef } from '../returns/schemas.ts';
import { regionCode } from '../reference/regions.schemas.ts';
import { listOf, odsCode, paginationQuery, safeText, warning, wte, yearParam, yearText, timestamp } from '../../http/schemas.ts';
import { MAX_STAFF_WTE } from '../returns/schemas.ts';

export const serviceCode = z
  .string()
  .regex(/^[A-Za-z0-9]{3,10}$/, 'must be 3 to 10 letters or digits, e.g. NWLKS')
  .toUpperCase()
  .describe('3 to 10 upper-case letters or digits');

const membership = z
  .object({
    odsCode,
    fromYear: yearParam.describe('First year it serves the organisation, e.g. 2024-25'),
    toYear: yearParam.nullable().optional().describe('Last year; null or absent: open-ended'),
  })
  .strict();

export const newLibraryService = z
  .object({
    code: serviceCode,
    name: safeText({ min: 1, max: 200 }),
    hostOdsCode: odsCode.describe('The organisation that hosts it: also one of its members'),
    members: z.array(membership).min(1).max(500),
  })
  .strict();

export const libraryServicePatch = z
  .object({
    name: safeText({ min: 1, max: 200 }).optional(),
    hostOdsCode: odsCode.optional(),
    members: z.array(membership).min(1).max(500).optional().describe('Replaces the whole list'),
  })
  .strict();

export type NewLibraryService = z.output<typeof newLibraryService>;
export type LibraryServicePatch = z.output<typeof libraryServicePatch>;

export const libraryService = z
  .object({
    code: z.string(),
    name: z.string(),
    hostOdsCode: odsCode,
    members: z.array(z.object({ odsCode, name: z.string(), regionCode, fromYear: yearText, toYear: yearText.nullable() })),
  })
  .meta({ id: 'LibraryService' });

export const libraryServiceList = listOf(libraryService);
export const libraryServiceListQuery = z.object(paginationQuery);
export const libraryServiceParams = z.object({ code: serviceCode });
export const serviceReturnParams = z.object({ code: serviceCode, year: yearParam });

/** A service's return: the organisation return's fields, but staff WTE member by member. */
export const serviceReturnBody = returnBody
  .omit({ staffWte: true })
  .extend({
    members: z
      .array(z.object({ odsCode, staffWte: wte({ min: 0, exclusiveMin: true, max: MAX_STAFF_WTE, description: "The member's WTE NHS staff (> 0)" }) }).strict())
      .min(1)
      .max(500)
      .describe("One entry for each member in that year (422 if one is missing or extra)"),
  })
  .strict();

export type ServiceReturnBody = z.output<typeof serviceReturnBody>;

const wteOut = z.number();

export const serviceReturn = z
  .object({
    code: z.string(),
    name: z.string(),
    year: yearText,
    qualifiedWte: wteOut,
    roles: z.object({ clinicalLibrarianWte: wteOut.nullable(), knowledgeManagerWte: wteOut.nullable(), otherEmbeddedWte: wteOut.nullable() }).nullable(),
    staffWte: wteOut.describe("The members' staff WTE, summed"),
    ratio: z.number().nullable(),
    ratioDisplay: z.string(),
    band: band.nullable(),
    gapWte: wteOut.nullable(),
    policy: policyRef.nullable(),
    members: z.array(z.object({
      odsCode,
      name: z.string(),
      regionCode,
      staffWte: wteOut,
      qualifiedWte: wteOut.describe("Its share of the service's, in proportion to staff (largest remainder, to 2 places)"),
      gapWte: wteOut.nullable().describe("Its share of the service's gap, the same way"),
    })),
    staffSource: z.string().nullable(),
    staffSnapshotDate: z.string().nullable(),
    comment: z.string().nullable(),
    revision: z.number().int(),
    status: z.enum(['submitted', 'approved']),
    submittedAt: timestamp,
    submittedBy: z.string(),
    warnings: z.array(warning),
    acknowledgedWarnings: z.array(z.string()),
  })
  .meta({ id: 'LibraryServiceReturn' });

export const submittedServiceReturn = serviceReturn
  .extend({ dryRun: z.boolean().optional().describe('true when nothing was stored (?dryRun=true)') })
  .meta({ id: 'SubmittedLibraryServiceReturn' });

export const serviceRevisionList = listOf(serviceReturn);
export const serviceRevisionQuery = z.object(paginationQuery);

export const serviceApprovalBody = z.object({ revision: z.number().int().min(1) }).strict();

export const serviceIfMatch = z
  .object({
    'if-match': z.string().max(200).optional().meta({ description: "The service return's ETag from your last read; 412 if it has changed since" }),
    'if-none-match': z.string().max(200).optional().meta({ description: '`*`: create only; 412 if the return exists already' }),
  })
  .loose();
