import { ConfigError, loadConfig } from "../config.js";
import { openDatabase } from "../db/bootstrap.js";
import { createLogger } from "../logger.js";
import { createPool } from "../plugins/database.js";
/**
 * Runs an operator's command against the service's database (DATABASE_URL, or the embedded one
 * under DATA_DIR, migrated first), then closes everything and exits with the command's code.
 */
export function runWithDatabase(name, command) {
    const run = async () => {
        const config = loadConfig();
        const database = await openDatabase(config, createLogger({ logLevel: 'warn' }));
        const pool = createPool(config, database.url);
        try {
            return await command({ config, database, pool });
        }
        finally {
            await pool.end();
            await database.stop();
        }
    };
    run().then((code) => process.exit(code), (error) => {
        console.error(error instanceof ConfigError ? error.message : `${name} failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
    });
}
//# sourceMappingURL=with-database.js.map