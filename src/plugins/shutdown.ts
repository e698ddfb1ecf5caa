import fp from 'fastify-plugin';
import { serviceUnavailable } from '../errors/problem.ts';

/**
 * Once the app starts closing, requests that arrive on connections kept alive are answered 503
 * problem+json with Connection: close (Fastify's own 503 is not problem+json), while requests
 * already in flight run to completion. New connections are refused by the closed listener.
 */
export default fp(
  async (app) => {
    let closing = false;
    app.addHook('preClose', async () => {
      closing = true;
    });
    app.addHook('onRequest', async (_request, reply) => {
      if (!closing) return;
      void reply.header('connection', 'close');
      throw serviceUnavailable('The service is shutting down; send the request again.');
    });
  },
  { name: 'shutdown', dependencies: ['errors'] },
);
