import { z } from 'zod';
import { ROLES } from '../../domain/access.ts';
import { regionCode } from '../reference/regions.schemas.ts';
import { listOf, odsCode, paginationQuery, safeText, timestamp } from '../../http/schemas.ts';

export const role = z.enum(ROLES);

export const apiKey = z
  .object({
    id: z.uuid(),
    name: z.string(),
    role,
    organisations: z.array(odsCode).describe('For submitters: whose returns the key may read and write'),
    regions: z.array(regionCode).describe('For reviewers: the regions whose returns the key may approve'),
    prefix: z.string().describe('The start of the key, to tell keys apart'),
    createdAt: timestamp,
    revokedAt: timestamp.nullable(),
  })
  .meta({ id: 'ApiKey' });

export const createdApiKey = apiKey
  .extend({ key: z.string().describe('The key itself. Shown only in this answer: store it now.') })
  .meta({ id: 'CreatedApiKey' });

export const newApiKey = z
  .object({
    name: safeText({ min: 1, max: 200 }),
    role,
    organisations: z.array(odsCode).max(500).default([]),
    regions: z.array(regionCode).max(50).default([]).describe('Required for a reviewer: the region codes it approves returns in'),
  })
  .strict();

export const apiKeyParams = z.object({ id: z.uuid('must be an API key id (a UUID)') });
export const apiKeyList = listOf(apiKey);
export const apiKeyListQuery = z.object(paginationQuery);
