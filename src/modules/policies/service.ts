import { unprocessable } from '../../errors/problem.ts';
import type { RequestContext } from '../../http/context.ts';
import type { Database } from '../../plugins/database.ts';
import { insertPolicy, listPolicies, type NewPolicy, type Policy } from './repository.ts';

/* Staff-ratio policy versions: reading them, and adopting one without changing any year already reported. */

export type { NewPolicy, Policy } from './repository.ts';

/** The policy service of a database: its use cases, given each request's context. */
export function policyService(db: Database) {
  const { prisma } = db;
  return {
    listPolicies: (limit: number | null, offset: number) => listPolicies(prisma, limit, offset),
    adoptPolicy: async (context: RequestContext, body: NewPolicy): Promise<Policy> => {
      if (body.targetRatio > body.flagThreshold) {
        throw unprocessable('The target ratio must not be above the flag threshold.', [
          { pointer: '/body/targetRatio', message: `must be at most flagThreshold (${body.flagThreshold})` },
        ]);
      }
      const adopted = await insertPolicy(prisma, context, body);
      context.log.info({ policyId: adopted.id, effectiveFrom: adopted.effectiveFrom }, 'policy adopted');
      return adopted;
    },
  };
}
