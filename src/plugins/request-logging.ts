import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { badRequest } from '../errors/problem.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller's X-Request-Id, when it is a sane token: logged and audited beside request.id. */
    clientRequestId: string | null;
    /** The problem type of an error answer, for the request's log line. */
    problemType: string | null;
  }
}

const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The path alone: query strings may carry what must never be logged or echoed (a key sent as ?api_key=). */
export const pathOf = (url: string) => url.split(/[?#]/, 1)[0]!;

/** A key anywhere in a text: of the issued shape, or the bootstrap admin key. */
const KEY_INSIDE = /sr_[A-Za-z0-9_-]{43}/;

/** Which key made a request, never the key itself: its id, or "bootstrap" for ADMIN_API_KEY. */
function keyIdOf(request: FastifyRequest): string | undefined {
  const actor = request.actor as FastifyRequest['actor'] | null;
  if (!actor) return undefined;
  return actor.keyId ?? (actor.role === 'admin' ? 'bootstrap' : undefined);
}

/**
 * One log line per request (with the server's request id and the caller's own, if sane, the key's
 * id, and an error answer's problem type), the
 * server's id echoed back to the caller, and a line for requests whose client went away.
 */
export default fp(
  async (app) => {
    const adminKey = app.config.adminApiKey;
    app.decorateRequest('clientRequestId', null);
    app.decorateRequest('problemType', null);
    app.addHook('onRequest', async (request, reply) => {
      void reply.header('x-request-id', request.id);
      const given = request.headers['x-request-id'];
      if (typeof given !== 'string' || !CLIENT_REQUEST_ID.test(given)) return;
      if (KEY_INSIDE.test(given) || (adminKey !== undefined && given.includes(adminKey))) {
        throw badRequest('X-Request-Id looks like an API key. Never send a key anywhere but the Authorization header; revoke this one if it was shared.', [
          { pointer: '/headers/x-request-id', message: 'must not be an API key' },
        ]);
      }
      request.clientRequestId = given;
      void reply.header('x-client-request-id', given);
    });
    app.addHook('onResponse', async (request, reply) => {
      const keyId = keyIdOf(request);
      request.log.info(
        {
          method: request.method,
          url: pathOf(request.url),
          statusCode: reply.statusCode,
          responseTimeMs: Math.round(reply.elapsedTime * 10) / 10,
          remoteAddress: request.ip,
          ...(request.clientRequestId ? { clientRequestId: request.clientRequestId } : {}),
          ...(keyId ? { keyId } : {}),
          ...(request.problemType ? { problemType: request.problemType } : {}),
        },
        'request completed',
      );
    });
    app.addHook('onRequestAbort', async (request) => {
      request.log.info(
        { method: request.method, url: pathOf(request.url), remoteAddress: request.ip, ...(request.clientRequestId ? { clientRequestId: request.clientRequestId } : {}) },
        'request aborted: the client closed the connection before the answer',
      );
    });
  },
  { name: 'request-logging', dependencies: ['config'] },
);
