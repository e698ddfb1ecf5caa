import { z } from 'zod';
import { listOf, paginationQuery, safeText } from '../../http/schemas.ts';

export const regionCode = z
  .string()
  .regex(/^[A-Z0-9]{3,5}$/, 'must be 3 to 5 upper-case letters or digits (e.g. Y56)')
  .meta({ example: 'Y56' });

export const region = z.object({ code: regionCode, name: z.string() }).meta({ id: 'Region' });

export const newRegion = z.object({ code: regionCode, name: safeText({ min: 1, max: 200 }) }).strict();

export const regionList = listOf(region);
export const regionListQuery = z.object(paginationQuery);
