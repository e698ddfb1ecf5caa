/* eslint-disable no-console -- a command-line tool reports to its user on the terminal */
import { ConfigError, loadConfig } from '../config.ts';
import { openDatabase } from '../db/bootstrap.ts';
import { createPool } from '../plugins/database.ts';
import { loadDemoData } from '../demo/load.ts';
import { createLogger } from '../logger.ts';

/** `npm run seed:demo`: loads the synthetic demo dataset into an empty database. */
async function main(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger({ logLevel: 'warn' });
  const database = await openDatabase(config, logger);
  const pool = createPool(config, database.url);
  try {
    const result = await loadDemoData(pool);
    if (!result.loaded) {
      console.log(`Nothing loaded: ${result.reason}.`);
      return result.reason.includes('already') ? 0 : 1;
    }
    console.log('Loaded the SYNTHETIC demo dataset (invented organisations and figures, not NHS data):');
    console.log(`  ${result.organisations} organisations, ${result.returns} returns (${result.revisions} revisions), ${result.years}`);
    console.log(`  into ${database.embedded ? `the embedded database under ${config.dataDir}/` : 'DATABASE_URL'}.`);
    console.log('Next: npm start, then try');
    console.log(`  curl http://${config.host}:${config.port}/v1/monitoring/2025-26/summary`);
    console.log(`  curl http://${config.host}:${config.port}/v1/monitoring/trends?groupBy=region`);
    return 0;
  } finally {
    await pool.end();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `seed:demo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
