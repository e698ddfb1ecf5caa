/* eslint-disable no-console -- a command-line tool reports to its user on the terminal */
import cliProgress from 'cli-progress';
import { parseCsvRows } from '../http/csv-rows.ts';
import { isoFromUkDate } from '../http/csv-values.ts';
import { decodeFile, type Charset } from '../http/text-decoding.ts';
import { expectedToReport, formatYear, todayUtc, yearOfDate } from '../domain/years.ts';
import { newOrganisation } from '../modules/reference/organisations.schemas.ts';
import type { paths } from './api-types.ts';
import { describeFailure, type ApiClient } from './import-client.ts';

const COLUMNS = ['odsCode', 'name', 'type', 'regionCode', 'openedOn', 'closedOn', 'successorOdsCode'] as const;
const REQUIRED = ['odsCode', 'name', 'type', 'regionCode'] as const;
/** The first year of the 2019 policy: expected counts are shown from here to the current year. */
const FIRST_MONITORED_YEAR = 2018;

type Organisation = { odsCode: string; openedOn: string | null; closedOn: string | null; successorOdsCode: string | null } & Record<string, unknown>;
type Line = { line: number; odsCode: string; text: string };
/** What the service takes to create an organisation and to change one (the types generated from its OpenAPI document). */
type Create = paths['/v1/organisations']['post']['requestBody']['content']['application/json'];
type Patch = NonNullable<paths['/v1/organisations/{odsCode}']['patch']['requestBody']>['content']['application/json'];

async function listOrganisations(client: ApiClient): Promise<Map<string, Organisation>> {
  const all = new Map<string, Organisation>();
  for (let offset = 0; ; offset += 1000) {
    const { data: page, error, response } = await client.GET('/v1/organisations', { params: { query: { limit: '1000', offset: String(offset) } } });
    if (!page) throw new Error(`could not list organisations: ${describeFailure(response.status, error)}`);
    for (const o of page.data) all.set(o.odsCode, o);
    if (offset + 1000 >= page.meta.total) return all;
  }
}

async function listRegions(client: ApiClient): Promise<Set<string>> {
  const { data: page, error, response } = await client.GET('/v1/regions', { params: { query: { limit: '1000' } } });
  if (!page) throw new Error(`could not list regions: ${describeFailure(response.status, error)}`);
  return new Set(page.data.map((r) => r.code));
}

/** The service's reason, with each field error's pointer and message. */
function explain(status: number, body: unknown): string {
  const errors = (typeof body === 'object' && body !== null && 'errors' in body && Array.isArray(body.errors) ? body.errors : []) as { pointer: string; message: string }[];
  return [describeFailure(status, body), ...errors.map((e) => `${e.pointer.replace(/^\/body\//, '')}: ${e.message}`)].join('; ');
}

function printLines(title: string, lines: Line[]) {
  if (!lines.length) return;
  console.log(`${title}${lines.length > 50 ? `, first 50 of ${lines.length}` : ''}:`);
  for (const l of lines.slice(0, 50)) console.log(`  line ${l.line}  ${l.odsCode || '?'}  ${l.text}`);
}

/** How many organisations each year expects a return from, before and after the file. */
function printExpectedCounts(before: Organisation[], after: Organisation[], dryRun: boolean) {
  const changes: { year: string; before: number; after: number }[] = [];
  for (let year = FIRST_MONITORED_YEAR; year <= yearOfDate(todayUtc()); year += 1) {
    const count = (orgs: Organisation[]) => orgs.filter((o) => expectedToReport(o, year)).length;
    if (count(before) !== count(after)) changes.push({ year: formatYear(year), before: count(before), after: count(after) });
  }
  if (!changes.length) return console.log('The number of organisations expected to report does not change in any year.');
  console.log(`Organisations expected to report ${dryRun ? 'would change' : 'changed'} (completeness counts them):`);
  console.table(changes);
}

/**
 * Creates or updates organisations from a CSV file, one request each (a few hundred rows), read
 * with the same decoder and CSV parser as the bulk route. Successors are set in a second pass, so
 * a file may name an organisation before it lists it. A dry run sends nothing and says what would change.
 */
