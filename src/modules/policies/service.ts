import type { AuditActor } from '../../db/audit.ts';
import { unprocessable } from '../../errors/problem.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { insertPolicy, type NewPolicy, type Policy } from './repository.ts';

/* Staff-ratio policy versions: reading them, and adopting one without changing any year already reported. */

export { listPolicies } from './repository.ts';
export type { NewPolicy, Policy } from './repository.ts';

export function adoptPolicy(prisma: PrismaClient, context: { actor: AuditActor; requestId: string }, body: NewPolicy): Promise<Policy> {
  if (body.targetRatio > body.flagThreshold) {
    throw unprocessable('The target ratio must not be above the flag threshold.', [
      { pointer: '/body/targetRatio', message: `must be at most flagThreshold (${body.flagThreshold})` },
    ]);
  }
  return insertPolicy(prisma, context, body);
}
