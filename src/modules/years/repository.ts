import { auditedPrismaTransaction, type AuditActor } from '../../db/audit.ts';
import type { PrismaClient, ReportingYear } from '../../generated/prisma/client.ts';

/* The SQL (through Prisma) of reporting windows. */

export type { ReportingYear } from '../../generated/prisma/client.ts';
export type Window = { opensOn: Date; deadline: Date; closesOn: Date };

export async function listYears(prisma: PrismaClient, limit: number | null, offset: number): Promise<{ items: ReportingYear[]; total: number }> {
  const [items, total] = await prisma.$transaction([
    prisma.reportingYear.findMany({ orderBy: { year: 'desc' }, skip: offset, ...(limit === null ? {} : { take: limit }) }),
    prisma.reportingYear.count(),
  ]);
  return { items, total };
}

/** Sets a year's window; `existed` says whether it replaced one. */
export function upsertYear(prisma: PrismaClient, context: { actor: AuditActor; requestId: string }, year: number, window: Window) {
  return auditedPrismaTransaction(prisma, context.actor, context.requestId, async (tx) => {
    const existing = await tx.reportingYear.findUnique({ where: { year } });
    const saved = await tx.reportingYear.upsert({ where: { year }, create: { year, ...window }, update: { ...window, updatedAt: new Date() } });
    return { existed: existing !== null, saved };
  });
}