export async function importOrganisations(client: ApiClient, file: string, bytes: Buffer, flags: { dryRun: boolean; charset: Charset }): Promise<number> {
  const { rows } = await parseCsvRows(decodeFile(bytes, flags.charset), COLUMNS, REQUIRED);
  const totals = { received: rows.length, created: 0, updated: 0, unchanged: 0, rejected: 0 };
  const rejected: Line[] = [];
  const warnings: Line[] = [];
  const existing = await listOrganisations(client);
  const regions = await listRegions(client);
  const after = new Map(existing);
  const successors: { line: number; odsCode: string; successor: string | null }[] = [];
  const bar = new cliProgress.SingleBar({ format: 'Importing organisations [{bar}] {value}/{total}' }, cliProgress.Presets.shades_classic);
  if (process.stdout.isTTY && !flags.dryRun) bar.start(rows.length * 2, 0);

  for (const row of rows) {
    const v = row.values;
    const odsCode = v.odsCode?.toUpperCase() ?? '';
    const reject = (text: string) => {
      totals.rejected += 1;
      rejected.push({ line: row.line, odsCode, text });
    };
    if (row.problem) {
      reject(row.problem);
      continue;
    }
    const wanted = {
      name: v.name,
      type: v.type,
      regionCode: v.regionCode?.toUpperCase(),
      openedOn: v.openedOn === undefined ? null : isoFromUkDate(v.openedOn),
      closedOn: v.closedOn === undefined ? null : isoFromUkDate(v.closedOn),
    };
    // Checked as POST /v1/organisations checks a body, so a dry run rejects what the real run would.
    const checked = newOrganisation.safeParse({ odsCode, ...wanted });
    if (!checked.success) {
      reject(checked.error.issues.map((issue) => `${issue.path.join('/')}: ${issue.message}`).join('; '));
      continue;
    }
    if (!regions.has(wanted.regionCode ?? '')) {
      reject(`regionCode: there is no region ${wanted.regionCode} (GET /v1/regions lists them)`);
      continue;
    }
    if (wanted.openedOn === null) {
      warnings.push({ line: row.line, odsCode, text: 'no openedOn: it is expected to report for every year up to its closing, past years included' });
    }
    const current = existing.get(odsCode);
    const changes = current ? Object.fromEntries(Object.entries(wanted).filter(([field, value]) => current[field] !== value)) : wanted;
    if (current && !Object.keys(changes).length) totals.unchanged += 1;
    else if (flags.dryRun) totals[current ? 'updated' : 'created'] += 1;
    else {
      const answer = current
        ? await client.PATCH('/v1/organisations/{odsCode}', { params: { path: { odsCode } }, body: changes as Patch })
        : await client.POST('/v1/organisations', { body: { odsCode, ...wanted } as Create });
      if (answer.error !== undefined) {
        reject(explain(answer.response.status, answer.error));
        continue;
      }
      totals[current ? 'updated' : 'created'] += 1;
    }
    after.set(odsCode, { ...(current ?? { successorOdsCode: null }), odsCode, ...wanted } as Organisation);
    successors.push({ line: row.line, odsCode, successor: v.successorOdsCode?.toUpperCase() ?? null });
    if (bar.isActive) bar.increment();
  }
  for (const { line, odsCode, successor } of successors) {
    if (!flags.dryRun && (existing.get(odsCode)?.successorOdsCode ?? null) !== successor) {
      const patched = await client.PATCH('/v1/organisations/{odsCode}', { params: { path: { odsCode } }, body: { successorOdsCode: successor } });
      if (patched.error !== undefined) rejected.push({ line, odsCode, text: `successorOdsCode: ${explain(patched.response.status, patched.error)}` });
    }
    if (bar.isActive) bar.increment();
  }
  if (bar.isActive) bar.stop();
  console.log(`\n${flags.dryRun ? 'Dry run (nothing stored) of' : 'Imported'} ${file} into ${client.url}:`);
  console.log(`${totals.received} rows: ${totals.created} created, ${totals.updated} updated, ${totals.unchanged} unchanged, ${totals.rejected} rejected.`);
  console.table([totals]);
  printLines('Warnings', warnings);
  printExpectedCounts([...existing.values()], [...after.values()], flags.dryRun);
  if (rejected.length) {
    printLines('Rejected rows', rejected);
    return 2;
  }
  console.log(`Next: GET ${client.url}/v1/organisations lists them; import returns with npx staff-ratio import returns.csv`);
  return 0;
}
