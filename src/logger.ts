import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.ts';

/** JSON lines (pretty only on a terminal), with credentials redacted wherever they appear. */
export function createLogger(config: Pick<Config, 'logLevel'>, stream?: DestinationStream): Logger {
  const options = {
    level: config.logLevel,
    redact: {
      paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'headers.authorization', 'apiKey', 'key'],
      censor: '[redacted]',
    },
  };
  if (stream) return pino(options, stream);
  if (process.stdout.isTTY) {
    return pino({
      ...options,
      transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } },
    });
  }
  return pino(options);
}
