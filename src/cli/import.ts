/* eslint-disable no-console -- a command-line tool reports to its user on the terminal */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { paths } from './api-types.ts';
import { charsetNamed, type Charset } from '../http/text-decoding.ts';
import { apiClient, describeFailure, type ApiClient } from './import-client.ts';
import { importOrganisations } from './import-organisations.ts';

const USAGE = `Usage:
  npx staff-ratio import returns.csv [--dry-run] [--atomic] [--encoding windows-1252] [--url URL] [--key KEY]
  npx staff-ratio import --organisations organisations.csv [--dry-run] [--encoding windows-1252] [--url URL] [--key KEY]
  (or: npm run import -- <the same arguments>; the -- keeps npm from taking --dry-run for itself)

Returns: the file is sent as it is to POST /v1/returns/bulk, which reads it exactly as it reads any
upload (one parser, one set of rules), with an Idempotency-Key so that a re-run is safe.
Organisations: each row is created or updated through POST/PATCH /v1/organisations.
Files are UTF-8 (Excel: "CSV UTF-8"); one saved as "CSV (Comma delimited)" is Windows-1252:
say --encoding windows-1252. --url (or STAFF_RATIO_URL) defaults to http://127.0.0.1:3000; the key comes from --key or
STAFF_RATIO_API_KEY. Exit code: 0 when every row was accepted, 2 when some were rejected, 1 on failure.`;

type BulkResult = paths['/v1/returns/bulk']['post']['responses'][200]['content']['application/json'];
type RowResult = BulkResult['rows'][number];
/** A 422 is either an atomic file's result (nothing applied) or a problem (e.g. a reused Idempotency-Key). */
const isBulkResult = (answer: unknown): answer is BulkResult => typeof answer === 'object' && answer !== null && 'summary' in answer && 'rows' in answer;

const reasons = (row: RowResult) => row.errors.map((e) => `${e.pointer ? `${e.pointer.slice(1)}: ` : ''}${e.message}`).join('; ');

function printRows(title: string, rows: { line: number; odsCode: string | null; year: string | null; text: string }[]) {
  if (!rows.length) return;
  console.log(`${title}${rows.length > 50 ? `, first 50 of ${rows.length}` : ''}:`);
  for (const row of rows.slice(0, 50)) console.log(`  line ${row.line}  ${row.odsCode ?? '?'} ${row.year ?? '?'}  ${row.text}`);
}

async function importReturns(client: ApiClient, file: string, bytes: Buffer, flags: { dryRun: boolean; atomic: boolean; charset: Charset }): Promise<number> {
  const fileHash = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  console.log(`Sending ${file} (${(bytes.length / 1024).toFixed(1)} KB) to ${client.url}${flags.dryRun ? ' for a dry run' : ''}…`);
  const started = Date.now();
  const { data, error, response } = await client.POST('/v1/returns/bulk', {
    params: {
      query: { dryRun: flags.dryRun ? 'true' : 'false', atomic: flags.atomic ? 'true' : 'false' },
      header: { 'idempotency-key': `import-${fileHash}-${flags.charset}-${flags.dryRun ? 'dry' : 'real'}-${flags.atomic ? 'atomic' : 'each'}` },
    },
    // The file goes as it is, in its own encoding: the service reads it exactly as any upload.
    body: '',
    bodySerializer: () => bytes,
    headers: { 'content-type': `text/csv; charset=${flags.charset}` },
  });
  const { status } = response;
  if (status === 413) throw new Error(`${describeFailure(status, error)} Split the file into smaller files and import each.`);
  const result = data ?? (status === 422 && isBulkResult(error) ? error : undefined);
  if (!result) throw new Error(`the service refused ${file}: ${describeFailure(status, error)}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\n${flags.dryRun ? 'Dry run (nothing stored)' : result.applied ? 'Imported' : 'Nothing stored from'} ${file} in ${seconds} s:`);
  const { received, created, updated, unchanged, rejected: refused } = result.summary;
  console.log(`${received} rows: ${created} created, ${updated} updated, ${unchanged} unchanged, ${refused} rejected.`);
  console.table([result.summary]);
  // Rows are numbered by their line in the file (the header is line 1), as the service numbers them.
  const rejected = result.rows.filter((r) => r.status === 'rejected');
  const warned = result.rows.filter((r) => r.status !== 'rejected' && r.warnings.length);
  printRows('Warnings (stored, but please check)', warned.map((r) => ({ line: r.row, odsCode: r.odsCode, year: r.year, text: r.warnings.map((w) => `${w.code}: ${w.message}`).join('; ') })));
  printRows('Rejected rows', rejected.map((r) => ({ line: r.row, odsCode: r.odsCode, year: r.year, text: reasons(r) })));
  if (rejected.length) {
    if (flags.atomic) console.log('--atomic: nothing from the file was stored.');
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
      encoding: { type: 'string', default: 'utf-8' },
      url: { type: 'string', default: process.env.STAFF_RATIO_URL ?? 'http://127.0.0.1:3000' },
      key: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  // `npm run import file.csv --dry-run` (no --) gives --dry-run to npm, not to us: never write then.
  if (process.env.npm_config_dry_run === 'true' && !values['dry-run']) {
    console.error('npm took --dry-run for itself, so this would have been a real import: nothing was sent.\n' +
      'Run `npm run import -- file.csv --dry-run` (note the --), or `npx staff-ratio import file.csv --dry-run`.');
    return 1;
  }
  const file = values.organisations ?? positionals[0];
  const key = values.key ?? process.env.STAFF_RATIO_API_KEY;
  if (values.help || !file || !key) {
    console.log(USAGE);
    if (!values.help && !key) console.log('\nNo API key: pass --key or set STAFF_RATIO_API_KEY.');
    return values.help ? 0 : 1;
  }
  const charset = charsetNamed(values.encoding);
  const bytes = await readFile(file);
  const client = apiClient(values.url, key);
  if (values.organisations) return importOrganisations(client, file, bytes, { dryRun: values['dry-run'], charset });
  return importReturns(client, file, bytes, { dryRun: values['dry-run'], atomic: values.atomic, charset });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`import failed: ${error instanceof Error ? (error as { detail?: string }).detail ?? error.message : String(error)}`);
    process.exit(1);
  },
);
