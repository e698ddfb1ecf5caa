import type { Database } from '../../plugins/database.ts';
import { notFound, tooManyRequests } from '../../errors/problem.ts';
import { formatYear } from '../../domain/years.ts';
import { monitoringService, type GroupBy } from '../monitoring/service.ts';
import { publicationsService, type ServedPublication } from '../publications/service.ts';
import { renderSvg, type Chart } from './render.ts';
import { bandsSpec, groupsSpec, trendSpec, BAND_NAMES, type Thresholds } from './specs.ts';

/*
 * The charts of the published figures: each built from a year's latest publication (or every
 * year's), drawn by one module (specs.ts), rendered to SVG with its title, description and table.
 * Used by the pages, the /v1/charts/*.svg endpoints and the annual report.
 */

/** A chart with its SVG for a page (`svg`) and standalone (`standalone()`, with its table inside). */
export type RenderedChart = Chart & { svg: string; standalone: () => Promise<string> };

const fmt = (ratio: number | null) => (ratio === null ? 'no qualified staff' : `1:${Math.round(ratio).toLocaleString('en-GB')}`);

/**
 * Drawing is CPU work (50 to 200 ms a chart): one chart is drawn at a time in this process, and
 * beyond a few waiting the caller gets 429, so a burst of uncached charts (every organisation's,
 * say) cannot take the CPU from every other request. Kept charts are served without drawing.
 */
export const MAX_WAITING_DRAWS = 8;
let drawing: Promise<unknown> = Promise.resolve();
let waitingDraws = 0;

export function draw(chart: Chart, inline?: boolean): Promise<string> {
  if (waitingDraws >= MAX_WAITING_DRAWS) throw tooManyRequests('Other charts are being drawn; try again in a moment.', 1);
  waitingDraws += 1;
  const svg = drawing.then(() => renderSvg(chart, inline));
  const done = () => {
    waitingDraws -= 1;
  };
  drawing = svg.then(done, done);
  return svg;
}

async function rendered(chart: Chart): Promise<RenderedChart> {
  let standalone: Promise<string> | undefined;
  return {
    ...chart,
    svg: await draw(chart, true),
    // Drawn once, when first asked for, then kept with the chart.
    standalone: () => {
      standalone ??= draw(chart);
      standalone.catch(() => (standalone = undefined));
      return standalone;
    },
  };
}

function thresholdsOf(publication: ServedPublication): Thresholds {
  const policy = publication.document.policy;
  return policy ? { targetRatio: policy.targetRatio, flagThreshold: policy.flagThreshold } : { targetRatio: 1250, flagThreshold: 1730 };
}

/**
 * Drawn charts, kept while the publications they draw are the latest: a chart costs about 0.2 s
 * of CPU, and public pages must not let anyone spend that on every request (the same chart for
 * the same published versions is the same SVG).
 */
class DrawnCharts {
  private readonly kept = new Map<string, Promise<RenderedChart>>();

  get(key: string, draw: () => Promise<RenderedChart>): Promise<RenderedChart> {
    let chart = this.kept.get(key);
    if (!chart) {
      chart = draw();
      chart.catch(() => this.kept.delete(key));
      if (this.kept.size >= 256) this.kept.delete(this.kept.keys().next().value!);
      this.kept.set(key, chart);
    }
    return chart;
  }
}

// One per database (so per app): the chart routes, the pages and the report share one set of drawn charts.
const perDatabase = new WeakMap<Database, ReturnType<typeof createChartsService>>();

export function chartsService(db: Database) {
  let service = perDatabase.get(db);
  if (!service) perDatabase.set(db, (service = createChartsService(db)));
  return service;
}

