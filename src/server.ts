import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { ensureDatabase } from './db/admin.ts';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './db/embedded.ts';
import { applyMigrations } from './db/migrate.ts';
import { createLogger } from './logger.ts';

const EMBEDDED_DATABASE_NAME = 'staff_ratio';
const SHUTDOWN_GRACE_MS = 10_000;

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
  const config = readConfig();
  const logger = createLogger(config);

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    logger.info({ dataDir: config.dataDir }, 'DATABASE_URL is not set: starting the embedded PostgreSQL');
    embedded = await startEmbeddedDatabase({
      dataDir: config.dataDir,
      onLog: (message) => logger.debug({ postgres: message.trim() }, 'embedded postgres'),
    });
    await ensureDatabase(embedded.adminUrl, EMBEDDED_DATABASE_NAME);
    databaseUrl = embedded.urlFor(EMBEDDED_DATABASE_NAME);
  }

  const stopDatabase = async () => {
    await embedded?.stop();
    embedded = undefined;
  };

  try {
    const report = await applyMigrations(databaseUrl, {
      log: (message) => logger.info(message),
    });
    logger.info(
      { applied: report.applied.length, alreadyApplied: report.alreadyApplied },
      'database schema is up to date',
    );
  } catch (error) {
    logger.fatal({ err: error }, 'could not apply migrations');
    await stopDatabase();
    process.exit(1);
  }

  const app = await buildApp({ config: { ...config, databaseUrl }, logger });

  closeWithGrace({ delay: SHUTDOWN_GRACE_MS, logger }, async ({ signal, err }) => {
    if (err) logger.error({ err }, 'stopping after an unexpected error');
    else logger.info({ signal }, 'shutting down: finishing in-flight requests');
    await app.close();
    await stopDatabase();
    logger.info('stopped');
  });

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
