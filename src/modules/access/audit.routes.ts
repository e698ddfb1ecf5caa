import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageLimit, sendList } from '../../http/lists.ts';
import { accessService, type AuditRow } from './service.ts';
import { auditList, auditQuery } from './audit.schemas.ts';
import { problemResponses } from '../../http/problem-schema.ts';

const camel = (key: string) => key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** Snapshots are stored as database rows; clients see camelCase field names, as everywhere else. */
function camelKeys(row: Record<string, unknown> | null): Record<string, unknown> | null {
  return row === null ? null : Object.fromEntries(Object.entries(row).map(([key, value]) => [camel(key), value]));
}

const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = accessService(app.db);
  app.get(
    '/audit',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['access'],
        summary: 'Every change, newest first',
        querystring: auditQuery,
        response: { 200: auditList, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { entity, odsCode, actor, since, offset, format } = request.query;
      const limit = pageLimit(request, request.query);
      const { rows, total } = await service.listAudit({ entity, odsCode, actor, since }, limit, offset);
      const view = (e: AuditRow) => ({
        id: e.id,
        at: e.at.toISOString(),
        actor: { keyId: e.actor_key_id, role: e.actor_role, label: e.actor_label },
        action: e.action,
        entity: e.entity,
        entityId: e.entity_id,
        odsCode: e.ods_code,
        before: camelKeys(e.before),
        after: camelKeys(e.after),
        requestId: e.request_id,
        clientRequestId: e.client_request_id,
      });
      return sendList(request, reply, { items: rows, total, limit, offset, format }, view, [
        { header: 'id', value: (e) => e.id },
        { header: 'at', value: (e) => e.at.toISOString() },
        { header: 'actorKeyId', value: (e) => e.actor_key_id },
        { header: 'actorRole', value: (e) => e.actor_role },
        { header: 'actorLabel', value: (e) => e.actor_label },
        { header: 'action', value: (e) => e.action },
        { header: 'entity', value: (e) => e.entity },
        { header: 'entityId', value: (e) => e.entity_id },
        { header: 'odsCode', value: (e) => e.ods_code },
        { header: 'before', value: (e) => (e.before ? JSON.stringify(camelKeys(e.before)) : null) },
        { header: 'after', value: (e) => (e.after ? JSON.stringify(camelKeys(e.after)) : null) },
        { header: 'requestId', value: (e) => e.request_id },
        { header: 'clientRequestId', value: (e) => e.client_request_id },
      ], 'audit');
    },
  );
};

export default auditRoutes;
