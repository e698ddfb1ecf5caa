import { createRequire } from 'node:module';
import { pino } from 'pino';
/** pino-pretty is a development dependency: a production install logs JSON even on a terminal. */
function prettyAvailable() {
    try {
        createRequire(import.meta.url).resolve('pino-pretty');
        return true;
    }
    catch {
        return false;
    }
}
/** JSON lines (pretty only on a terminal), with credentials redacted wherever they appear. */
export function createLogger(config, stream) {
    const options = {
        level: config.logLevel,
        redact: {
            paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'headers.authorization', 'apiKey', 'key'],
            censor: '[redacted]',
        },
    };
    if (stream)
        return pino(options, stream);
    if (process.stdout.isTTY && prettyAvailable()) {
        return pino({
            ...options,
            transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } },
        });
    }
    return pino(options);
}
//# sourceMappingURL=logger.js.map