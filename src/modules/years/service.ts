import { unprocessable, type FieldError } from '../../errors/problem.ts';
import type { RequestContext } from '../../http/context.ts';
import type { Database } from '../../plugins/database.ts';
import { listYears, upsertYear } from './repository.ts';

/* Reporting windows: when each year's returns are accepted. */

export type { ReportingYear } from './repository.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

/** The reporting-window service of a database: its use cases, given each request's context. */
export function yearService(db: Database) {
  const { prisma } = db;
  return {
    listYears: (limit: number | null, offset: number) => listYears(prisma, limit, offset),
    setWindow: (context: RequestContext, year: number, window: { opensOn: string; deadline: string; closesOn: string }) => {
      const errors: FieldError[] = [];
      if (window.deadline < window.opensOn) errors.push({ pointer: '/body/deadline', message: 'must not be before opensOn' });
      if (window.closesOn < window.deadline) errors.push({ pointer: '/body/closesOn', message: 'must not be before deadline' });
      if (errors.length) throw unprocessable('The window dates are out of order: see errors.', errors);
      return upsertYear(prisma, context, year, { opensOn: day(window.opensOn), deadline: day(window.deadline), closesOn: day(window.closesOn) });
    },
  };
}
