/* eslint-disable no-console -- a command-line tool reports to its user on the terminal */
import cliProgress from 'cli-progress';
import { parseCsvRows } from "../http/csv-rows.js";
import { describeFailure } from "./import-client.js";
const COLUMNS = ['odsCode', 'name', 'type', 'regionCode', 'openedOn', 'closedOn', 'successorOdsCode'];
const REQUIRED = ['odsCode', 'name', 'type', 'regionCode'];
async function listOrganisations(client) {
    const all = new Map();
    for (let offset = 0;; offset += 1000) {
        const { status, body } = await client.request('GET', `/v1/organisations?limit=1000&offset=${offset}`);
        if (status !== 200)
            throw new Error(`could not list organisations: ${describeFailure(status, body)}`);
        const page = body;
        for (const o of page.data)
            all.set(o.odsCode, o);
        if (offset + 1000 >= page.meta.total)
            return all;
    }
}
/**
 * Creates or updates organisations from a CSV file, one request each (a few hundred rows).
 * Successors are set in a second pass, so a file may name an organisation before it lists it.
 */
export async function importOrganisations(client, file, text) {
    const rows = await parseCsvRows(text, COLUMNS, REQUIRED);
    const totals = { received: rows.length, created: 0, updated: 0, unchanged: 0, rejected: 0 };
    const rejected = [];
    const bar = new cliProgress.SingleBar({ format: 'Importing organisations [{bar}] {value}/{total}' }, cliProgress.Presets.shades_classic);
    if (process.stdout.isTTY)
        bar.start(rows.length * 2, 0);
    const successors = [];
    const existing = await listOrganisations(client);
    for (const row of rows) {
        const v = row.values;
        const wanted = {
            name: v.name,
            type: v.type,
            regionCode: v.regionCode?.toUpperCase(),
            openedOn: v.openedOn ?? null,
            closedOn: v.closedOn ?? null,
        };
        const odsCode = v.odsCode?.toUpperCase() ?? '';
        const current = existing.get(odsCode);
        const created = current ? null : await client.request('POST', '/v1/organisations', { body: { odsCode, ...wanted } });
        if (created?.status === 201) {
            totals.created += 1;
        }
        else if (current) {
            const changes = Object.fromEntries(Object.entries(wanted).filter(([field, value]) => current[field] !== value));
            if (!Object.keys(changes).length)
                totals.unchanged += 1;
            else {
                const patched = await client.request('PATCH', `/v1/organisations/${odsCode}`, { body: changes });
                if (patched.status === 200)
                    totals.updated += 1;
                else {
                    totals.rejected += 1;
                    rejected.push({ line: row.line, odsCode, reason: describeFailure(patched.status, patched.body) });
                }
            }
        }
        else {
            totals.rejected += 1;
            rejected.push({ line: row.line, odsCode, reason: describeFailure(created.status, created.body) });
            continue;
        }
        successors.push({ line: row.line, odsCode, successor: v.successorOdsCode?.toUpperCase() ?? null });
        if (process.stdout.isTTY)
            bar.increment();
    }
    for (const { line, odsCode, successor } of successors) {
        if ((existing.get(odsCode)?.successorOdsCode ?? null) !== successor) {
            const patched = await client.request('PATCH', `/v1/organisations/${odsCode}`, { body: { successorOdsCode: successor } });
            if (patched.status !== 200)
                rejected.push({ line, odsCode, reason: `successor: ${describeFailure(patched.status, patched.body)}` });
        }
        if (process.stdout.isTTY)
            bar.increment();
    }
    if (process.stdout.isTTY)
        bar.stop();
    console.log(`\nImported ${file} into ${client.url}:`);
    console.table([totals]);
    if (rejected.length) {
        console.log('Rejected rows (CSV line numbers):');
        console.table(rejected.slice(0, 50));
        return 2;
    }
    console.log(`Next: GET ${client.url}/v1/organisations lists them; import returns with npm run import -- returns.csv`);
    return 0;
}
//# sourceMappingURL=import-organisations.js.map