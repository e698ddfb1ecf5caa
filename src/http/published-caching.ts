import type { FastifyInstance } from 'fastify';

/*
 * How answers drawn from the publications may be cached: publicly while publications are open
 * data, privately (the browser only) when they need a key; a refusal is never kept, since a
 * version not published yet may be soon.
 */

/** `public` or `private`, as PUBLIC_PUBLICATIONS makes the publications. */
export function publishedScope(app: FastifyInstance): 'public' | 'private' {
  return app.config.publicPublications ? 'public' : 'private';
}

/** In this plugin's routes, any answer of 400 or more is sent `Cache-Control: no-store`. */
export function neverStoreRefusals(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    if (reply.statusCode >= 400) void reply.header('cache-control', 'no-store');
    return payload;
  });
}