function createChartsService(db: Database) {
  const publications = publicationsService(db);
  const monitoring = monitoringService(db);
  const drawn = new DrawnCharts();
  /** Which versions are the latest of every year: a chart of published figures changes only with this. */
  const versions = async () => {
    const { items } = await publications.list(null, 0);
    return items.map((p) => `${p.year}:${p.version}`).sort().join(',');
  };

  /** Every published year, oldest first. */
  const publishedYears = async (): Promise<number[]> => {
    const { items } = await publications.list(null, 0);
    return [...new Set(items.map((p) => p.year))].sort((a, b) => a - b);
  };
  const latestYear = async (): Promise<number> => {
    const years = await publishedYears();
    if (years.length === 0) throw notFound('Nothing has been published yet.');
    return years.at(-1)!;
  };

  /** The published pooled ratio year by year for `key` of `groupBy` (null: every group; national: England). */
  const trend = async (groupBy: GroupBy, key: string | null, thresholds: Thresholds): Promise<RenderedChart> =>
    drawn.get(`trend|${groupBy}|${key}|${thresholds.targetRatio}|${thresholds.flagThreshold}|${await versions()}`, () => drawTrend(groupBy, key, thresholds));
  const drawTrend = async (groupBy: GroupBy, key: string | null, thresholds: Thresholds): Promise<RenderedChart> => {
    const { groups: all } = await monitoring.trends(groupBy, null, null, 'published');
    const groups = key === null ? all : all.filter((g) => g.key === key);
    if (groups.length === 0) throw notFound(`No published figures for ${key ?? groupBy}.`);
    const points = groups.flatMap((g) => g.points.map((p) => ({ group: g.name, year: p.year, ratio: p.ratio })));
    const years = [...new Set(points.map((p) => p.year))].sort();
    const name = groups.length === 1 ? groups[0]!.name : `${groupBy === 'region' ? 'Regions' : 'Organisation types'}`;
    const title = `${name}: staff per qualified library and knowledge specialist, ${years[0]} to ${years.at(-1)}`;
    const ends = groups.map((g) => `${g.name} ${fmt(g.points[0]?.ratio ?? null)} in ${g.points[0]?.year} to ${fmt(g.points.at(-1)?.ratio ?? null)} in ${g.points.at(-1)?.year}`);
    const description = `Published pooled ratio each year: ${ends.join('; ')}. The target is 1:${thresholds.targetRatio.toLocaleString('en-GB')}; ` +
      `1:${thresholds.flagThreshold.toLocaleString('en-GB')} or more is flagged.`;
    return rendered({
      title, description, spec: trendSpec(points, thresholds, title, description),
      table: {
        columns: ['Group', 'Year', 'Ratio', 'Staff WTE', 'Qualified WTE', 'Organisations reported'],
        rows: groups.flatMap((g) => g.points.map((p) => [g.name, p.year, fmt(p.ratio), p.staffWte, p.qualifiedWte, p.organisationsReported])),
      },
    });
  };

  /** Regions compared in a year's latest publication. */
  const regions = (publication: ServedPublication): Promise<RenderedChart> =>
    drawn.get(`regions|${publication.year}:${publication.version}`, () => drawRegions(publication));
  const drawRegions = async (publication: ServedPublication): Promise<RenderedChart> => {
    const year = formatYear(publication.year);
    const rows = publication.document.summary.regions;
    const title = `Regions compared, ${year}: staff per qualified specialist`;
    const best = [...rows].filter((r) => r.ratio !== null).sort((a, b) => a.ratio! - b.ratio!);
    const description = best.length ? `Lowest (best) ${best[0]!.name} at ${best[0]!.ratioDisplay}; highest ${best.at(-1)!.name} at ${best.at(-1)!.ratioDisplay}.` : 'No region has figures.';
    return rendered({
      title, description, spec: groupsSpec(rows.map((r) => ({ name: r.name, ratio: r.ratio, band: r.band })), thresholdsOf(publication), title, description),
      table: { columns: ['Region', 'Ratio', 'Band', 'Organisations reported', 'Gap WTE'], rows: rows.map((r) => [r.name, r.ratioDisplay, r.band ? BAND_NAMES[r.band] : null, r.organisationsReported, r.gapWte]) },
    });
  };

  /** How many organisations are in each band in a year's latest publication. */
  const bands = (publication: ServedPublication): Promise<RenderedChart> =>
    drawn.get(`bands|${publication.year}:${publication.version}`, () => drawBands(publication));
  const drawBands = async (publication: ServedPublication): Promise<RenderedChart> => {
    const counts = publication.document.summary.national?.counts ?? { meetsTarget: 0, shortOfTarget: 0, flagged: 0, noQualifiedStaff: 0 };
    const year = formatYear(publication.year);
    const values = [
      { band: 'meets_target' as const, organisations: counts.meetsTarget },
      { band: 'short_of_target' as const, organisations: counts.shortOfTarget },
      { band: 'flagged' as const, organisations: counts.flagged },
    ];
    const title = `Organisations by band, ${year}`;
    const description = `${counts.meetsTarget} meet the target, ${counts.shortOfTarget} are short of it and ${counts.flagged} are flagged (${counts.noQualifiedStaff} of them without qualified staff).`;
    return rendered({ title, description, spec: bandsSpec(values, title, description), table: { columns: ['Band', 'Organisations'], rows: values.map((v) => [BAND_NAMES[v.band], v.organisations]) } });
  };

  /** One organisation's published ratio year by year. */
  const organisationHistory = async (odsCode: string): Promise<{ chart: RenderedChart; entries: { year: string; entry: ServedPublication['document']['organisations'][number] }[] }> => {
    const years = await publishedYears();
    const found: { year: string; entry: ServedPublication['document']['organisations'][number]; publication: ServedPublication }[] = [];
    for (const year of years) {
      const publication = await publications.latest(year);
      const entry = publication.document.organisations.find((o) => o.odsCode === odsCode);
      if (entry) found.push({ year: formatYear(year), entry, publication });
    }
    if (found.length === 0) throw notFound(`${odsCode} has no published figures.`);
    const name = found.at(-1)!.entry.name;
    const title = `${name}: staff per qualified specialist, ${found[0]!.year} to ${found.at(-1)!.year}`;
    const description = `Published ratio each year, from ${found[0]!.entry.ratioDisplay} in ${found[0]!.year} to ${found.at(-1)!.entry.ratioDisplay} in ${found.at(-1)!.year}.`;
    const chart = await drawn.get(`organisation|${odsCode}|${await versions()}`, () => rendered({
      title, description,
      spec: trendSpec(found.map((f) => ({ group: name, year: f.year, ratio: f.entry.ratio })), thresholdsOf(found.at(-1)!.publication), title, description),
      table: { columns: ['Year', 'Ratio', 'Band', 'Staff WTE', 'Qualified WTE', 'Gap WTE'], rows: found.map((f) => [f.year, f.entry.ratioDisplay, f.entry.band ? BAND_NAMES[f.entry.band] : null, f.entry.staffWte, f.entry.qualifiedWte, f.entry.gapWte]) },
    }));
    return { chart, entries: found.map(({ year, entry }) => ({ year, entry })) };
  };

  return { publishedYears, latestYear, latest: publications.latest, list: publications.list, trend, regions, bands, organisationHistory, thresholdsOf };
}
