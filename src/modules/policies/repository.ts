import type { AuditActor } from '../../db/audit.ts';
import { auditedPrismaTransaction } from '../../db/audit.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { POLICY_LOCK_KEY } from '../../db/locks.ts';
import { formatYear } from '../../domain/years.ts';
import { conflict } from '../../errors/problem.ts';
import type { Policy, PrismaClient } from '../../generated/prisma/client.ts';

/* The SQL (through Prisma) of policy versions. */

export type { Policy } from '../../generated/prisma/client.ts';
export type NewPolicy = { effectiveFrom: number; flagThreshold: number; targetRatio: number; title: string };

export async function listPolicies(prisma: PrismaClient, limit: number | null, offset: number): Promise<{ items: Policy[]; total: number }> {
  const [items, total] = await prisma.$transaction([
    prisma.policy.findMany({ orderBy: { effectiveFrom: 'asc' }, skip: offset, ...(limit === null ? {} : { take: limit }) }),
    prisma.policy.count(),
  ]);
  return { items, total };
}

/** Adds a policy version, holding off return submissions meanwhile; 409 when it would change a year already reported. */
export function insertPolicy(prisma: PrismaClient, context: { actor: AuditActor; requestId: string }, body: NewPolicy): Promise<Policy> {
  return auditedPrismaTransaction(prisma, context.actor, context.requestId, async (tx) => {
    // Excludes return submissions (which take this lock shared) while the policy changes.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${POLICY_LOCK_KEY})`;
    const latest = await tx.policy.findFirst({ orderBy: { effectiveFrom: 'desc' } });
    if (latest && body.effectiveFrom <= latest.effectiveFrom) {
      throw conflict(`effectiveFrom must be after ${formatYear(latest.effectiveFrom)}, the start of the latest policy.`);
    }
    const reported = await tx.annualReturn.findFirst({ where: { year: { gte: body.effectiveFrom } }, orderBy: { year: 'desc' } });
    if (reported) {
      throw conflict(`Returns for ${formatYear(reported.year)} exist already; a policy may only start after the last reported year.`);
    }
    return tx.policy.create({ data: body });
  }).catch((error: unknown) => {
    throw isUniqueViolation(error) ? conflict('A policy with that effectiveFrom exists already.') : error;
  });
}
