/** The benchmark's figures, its table, and the targets checked against them. */

export type Measurement = {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  verifiedWrites?: number;
};

export type ScaleReport = {
  scale: string;
  organisations: number;
  years: number;
  returns: number;
  loadSeconds: number;
  firstSummaryMs: number;
  /** The analysis answers, each the first time it is asked (computed, not cached). */
  firstAnswers: { organisationsMs: number; flaggedWorseMs: number; projectionMs: number; scenarioMs: number };
  /** POST /v1/publications of the latest year: organisations included, and how long it took. */
  publish: { organisations: number; ms: number };
  measurements: Measurement[];
  bulk: { rows: number; ms: number; updated: number; rejected: number };
  peakRssMb: number;
};

export type Report = {
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string };
  date: string;
  quick: boolean;
  secondsPerScenario: number;
  connections: number;
  baseline: Measurement[];
  scales: ScaleReport[];
};

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

export function markdownReport(report: Report): string {
  const bare = report.baseline[0]!.requestsPerSecond;
  const lines = [
    '# Performance',
    '',
    `Measured by \`npm run bench\` on ${report.date.slice(0, 10)}: ${report.machine.cpus} × ${report.machine.cpuModel}, ` +
      `${report.machine.memoryGb} GiB, Node ${report.machine.node}; the service, its embedded PostgreSQL 18 and autocannon ` +
      `(${report.connections} connections, ${report.secondsPerScenario} s a scenario) all on this one machine, over loopback.`,
    '',
    row(['scale', 'scenario', 'requests/s', '% of bare Fastify', 'p50 ms', 'p99 ms', 'errors']),
    row(['---', '---', '---:', '---:', '---:', '---:', '---:']),
    ...report.baseline.map((m) => row(['-', m.name, m.requestsPerSecond, `${Math.round((m.requestsPerSecond / bare) * 100)}%`, m.p50Ms, m.p99Ms, m.errors])),
  ];
  for (const s of report.scales) {
    for (const m of s.measurements) {
      const writes = m.verifiedWrites === undefined ? '' : ` (${m.verifiedWrites} new revisions verified)`;
      lines.push(row([s.scale, `${m.name}${writes}`, m.requestsPerSecond, `${((m.requestsPerSecond / bare) * 100).toFixed(1)}%`, m.p50Ms, m.p99Ms, m.errors]));
    }
  }
  lines.push('', row(['scale', 'organisations × years', 'returns', 'load s', 'first summary ms', 'publish ms (organisations)', 'bulk rows', 'bulk ms', 'peak RSS MB']));
  lines.push(row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const s of report.scales) {
    lines.push(row([s.scale, `${s.organisations.toLocaleString('en-GB')} × ${s.years}`, s.returns.toLocaleString('en-GB'), s.loadSeconds, s.firstSummaryMs,
      `${s.publish.ms} (${s.publish.organisations.toLocaleString('en-GB')})`, s.bulk.rows.toLocaleString('en-GB'), s.bulk.ms, s.peakRssMb]));
  }
  lines.push('', row(['scale', 'first organisations ms (page of 50)', 'first flagged-and-worse ms', 'first projection ms (by region)', 'first scenario ms (by region)']));
  lines.push(row(['---', '---:', '---:', '---:', '---:']));
  for (const s of report.scales) {
    const f = s.firstAnswers;
    lines.push(row([s.scale, f.organisationsMs, f.flaggedWorseMs, f.projectionMs, f.scenarioMs]));
  }
  return lines.join('\n');
}

/** The targets of the performance issue, as ratios within this one run. */
export function checkTargets(report: Report): string[] {
  const bare = report.baseline[0]!.requestsPerSecond;
  const verdicts: string[] = [];
  const check = (ok: boolean, text: string) => verdicts.push(`${ok ? 'PASS' : 'MISS'} ${text}`);
  for (const s of report.scales) {
    const find = (prefix: string) => s.measurements.filter((m) => m.name.startsWith(prefix));
    for (const m of find('summary')) {
      const share = m.requestsPerSecond / bare;
      check(share >= 0.5 && m.p99Ms <= 25, `${s.scale} ${m.name}: ${(share * 100).toFixed(0)}% of bare Fastify (>= 50%), p99 ${m.p99Ms} ms (<= 25)`);
    }
    const latest = find('latest publication, no key (')[0]!;
    check(latest.requestsPerSecond / bare >= 0.6, `${s.scale} ${latest.name}: ${((latest.requestsPerSecond / bare) * 100).toFixed(0)}% of bare Fastify (>= 60%)`);
    const revalidated = find('latest publication, no key, revalidated')[0]!;
    check(revalidated.requestsPerSecond / bare >= 0.6, `${s.scale} ${revalidated.name}: ${((revalidated.requestsPerSecond / bare) * 100).toFixed(0)}% of bare Fastify (>= 60%)`);
    const list = find('returns list')[0]!;
    check(list.requestsPerSecond / bare >= 0.2, `${s.scale} returns list page: ${((list.requestsPerSecond / bare) * 100).toFixed(0)}% of bare Fastify (>= 20%)`);
    const put = find('PUT')[0]!;
    check(put.requestsPerSecond / bare >= 0.04 && put.errors === 0, `${s.scale} PUT: ${((put.requestsPerSecond / bare) * 100).toFixed(1)}% of bare Fastify (>= 4%), ${put.requestsPerSecond}/s, ${put.errors} errors`);
    const ranked = find('organisations ranked, cached')[0]!;
    check(ranked.requestsPerSecond / bare >= 0.4, `${s.scale} ${ranked.name}: ${((ranked.requestsPerSecond / bare) * 100).toFixed(0)}% of bare Fastify (>= 40%)`);
    const all = s.measurements.reduce((n, m) => n + m.errors, 0);
    check(all === 0, `${s.scale} no errors in any scenario (${all})`);
    if (s.scale === 'L') {
      check(s.firstSummaryMs <= 250, `L first, uncached summary ${s.firstSummaryMs} ms (<= 250)`);
      check(s.bulk.ms <= 5000 && s.bulk.rejected === 0, `L ${s.bulk.rows}-row bulk import ${s.bulk.ms} ms (<= 5,000), ${s.bulk.rejected} rejected`);
      check(s.peakRssMb <= 300, `L peak RSS ${s.peakRssMb} MB (<= 300)`);
      check(s.firstAnswers.organisationsMs <= 300, `L first, uncached organisations view ${s.firstAnswers.organisationsMs} ms (<= 300)`);
      check(s.firstAnswers.projectionMs <= 300, `L first, uncached projection ${s.firstAnswers.projectionMs} ms (<= 300)`);
      check(s.publish.ms <= 2000, `L publishing a year of ${s.publish.organisations.toLocaleString('en-GB')} organisations ${s.publish.ms} ms (<= 2,000)`);
    }
  }
  return verdicts;
}
