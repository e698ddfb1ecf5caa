import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
/*
 * Applies prisma/migrations the way `prisma migrate deploy` does, written by hand because the
 * Prisma CLI needs a native schema engine that cannot be downloaded everywhere this service
 * runs. It keeps Prisma's bookkeeping exactly (table `_prisma_migrations`, SHA-256 checksums
 * of migration.sql, Prisma's advisory lock key), so `prisma migrate status` and `deploy` agree
 * with it on a machine that has the engine, and the two never run at the same time.
 */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));
/** The advisory lock key the Prisma schema engine takes while migrating PostgreSQL. */
const PRISMA_MIGRATION_LOCK_KEY = 72707369;
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;
export function checksumOf(sql) {
    return createHash('sha256').update(sql).digest('hex');
}
export async function readMigrations(dir = MIGRATIONS_DIR) {
    const entries = await readdir(dir, { withFileTypes: true });
    const names = entries
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort();
    return Promise.all(names.map(async (name) => {
        const sql = await readFile(path.join(dir, name, 'migration.sql'), 'utf8');
        return { name, sql, checksum: checksumOf(sql) };
    }));
}
export class MigrationError extends Error {
    name = 'MigrationError';
}
/**
 * Applies every pending migration, each in its own transaction, while holding the advisory
 * lock, so several instances may start at once: the first applies, the others wait and find
 * nothing left to do. Refuses to run over a failed or edited migration, as Prisma does.
 */
export async function applyMigrations(databaseUrl, options = {}) {
    const migrations = await readMigrations(options.dir);
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
        await client.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATION_LOCK_KEY]);
        await client.query(CREATE_MIGRATIONS_TABLE);
        const { rows } = await client.query(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"
       WHERE rolled_back_at IS NULL`);
        const applied = new Map(rows.map((row) => [row.migration_name, row]));
        const failed = rows.find((row) => row.finished_at === null);
        if (failed) {
            throw new MigrationError(`Migration ${failed.migration_name} failed earlier and is not marked resolved; ` +
                'fix the database, then run `prisma migrate resolve`.');
        }
        const report = { applied: [], alreadyApplied: 0 };
        for (const migration of migrations) {
            const existing = applied.get(migration.name);
            if (existing) {
                if (!sameChecksum(migration.sql, existing.checksum)) {
                    throw new MigrationError(`Migration ${migration.name} was edited after it was applied (checksum mismatch).`);
                }
                report.alreadyApplied += 1;
                continue;
            }
            await applyOne(client, migration);
            report.applied.push(migration.name);
            options.log?.(`applied migration ${migration.name}`);
        }
        return report;
    }
    finally {
        await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATION_LOCK_KEY]).catch(() => undefined);
        await client.end();
    }
}
/** Prisma accepts a checksum taken with either line ending (git may convert them). */
function sameChecksum(sql, checksum) {
    return [sql, sql.replaceAll('\r\n', '\n'), sql.replaceAll('\n', '\r\n')].some((variant) => checksumOf(variant) === checksum);
}
async function applyOne(client, migration) {
    const id = randomUUID();
    await client.query('BEGIN');
    try {
        await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 0)`, [id, migration.checksum, migration.name]);
        await client.query(migration.sql);
        await client.query(`UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1
       WHERE id = $1`, [id]);
        await client.query('COMMIT');
    }
    catch (error) {
        await client.query('ROLLBACK');
        const reason = error instanceof Error ? error.message : String(error);
        throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${reason}`);
    }
}
//# sourceMappingURL=migrate.js.map