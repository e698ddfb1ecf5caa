import type { Database } from '../../plugins/database.ts';
import { formatYear } from '../../domain/years.ts';
import { chartsService } from '../charts/service.ts';
import { libraryServicesService } from '../library-services/service.ts';

/*
 * What the public pages show: the published figures only (each year's latest version), never a
 * live or unapproved figure, so the pages need no key.
 */

/** A table's downloads, CSV and XLSX, from an API path that answers both (`?format=`). */
const downloads = (path: string, label: string, query: Record<string, string> = {}) => (['csv', 'xlsx'] as const).map((format) => {
  const chart = path.startsWith('/v1/charts/');
  const search = new URLSearchParams(chart ? query : { ...query, format }).toString();
  return { href: `${chart ? `${path}.${format}` : path}${search ? `?${search}` : ''}`, text: `${label} (${format.toUpperCase()})` };
});

const published = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function pagesService(db: Database) {
  const charts = chartsService(db);
  const services = libraryServicesService(db);

  const yearPage = async (year: number) => {
    const publication = await charts.latest(year);
    const { document } = publication;
    const y = formatYear(year);
    const [trend, regions, bands] = await Promise.all([
      charts.trend('national', 'national', charts.thresholdsOf(publication)),
      charts.regions(publication),
      charts.bands(publication),
    ]);
    const base = `/v1/publications/${y}/versions/${publication.version}/organisations`;
    const ofYear = { year: y };
    return {
      title: `Library and knowledge staff ratio, ${y}`,
      year: y,
      version: publication.version,
      publishedAt: published(publication.publishedAt),
      policy: document.policy ?? { targetRatio: 1250, flagThreshold: 1730 },
      national: document.summary.national,
      completeness: document.completeness,
      regions: document.summary.regions,
      flagged: document.flagged,
      charts: {
        trend: { ...trend, downloads: downloads('/v1/charts/trend', 'national ratio by year', { groupBy: 'national' }) },
        regions: { ...regions, downloads: downloads('/v1/charts/regions', `regions, ${y}`, ofYear) },
        bands: { ...bands, downloads: downloads('/v1/charts/distribution', `organisations by band, ${y}`, ofYear) },
      },
      downloadLinks: {
        regions: downloads('/v1/charts/regions', `regions, ${y}`, ofYear),
        flagged: downloads(base, `flagged organisations, ${y}`, { band: 'flagged' }),
        all: downloads(base, `every organisation, ${y}`),
      },
    };
  };

  /** The annual report of a year's latest version: headline figures, charts, tables, definitions and method. */
  const reportPage = async (year: number) => {
    const publication = await charts.latest(year);
    const { document } = publication;
    const y = formatYear(year);
    const thresholds = charts.thresholdsOf(publication);
    const chartList = await Promise.all([
      charts.trend('national', 'national', thresholds),
      charts.trend('region', null, thresholds),
      charts.regions(publication),
      charts.bands(publication),
    ]);
    return {
      title: `Library and knowledge staff ratio: annual monitoring report ${y}`,
      year: y,
      version: publication.version,
      publishedAt: published(publication.publishedAt),
      note: document.note,
      policy: document.policy ?? { targetRatio: 1250, flagThreshold: 1730 },
      national: document.summary.national,
      completeness: document.completeness,
      regions: document.summary.regions,
      flagged: document.flagged,
      charts: chartList,
      dataUrl: `/v1/publications/${y}/versions/${publication.version}`,
    };
  };

  return {
    reportPage,
    latestYear: charts.latestYear,
    yearPage,
    years: async () => {
      const { items } = await charts.list(null, 0);
      const latest = new Map<number, (typeof items)[number]>();
      for (const item of items) if (!latest.has(item.year) || latest.get(item.year)!.version < item.version) latest.set(item.year, item);
      return [...latest.values()].sort((a, b) => b.year - a.year)
        .map((p) => ({ year: formatYear(p.year), version: p.version, publishedAt: published(p.published_at.toISOString()), note: p.note }));
    },
    regionPage: async (code: string) => {
      const year = await charts.latestYear();
      const publication = await charts.latest(year);
      const region = publication.document.summary.regions.find((r) => r.key === code);
      if (!region) return null;
      return {
        title: `${region.name}: library and knowledge staff ratio`,
        year: formatYear(year),
        region,
        organisations: publication.document.organisations.filter((o) => o.regionCode === code).sort((a, b) => (a.ratio ?? Infinity) - (b.ratio ?? Infinity)),
        charts: { trend: { ...await charts.trend('region', code, charts.thresholdsOf(publication)), downloads: downloads('/v1/charts/trend', `${region.name}'s ratio by year`, { groupBy: 'region', key: code }) } },
        downloadLinks: downloads(`/v1/publications/${formatYear(year)}/versions/${publication.version}/organisations`, `organisations in ${region.name}, ${formatYear(year)}`, { region: code }),
        crumbs: [{ href: '/', text: 'Latest figures' }],
      };
    },
    organisationPage: async (odsCode: string) => {
      const history = await charts.organisationHistory(odsCode).catch(() => null);
      if (!history) return null;
      const latest = history.entries.at(-1)!;
      const { items } = await services.list(null, 0);
      const memberships = items.flatMap((s) => s.members.filter((m) => m.odsCode === odsCode).map((m) => ({
        code: s.code, name: s.name, hostOdsCode: s.host_ods_code, fromYear: formatYear(m.fromYear), toYear: m.toYear === null ? null : formatYear(m.toYear),
      })));
      const year = await charts.latestYear();
      const region = (await charts.latest(year)).document.summary.regions.find((r) => r.key === latest.entry.regionCode);
      return {
        title: latest.entry.name,
        organisation: { odsCode, regionName: region?.name ?? latest.entry.regionCode },
        latest: { year: latest.year, ...latest.entry },
        services: memberships,
        charts: { history: { ...history.chart, downloads: downloads('/v1/charts/organisation', `${latest.entry.name}'s published figures by year`, { odsCode }) } },
        crumbs: [{ href: '/', text: 'Latest figures' }, ...(region ? [{ href: `/regions/${region.key}`, text: region.name }] : [])],
      };
    },
  };
}
