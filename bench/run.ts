/* eslint-disable no-console -- a benchmark reports on the terminal */
import { writeFile, mkdtemp, readFile, rm, chmod } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { ensureDatabase } from '../src/db/admin.ts';
import { startEmbeddedDatabase } from '../src/db/embedded.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { loadBenchData, odsCodeOf, type Scale } from './load.ts';
import { startProcess } from './service.ts';
import { checkTargets, markdownReport, type Measurement, type Report } from './report.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, out: { type: 'string' } } });
const quick = values.quick;
const SECONDS = quick ? 3 : 10;
const CONNECTIONS = 50;
const KEY = 'benchmark-admin-key-0123456789-abcdefghijklmnop';
const PAGE = 'docs/performance.md';
const START = '<!-- figures from npm run bench: start -->';
const END = '<!-- figures from npm run bench: end -->';
const scales: Scale[] = [
  { name: 'S', organisations: 220, years: 8, lastYear: 2025 },
  ...(quick ? [] : [{ name: 'L', organisations: 20_000, years: 20, lastYear: 2025 }]),
];

async function load(url: string, name: string, options: Partial<autocannon.Options> = {}, warmUp = true, expectedStatus = 200): Promise<Measurement> {
  const settings = { url, connections: CONNECTIONS, headers: { authorization: `Bearer ${KEY}` }, ...options };
  // An unrecorded second first, so that every scenario (the baselines too) is measured warm.
  if (warmUp) await autocannon({ ...settings, duration: 1 });
  const result = await autocannon({ ...settings, duration: SECONDS });
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    // Answers other than the expected status are errors (a 304 is what a revalidation expects: a
    // 200 there means the tag did not match, and is counted as an error).
    errors: result.errors + result.timeouts + (result.requests.total - (result.statusCodeStats?.[String(expectedStatus) as '200']?.count ?? 0)),
  };
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, Math.round(performance.now() - started)];
}

