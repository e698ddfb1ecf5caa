import pg from 'pg';
async function withClient(url, run) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
        return await run(client);
    }
    finally {
        await client.end();
    }
}
/** Creates `name` on the server behind `adminUrl` (optionally from a template) unless it exists. */
export async function ensureDatabase(adminUrl, name, template) {
    return withClient(adminUrl, async (client) => {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (rowCount)
            return false;
        const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : '';
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${from}`);
        return true;
    });
}
export async function dropDatabase(adminUrl, name) {
    await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`));
}
/** The same server URL pointing at another database. */
export function withDatabase(url, database) {
    const parsed = new URL(url);
    parsed.pathname = `/${database}`;
    return parsed.toString();
}
//# sourceMappingURL=admin.js.map