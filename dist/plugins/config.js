import fp from 'fastify-plugin';
/** Makes the validated configuration available as `app.config`. */
export default fp(async (app, { config }) => {
    app.decorate('config', config);
}, { name: 'config' });
//# sourceMappingURL=config.js.map