async function main() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'staff-ratio-bench-'));
  await chmod(dataDir, 0o755);
  console.log(`Starting an embedded PostgreSQL in ${dataDir} …`);
  const database = await startEmbeddedDatabase({ dataDir });
  const report: Report = {
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
    date: new Date().toISOString(),
    quick,
    secondsPerScenario: SECONDS,
    connections: CONNECTIONS,
    baseline: [],
    scales: [],
  };
  try {
    await ensureDatabase(database.adminUrl, 'bench_baseline');
    const baseline = await startProcess('bench/baseline-server.ts', { DATABASE_URL: database.urlFor('bench_baseline') }, '/hello');
    report.baseline.push(await load(`${baseline.url}/hello`, 'bare Fastify hello-world'));
    report.baseline.push(await load(`${baseline.url}/pg`, 'Fastify + one raw pg query'));
    await baseline.stop();

    for (const scale of scales) {
      const name = `bench_${scale.name.toLowerCase()}`;
      await ensureDatabase(database.adminUrl, name);
      const url = database.urlFor(name);
      await applyMigrations(url);
      const pool = new pg.Pool({ connectionString: url, max: 4 });
      const [returns, loadMs] = await timed(() =>
        loadBenchData(pool, scale, (done, total) => process.stdout.write(`\rLoading ${scale.name}: ${done.toLocaleString('en-GB')} / ${total.toLocaleString('en-GB')} returns`)),
      );
      console.log(` (${(loadMs / 1000).toFixed(1)} s)`);

      // The compiled service, as production runs it (`npm run bench` builds it first).
      const service = await startProcess('dist/server.js', {
        DATABASE_URL: url, ADMIN_API_KEY: KEY, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000000', NODE_ENV: 'production',
      }, '/health/ready');
      const year = `${scale.lastYear}-${String((scale.lastYear + 1) % 100).padStart(2, '0')}`;
      const get = (p: string) => fetch(`${service.url}${p}`, { headers: { authorization: `Bearer ${KEY}` } });
      const [, firstSummaryMs] = await timed(() => get(`/v1/monitoring/${year}/summary`).then((r) => r.text()));
      const [published, publishMs] = await timed(async () => {
        const res = await fetch(`${service.url}/v1/publications`, {
          method: 'POST', headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' }, body: JSON.stringify({ year, note: 'Benchmark' }),
        });
        if (res.status !== 201) throw new Error(`publishing answered ${res.status}: ${await res.text()}`);
        return (await res.json()) as { organisations: unknown[] };
      });
      // The analysis answers, each asked for the first time (nothing cached): read to the end.
      const first = async (p: string) => (await timed(async () => {
        const res = await get(p);
        if (res.status !== 200) throw new Error(`${p} answered ${res.status}: ${await res.text()}`);
        return res.text();
      }))[1];
      const firstAnswers = {
        organisationsMs: await first(`/v1/monitoring/${year}/organisations?limit=50`),
        flaggedWorseMs: await first(`/v1/monitoring/${year}/organisations?band=flagged&change=worsening&sort=-change`),
        projectionMs: await first(`/v1/monitoring/projections?groupBy=region&to=${scale.lastYear + 6}-${String((scale.lastYear + 7) % 100).padStart(2, '0')}`),
        scenarioMs: await first(`/v1/monitoring/${year}/scenario?groupBy=region&targetRatio=1500&flagThreshold=2000&staffGrowth=0.03&yearsAhead=5`),
      };
      const latestUrl = `${service.url}/v1/publications/${year}`;
      const latestBytes = (await (await fetch(latestUrl)).arrayBuffer()).byteLength;
      // The tag of the representation the revalidating clients get: uncompressed (fetch would
      // otherwise ask for gzip, whose representation has a tag of its own).
      const latestEtag = (await fetch(latestUrl, { headers: { 'accept-encoding': 'identity' } })).headers.get('etag')!;
      const measurements: Measurement[] = [];
      // Open data: read without a key (no authorization header), as a browser or an HTTP cache would.
      measurements.push(await load(latestUrl, `latest publication, no key (${Math.round(latestBytes / 1024).toLocaleString('en-GB')} KiB)`, { headers: {} }));
      measurements.push(await load(latestUrl, 'latest publication, no key, gzip', { headers: { 'accept-encoding': 'gzip' } }));
      measurements.push(await load(latestUrl, 'latest publication, no key, revalidated (304)', { headers: { 'if-none-match': latestEtag } }, true, 304));
      for (const groupBy of ['national', 'region', 'type']) {
        measurements.push(await load(`${service.url}/v1/monitoring/${year}/summary?groupBy=${groupBy}`, `summary groupBy=${groupBy}`));
      }
      measurements.push(await load(`${service.url}/v1/monitoring/${year}/flagged?limit=50`, 'flagged (50)'));
      measurements.push(await load(`${service.url}/v1/monitoring/${year}/organisations?limit=50`, 'organisations ranked, cached (50)'));
      measurements.push(await load(`${service.url}/v1/monitoring/trends?groupBy=region`, 'trends groupBy=region'));
      measurements.push(await load(`${service.url}/v1/returns?year=${year}&limit=50&sort=-ratio`, 'returns list page (50)'));
      measurements.push(await load(`${service.url}/v1/organisations/${odsCodeOf(7)}/returns/${year}`, 'single return'));

      const before = Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM return_revisions')).rows[0]!.n);
      let counter = 0;
      const put = await load(service.url, 'PUT return (amendment)', {
        requests: [{
          method: 'PUT',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
          setupRequest: (request) => {
            const i = counter++;
            return {
              ...request,
              path: `/v1/organisations/${odsCodeOf(i % scale.organisations)}/returns/${year}`,
              body: JSON.stringify({ staffWte: (20_000 + i / 100).toFixed(2), qualifiedWte: 9 }),
            };
          },
        }],
      }, false);
      const after = Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM return_revisions')).rows[0]!.n);
      put.verifiedWrites = after - before;
      measurements.push(put);

      const bulkRows = Math.min(scale.organisations, 20_000) * (scale.name === 'S' ? 8 : 1);
      const csv = ['odsCode,year,staffWte,qualifiedWte'];
      for (let i = 0; i < bulkRows; i += 1) {
        const y = scale.lastYear - Math.floor(i / scale.organisations);
        csv.push(`${odsCodeOf(i % scale.organisations)},${y}-${String((y + 1) % 100).padStart(2, '0')},${(30_000 + i / 100).toFixed(2)},7.5`);
      }
      const [bulk, bulkMs] = await timed(async () => {
        const res = await fetch(`${service.url}/v1/returns/bulk`, {
          method: 'POST', headers: { authorization: `Bearer ${KEY}`, 'content-type': 'text/csv' }, body: `${csv.join('\n')}\n`,
        });
        return (await res.json()) as { summary: { updated: number; rejected: number } };
      });
      report.scales.push({
        scale: scale.name, organisations: scale.organisations, years: scale.years, returns, loadSeconds: Math.round(loadMs / 100) / 10,
        firstSummaryMs, firstAnswers, publish: { organisations: published.organisations.length, ms: publishMs }, measurements, bulk: { rows: bulkRows, ms: bulkMs, updated: bulk.summary.updated, rejected: bulk.summary.rejected },
        peakRssMb: service.peakRssMb(),
      });
      await service.stop();
      await pool.end();
    }
  } finally {
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  }

  const markdown = markdownReport(report);
  console.log(`\n${markdown}`);
  const verdicts = checkTargets(report);
  for (const line of verdicts) console.log(line);
  if (values.out) {
    await writeFile(values.out, JSON.stringify({ ...report, targets: verdicts }, null, 2));
    console.log(`\nFigures written to ${values.out}`);
  }
  if (!quick) {
    // The figures go between the markers; the hand-written analysis around them is kept.
    const figures = `${START}\n${markdown}\n## Targets\n\n${verdicts.map((v) => `- ${v}`).join('\n')}\n${END}`;
    const page = await readFile(PAGE, 'utf8').catch(() => '');
    const [before, rest] = page.includes(START) && page.includes(END) ? page.split(START) : ['', `${END}\n`];
    await writeFile(PAGE, `${before}${figures}${rest!.split(END)[1]}`);
    console.log(`Table written to ${PAGE}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
