import type { AuditActor } from '../../db/audit.ts';
import { unprocessable, type FieldError } from '../../errors/problem.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { upsertYear } from './repository.ts';

/* Reporting windows: when each year's returns are accepted. */

export { listYears } from './repository.ts';
export type { ReportingYear } from './repository.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

export function setWindow(
  prisma: PrismaClient,
  context: { actor: AuditActor; requestId: string },
  year: number,
  window: { opensOn: string; deadline: string; closesOn: string },
) {
  const errors: FieldError[] = [];
  if (window.deadline < window.opensOn) errors.push({ pointer: '/body/deadline', message: 'must not be before opensOn' });
  if (window.closesOn < window.deadline) errors.push({ pointer: '/body/closesOn', message: 'must not be before deadline' });
  if (errors.length) throw unprocessable('The window dates are out of order: see errors.', errors);
  return upsertYear(prisma, context, year, { opensOn: day(window.opensOn), deadline: day(window.deadline), closesOn: day(window.closesOn) });
}
