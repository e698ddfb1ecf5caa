import { z } from 'zod';
import { listOf, paginationQuery, safeText, yearParam, yearText, timestamp } from '../../http/schemas.ts';

const ratio = z.number().int().min(1).max(100_000);

export const policy = z
  .object({
    id: z.number().int(),
    effectiveFrom: yearText.describe('First financial year the policy applies to'),
    flagThreshold: ratio.describe('A ratio at or above 1:flagThreshold is flagged'),
    targetRatio: ratio.describe('A ratio at or below 1:targetRatio meets the target'),
    title: z.string(),
    createdAt: timestamp,
  })
  .meta({ id: 'Policy' });

export const newPolicy = z
  .object({
    effectiveFrom: yearParam,
    flagThreshold: ratio,
    targetRatio: ratio,
    title: safeText({ min: 1, max: 300 }),
  })
  .strict();

export const policyList = listOf(policy);
export const policyListQuery = z.object(paginationQuery);
