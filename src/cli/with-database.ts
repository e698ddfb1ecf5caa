/* eslint-disable no-console -- a command-line tool reports to its user on the terminal */
import type pg from 'pg';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { openDatabase, type OpenDatabase } from '../db/bootstrap.ts';
import { createLogger } from '../logger.ts';
import { createPool } from '../plugins/database.ts';

export type CommandContext = { config: Config; database: OpenDatabase; pool: pg.Pool };

/**
 * Runs an operator's command against the service's database (DATABASE_URL, or the embedded one
 * under DATA_DIR, migrated first), then closes everything and exits with the command's code.
 */
export function runWithDatabase(name: string, command: (context: CommandContext) => Promise<number>): void {
  const run = async () => {
    const config = loadConfig();
    const database = await openDatabase(config, createLogger({ logLevel: 'warn' }));
    const pool = createPool(config, database.url);
    try {
      return await command({ config, database, pool });
    } finally {
      await pool.end();
      await database.stop();
    }
  };
  run().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof ConfigError ? error.message : `${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
