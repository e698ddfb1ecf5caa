import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageLimit, sendList } from '../../http/lists.ts';
import { auditList, auditQuery } from './audit.schemas.ts';
import { problemResponses } from '../../http/problem-schema.ts';

type AuditRow = {
  id: string;
  at: Date;
  actor_key_id: string | null;
  actor_role: string;
  actor_label: string;
  action: string;
  entity: string;
  entity_id: string;
  ods_code: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  request_id: string | null;
  client_request_id: string | null;
};

const camel = (key: string) => key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** Snapshots are stored as database rows; clients see camelCase field names, as everywhere else. */
function camelKeys(row: Record<string, unknown> | null): Record<string, unknown> | null {
  return row === null ? null : Object.fromEntries(Object.entries(row).map(([key, value]) => [camel(key), value]));
}

const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/audit',
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
      const where = `WHERE ($1::text IS NULL OR entity = $1) AND ($2::text IS NULL OR ods_code = $2)
        AND ($3::uuid IS NULL OR actor_key_id = $3) AND ($4::timestamptz IS NULL OR at >= $4)`;
      const params = [entity ?? null, odsCode ?? null, actor ?? null, since ?? null];
      const [page, count] = await Promise.all([
        app.db.pool.query<AuditRow>(
          `SELECT id::text AS id, at, actor_key_id, actor_role, actor_label, action, entity, entity_id, ods_code,
                  before, after, request_id, client_request_id
           FROM audit_events ${where} ORDER BY audit_events.id DESC LIMIT $5 OFFSET $6`,
          [...params, limit, offset],
        ),
        app.db.pool.query<{ total: number }>(`SELECT count(*)::int AS total FROM audit_events ${where}`, params),
      ]);
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
      return sendList(request, reply, { items: page.rows, total: count.rows[0]!.total, limit, offset, format }, view, [
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
