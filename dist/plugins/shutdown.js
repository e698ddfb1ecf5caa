import fp from 'fastify-plugin';
import { serviceUnavailable } from "../errors/problem.js";
/**
 * Once the app starts closing, requests that arrive on connections kept alive are answered 503
 * problem+json with Connection: close (Fastify's own 503 is not problem+json), while requests
 * already in flight run to completion. New connections are refused by the closed listener.
 */
export default fp(async (app) => {
    let closing = false;
    app.decorate('startDraining', () => {
        closing = true;
    });
    app.addHook('preClose', async () => {
        closing = true;
    });
    app.addHook('onRequest', async (request, reply) => {
        // Liveness stays true while the process drains: it is up, just not taking work.
        if (!closing || request.routeOptions.url === '/health/live')
            return;
        void reply.header('connection', 'close');
        throw serviceUnavailable('The service is shutting down; send the request again.');
    });
    // Answers to requests that were in flight close their connections too: a kept-alive
    // connection left idle would hold the closing server open until it timed out.
    app.addHook('onSend', async (_request, reply, payload) => {
        if (closing)
            void reply.header('connection', 'close');
        return payload;
    });
}, { name: 'shutdown', dependencies: ['errors'] });
//# sourceMappingURL=shutdown.js.map