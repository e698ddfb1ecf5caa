import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { openDatabase } from './db/bootstrap.ts';
import { loadDemoData } from './demo/load.ts';
import { createLogger } from './logger.ts';
import { tracingFor } from './telemetry.ts';

const SHUTDOWN_GRACE_MS = 10_000;
const SHUTDOWN_DRAIN_MS = 1_000;

/** `.env` in the working directory, when present, fills in what the environment leaves unset. */
function loadEnvFile(): string | null {
  const path = resolve('.env');
  if (!existsSync(path)) return null;
  // An empty variable counts as unset (as the configuration reads it), so .env may fill it in.
  for (const [name, value] of Object.entries(process.env)) if (value === '') delete process.env[name];
  // Node's own reader: a variable already in the environment is never overwritten.
  process.loadEnvFile(path);
  return path;
}

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable and its meaning.\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const envFile = loadEnvFile();
  const config = readConfig();
  const logger = createLogger(config);
  if (envFile) logger.info({ envFile }, 'read .env (the environment wins where both set a variable)');
  const withDemo = process.argv.includes('--demo');

  let database;
  try {
    database = await openDatabase(config, logger);
  } catch (error) {
    logger.fatal({ err: error }, 'could not open the database');
    process.exit(1);
  }

  // Tracing only when a collector is named; off, nothing of OpenTelemetry is loaded.
  const tracing = await tracingFor(config);
  if (tracing) logger.info({ endpoint: config.otelEndpoint }, 'tracing with OpenTelemetry');
  const app = await buildApp({ config: { ...config, databaseUrl: database.url }, logger, tracing });

  closeWithGrace({ delay: SHUTDOWN_GRACE_MS, logger }, async ({ signal, err }) => {
    if (err) logger.error({ err }, 'stopping after an unexpected error');
    else logger.info({ signal }, 'shutting down: finishing in-flight requests');
    // Drain first: while the listener is still open, every answer closes its connection and new
    // requests get 503, so clients leave their kept-alive connections before the server closes
    // them (closing a kept-alive connection a client is just reusing resets its request).
    app.startDraining();
    await new Promise((resolve) => setTimeout(resolve, SHUTDOWN_DRAIN_MS));
    await app.close();
    await tracing?.shutdown();
    await database.stop();
    logger.info('stopped');
  });

  await app.ready();
  if (withDemo) {
    const result = await loadDemoData(app.db.pool);
    if (result.loaded) logger.info(result, 'loaded the SYNTHETIC demo dataset');
    else logger.warn({ reason: result.reason }, 'did not load the demo dataset');
  }

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  logger.info(
    { api: `${base}/v1`, docs: `${base}/docs`, openapi: `${base}/docs/json` },
    `ready: API at ${base}/v1, interactive docs at ${base}/docs`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`Failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
