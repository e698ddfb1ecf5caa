/* eslint-disable no-console -- a command-line tool reports to its user on the terminal */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { csvRowToJson, parseCsvRows } from '../http/csv-rows.ts';
import { BULK_CSV_COLUMNS, BULK_CSV_REQUIRED } from '../modules/returns/bulk.schemas.ts';
import type { BulkResult } from '../modules/returns/bulk.service.ts';
import { apiClient, describeFailure, type ApiClient } from './import-client.ts';
import { importOrganisations } from './import-organisations.ts';

const USAGE = `Usage:
  npm run import -- returns.csv [--dry-run] [--atomic] [--url URL] [--key KEY]
  npm run import -- --organisations organisations.csv [--url URL] [--key KEY]

Sends a CSV file to a running service: returns through POST /v1/returns/bulk (in chunks of
${(5000).toLocaleString('en-GB')} rows, each with an Idempotency-Key so that a re-run is safe), organisations through
POST/PATCH /v1/organisations. --url defaults to http://127.0.0.1:3000; the key comes from --key or
STAFF_RATIO_API_KEY. Exit code: 0 when every row was accepted, 2 when some were rejected, 1 on failure.`;

const CHUNK_ROWS = 5_000;

type Rejected = { line: number; odsCode: string | null; year: string | null; reasons: string };

async function importReturns(client: ApiClient, file: string, text: string, flags: { dryRun: boolean; atomic: boolean }): Promise<number> {
  const rows = await parseCsvRows(text, BULK_CSV_COLUMNS, BULK_CSV_REQUIRED);
  const fileHash = createHash('sha256').update(text).digest('hex').slice(0, 32);
  const totals = { received: 0, created: 0, updated: 0, unchanged: 0, rejected: 0 };
  const rejected: Rejected[] = [];
  const bar = new cliProgress.SingleBar(
    { format: 'Importing returns [{bar}] {value}/{total} rows | {eta_formatted} left', hideCursor: true, noTTYOutput: false },
    cliProgress.Presets.shades_classic,
  );
  if (process.stdout.isTTY) bar.start(rows.length, 0);
  const started = Date.now();
  try {
    for (let first = 0; first < rows.length; first += CHUNK_ROWS) {
      const chunk = rows.slice(first, first + CHUNK_ROWS);
      const query = `?dryRun=${flags.dryRun}&atomic=${flags.atomic}`;
      const { status, body } = await client.request('POST', `/v1/returns/bulk${query}`, {
        body: { rows: chunk.map((r) => csvRowToJson(r.values)) },
        headers: { 'idempotency-key': `import-${fileHash}-${first}-${flags.dryRun ? 'dry' : 'real'}-${flags.atomic ? 'atomic' : 'each'}` },
      });
      if (status !== 200 && status !== 422) throw new Error(`the service refused rows ${chunk[0]!.line}–${chunk.at(-1)!.line}: ${describeFailure(status, body)}`);
      const result = body as BulkResult;
      for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += result.summary[key];
      for (const row of result.rows) {
        if (row.status !== 'rejected') continue;
        rejected.push({
          line: chunk[row.row - 1]!.line,
          odsCode: row.odsCode,
          year: row.year,
          reasons: row.errors.map((e) => `${e.pointer ? `${e.pointer.slice(1)}: ` : ''}${e.message}`).join('; '),
        });
      }
      if (process.stdout.isTTY) bar.update(Math.min(first + CHUNK_ROWS, rows.length));
    }
  } finally {
    if (process.stdout.isTTY) bar.stop();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\n${flags.dryRun ? 'Dry run (nothing stored)' : 'Imported'} ${file} into ${client.url} in ${seconds} s:`);
  console.table([totals]);
  if (rejected.length) {
    console.log(`Rejected rows (CSV line numbers)${rejected.length > 20 ? `, first 20 of ${rejected.length}` : ''}:`);
    console.table(rejected.slice(0, 20));
    if (flags.atomic) console.log('--atomic: nothing from a chunk with a rejected row was stored.');
    console.log('Fix those rows and run the same command again: rows already stored are reported as unchanged.');
    return 2;
  }
  console.log(`Next: GET ${client.url}/v1/monitoring/<year>/completeness shows who has not reported yet.`);
  return 0;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      organisations: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      atomic: { type: 'boolean', default: false },
      url: { type: 'string', default: 'http://127.0.0.1:3000' },
      key: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const file = values.organisations ?? positionals[0];
  const key = values.key ?? process.env.STAFF_RATIO_API_KEY;
  if (values.help || !file || !key) {
    console.log(USAGE);
    if (!values.help && !key) console.log('\nNo API key: pass --key or set STAFF_RATIO_API_KEY.');
    return values.help ? 0 : 1;
  }
  const text = await readFile(file, 'utf8');
  const client = apiClient(values.url, key);
  if (values.organisations) return importOrganisations(client, file, text);
  return importReturns(client, file, text, { dryRun: values['dry-run'], atomic: values.atomic });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`import failed: ${error instanceof Error ? (error as { detail?: string }).detail ?? error.message : String(error)}`);
    process.exit(1);
  },
);
