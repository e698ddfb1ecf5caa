import { z } from 'zod';
import { FIRST_DATE, LAST_DATE, listOf, odsCode, paginationQuery, timestamp } from '../../http/schemas.ts';

export const auditEvent = z
  .object({
    id: z.string().describe('Increasing with time'),
    at: timestamp,
    actor: z.object({
      keyId: z.string().nullable().describe('null for the bootstrap key and the operators’ commands'),
      role: z.string(),
      label: z.string().describe('The key’s name or the command that made the change'),
    }),
    action: z.string().describe('create, update, delete, submit, amend or revoke'),
    entity: z.string().describe('region, organisation, policy, year, return (submit, amend, approve, withdraw), publication, api_key or notice'),
    entityId: z.string(),
    odsCode: z.string().nullable(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
    requestId: z.string().nullable().describe('The server-made id of the request that made the change (its X-Request-Id answer header)'),
    clientRequestId: z.string().nullable().describe('The X-Request-Id the client sent, if any: informative only'),
  })
  .meta({ id: 'AuditEvent' });

export const auditQuery = z.object({
  entity: z.enum(['region', 'organisation', 'policy', 'year', 'return', 'publication', 'api_key', 'notice']).optional(),
  odsCode: odsCode.optional(),
  actor: z.uuid('must be an API key id').optional().meta({ description: 'API key id' }),
  since: z.iso
    .datetime({ offset: true, message: 'must be an ISO 8601 date-time, e.g. 2025-04-01T00:00:00Z' })
    .refine((text) => text.slice(0, 10) >= FIRST_DATE && text.slice(0, 10) <= LAST_DATE, `must be from ${FIRST_DATE} to ${LAST_DATE}`)
    .optional(),
  ...paginationQuery,
});

export const auditList = listOf(auditEvent);
