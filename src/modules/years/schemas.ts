import { z } from 'zod';
import { isoDate, listOf, paginationQuery, yearParam, yearText } from '../../http/schemas.ts';

export const reportingYear = z
  .object({
    year: yearText,
    opensOn: isoDate.describe('First day returns are accepted'),
    deadline: isoDate.describe('Returns are due by this day; later ones get a warning'),
    closesOn: isoDate.describe('Last day returns are accepted'),
    status: z.enum(['upcoming', 'open', 'closed']).describe("From today's date (UTC)"),
  })
  .meta({ id: 'ReportingYear' });

export const reportingWindow = z
  .object({ opensOn: isoDate, deadline: isoDate, closesOn: isoDate })
  .strict();

export const yearParams = z.object({ year: yearParam });
export const yearList = listOf(reportingYear);
export const yearListQuery = z.object(paginationQuery);
