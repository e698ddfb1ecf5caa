import fp from 'fastify-plugin';

/** One log line per request (with its request id), and the id echoed back to the caller. */
export default fp(
  async (app) => {
    app.addHook('onRequest', async (request, reply) => {
      void reply.header('x-request-id', request.id);
    });
    app.addHook('onResponse', async (request, reply) => {
      request.log.info(
        {
          method: request.method,
          url: request.url,
          statusCode: reply.statusCode,
          responseTimeMs: Math.round(reply.elapsedTime * 10) / 10,
          remoteAddress: request.ip,
        },
        'request completed',
      );
    });
  },
  { name: 'request-logging' },
);
