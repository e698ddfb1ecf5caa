import { Decimal } from 'decimal.js';
import type { z } from 'zod';
import type pg from 'pg';
import type { Database } from '../../plugins/database.ts';
import { completeness, policyForYear, summaryRows, trendRows, type CompletenessRow, type GroupBy, type PolicyColumns, type Source, type SummaryRow, type TrendRow } from './repository.ts';
import { latestPublishedSummaries, progressRows, yearStatuses } from './cycle.repository.ts';
import type { Queryable } from '../../db/transaction.ts';
import { listCurrentReturns, organisationFigures, type OrganisationFigures } from '../returns/service.ts';
import { assess, ratioOf } from '../../domain/ratio.ts';
import { formatYear } from '../../domain/years.ts';
import type { progress, publicationStatus, summary, summaryGroup, trendPoint, trends } from './schemas.ts';

export type { GroupBy, Source } from './repository.ts';
export type PublicationStatus = { [K in keyof typeof publicationStatus]: z.output<(typeof publicationStatus)[K]> };
import { wteOut } from '../../http/schemas.ts';

const typeNames: Record<string, string> = {
  acute: 'Acute',
  integrated: 'Integrated care',
  mental_health: 'Mental health',
  community: 'Community',
  ambulance: 'Ambulance',
  specialist: 'Specialist',
  icb: 'Integrated care boards',
  other: 'Other',
};

export function groupName(groupBy: GroupBy, key: string, regionName: string | null): string {
  if (groupBy === 'national') return 'England';
  if (groupBy === 'region') return regionName ?? key;
  return typeNames[key] ?? key;
}

function policyOf(row: PolicyColumns | undefined) {
  if (!row || row.policy_effective_from === null) return null;
  return { effectiveFrom: formatYear(row.policy_effective_from), flagThreshold: row.flag_threshold!, targetRatio: row.target_ratio! };
}

type Pooled = Pick<SummaryRow, 'staff_wte' | 'qualified_wte' | 'gap_wte' | 'meets_target' | 'short_of_target' | 'flagged' | 'no_qualified_staff'>;

/** Pooled ratio and its band under the year's policy, summed gaps and band counts. */
function pooledFields(row: Pooled, policy: ReturnType<typeof policyOf>) {
  const staff = new Decimal(row.staff_wte);
  const qualified = new Decimal(row.qualified_wte);
  const hasReturns = staff.gt(0);
  const assessment = assess(hasReturns ? staff : new Decimal(0), qualified, policy);
  return {
    staffWte: wteOut(row.staff_wte)!,
    qualifiedWte: wteOut(row.qualified_wte)!,
    ratio: assessment.ratio,
    ratioDisplay: hasReturns ? assessment.ratioDisplay : 'no returns',
    band: hasReturns ? assessment.band : null,
    flagged: hasReturns && assessment.flagged,
    gapWte: policy && hasReturns ? wteOut(row.gap_wte ?? '0') : null,
    counts: {
      meetsTarget: row.meets_target,
      shortOfTarget: row.short_of_target,
      flagged: row.flagged,
      noQualifiedStaff: row.no_qualified_staff,
    },
  };
}

type SummaryCore = Omit<z.output<typeof summary>, keyof PublicationStatus>;
type TrendPoint = z.output<typeof trendPoint>;
type TrendGroups = z.output<typeof trends>['groups'];

function buildSummary(
  year: number,
  groupBy: GroupBy,
  rows: SummaryRow[],
  policyRow: PolicyColumns | undefined,
): SummaryCore {
  const policy = policyOf(policyRow);
  const groups: z.output<typeof summaryGroup>[] = rows.map((row) => ({
    key: row.key,
    name: groupName(groupBy, row.key, row.region_name),
    organisationsExpected: row.expected,
    organisationsReported: row.reported,
    ...pooledFields(row, policy),
    distribution: { min: row.min, p25: row.p25, median: row.median, p75: row.p75, max: row.max },
    previousYear: {
      ratio:
        row.previous_staff_wte === null
          ? null
          : ratioOf(new Decimal(row.previous_staff_wte), new Decimal(row.previous_qualified_wte!)),
    },
  }));
  return { year: formatYear(year), policy, groups };
}

function buildTrends(groupBy: GroupBy, rows: TrendRow[], statuses: Map<number, PublicationStatus>): TrendGroups {
  const groups = new Map<string, { key: string; name: string; points: TrendPoint[] }>();
  for (const row of rows) {
    let group = groups.get(row.key);
    if (!group) {
      group = { key: row.key, name: groupName(groupBy, row.key, row.region_name), points: [] };
      groups.set(row.key, group);
    }
    group.points.push({ year: formatYear(row.year), organisationsReported: row.reported, ...pooledFields(row, policyOf(row)), ...statuses.get(row.year)! });
  }
  return [...groups.values()];
}

/** Each year's status against its latest publication (see the annual_cycle migration's year_changes). */
async function statusesOf(db: Queryable, years: number[]): Promise<Map<number, PublicationStatus>> {
  const rows = await yearStatuses(db, years);
  return new Map(rows.map((row) => [row.year, {
    status: row.version === null ? 'provisional' : row.changes === row.changes_seen ? 'published' : 'revised',
    asAt: row.last_change_at?.toISOString() ?? null,
    publication: row.version === null ? null : `/v1/publications/${formatYear(row.year)}/versions/${row.version}`,
  }]));
}

async function statusOf(db: Queryable, year: number): Promise<PublicationStatus> {
  return (await statusesOf(db, [year])).get(year)!;
}

/**
 * A year's aggregates from `source` (live, or exactly the given revisions); the policy comes with
 * the group rows (read on its own only when there are none).
 */
export async function summaryFrom(db: Queryable, year: number, groupBy: GroupBy, source: Source): Promise<SummaryCore> {
  const rows = await summaryRows(db, year, groupBy, source);
  return buildSummary(year, groupBy, rows, rows[0] ?? (await policyForYear(db, year)));
}

async function summaryFor(pool: pg.Pool, year: number, groupBy: GroupBy): Promise<z.output<typeof summary>> {
  const [core, status] = await Promise.all([summaryFrom(pool, year, groupBy, { kind: 'live' }), statusOf(pool, year)]);
  return { ...core, ...status };
}

type FlaggedFilters = { region?: string | undefined; type?: string | undefined };

/** Flagged organisations, worst first, as organisations' figures (nothing of a return's private part). */
async function flaggedFor(pool: pg.Pool, year: number, filters: FlaggedFilters, limit: number | null, offset: number): Promise<{ items: OrganisationFigures[]; total: number }> {
  const { rows, total } = await listCurrentReturns(pool, { year, ...filters, band: 'flagged', sort: '-ratio' }, limit, offset);
  return { items: rows.map(organisationFigures), total };
}

/** Worst first, as the flagged list sorts: no qualified staff, then the highest ratio, then by code. */
export function worstFirst(a: OrganisationFigures, b: OrganisationFigures): number {
  if (a.ratio === null || b.ratio === null) return a.ratio === b.ratio ? a.odsCode.localeCompare(b.odsCode) : a.ratio === null ? -1 : 1;
  return b.ratio - a.ratio || a.odsCode.localeCompare(b.odsCode);
}

/** Completeness counting as reported exactly the organisations these revisions belong to. */
export function completenessFrom(db: Queryable, year: number, revisionIds: string[]): Promise<CompletenessRow> {
  return completeness(db, year, null, revisionIds);
}

async function completenessFor(pool: pg.Pool, year: number, region: string | null): Promise<CompletenessRow & PublicationStatus> {
  const [row, status] = await Promise.all([completeness(pool, year, region), statusOf(pool, year)]);
  return { ...row, ...status };
}

async function liveTrends(pool: pg.Pool, groupBy: GroupBy, from: number | null, to: number | null): Promise<z.output<typeof trends>> {
  const rows = await trendRows(pool, groupBy, from, to);
  const statuses = await statusesOf(pool, [...new Set(rows.map((row) => row.year))]);
  return { basis: 'live', groups: buildTrends(groupBy, rows, statuses) };
}

const PUBLISHED_GROUPS: Record<GroupBy, 'national' | 'regions' | 'types'> = { national: 'national', region: 'regions', type: 'types' };

/** Each year's point from its latest publication, exactly as published (years never published are left out). */
async function publishedTrends(pool: pg.Pool, groupBy: GroupBy, from: number | null, to: number | null): Promise<z.output<typeof trends>> {
  const published = await latestPublishedSummaries(pool, from, to);
  const statuses = await statusesOf(pool, published.map((p) => p.year));
  const groups = new Map<string, { key: string; name: string; points: TrendPoint[] }>();
  for (const { year, published_at: publishedAt, summary: frozen } of published) {
    const member = frozen[PUBLISHED_GROUPS[groupBy]];
    for (const group of (Array.isArray(member) ? member : [member]) as z.output<typeof summaryGroup>[]) {
      let line = groups.get(group.key);
      if (!line) groups.set(group.key, (line = { key: group.key, name: group.name, points: [] }));
      const { key: _key, name: _name, organisationsExpected: _expected, distribution: _distribution, previousYear: _previous, ...point } = group;
      line.points.push({ ...point, year: formatYear(year), ...statuses.get(year)!, asAt: publishedAt.toISOString() });
    }
  }
  return { basis: 'published', groups: [...groups.values()].sort((a, b) => a.key.localeCompare(b.key)) };
}

async function progressFor(pool: pg.Pool, year: number, region: string | null): Promise<z.output<typeof progress>> {
  const rows = await progressRows(pool, year);
  const sum = (field: 'expected' | 'reported' | 'approved') => rows.reduce((total, row) => total + row[field], 0);
  return {
    year: formatYear(year),
    national: { expected: sum('expected'), reported: sum('reported'), approved: sum('approved') },
    regions: rows
      .filter((row) => (region === null ? row.expected > 0 || row.reported > 0 : row.region_code === region))
      .map((row) => ({ regionCode: row.region_code, name: row.name, expected: row.expected, reported: row.reported, approved: row.approved, missing: row.missing })),
  };
}

/** The monitoring service of a database: the published aggregates. */
export function monitoringService(db: Database) {
  const { pool } = db;
  return {
    summary: (year: number, groupBy: GroupBy) => summaryFor(pool, year, groupBy),
    flagged: (year: number, filters: FlaggedFilters, limit: number | null, offset: number) => flaggedFor(pool, year, filters, limit, offset),
    completeness: (year: number, region: string | null) => completenessFor(pool, year, region),
    trends: (groupBy: GroupBy, from: number | null, to: number | null, basis: 'live' | 'published') =>
      (basis === 'live' ? liveTrends : publishedTrends)(pool, groupBy, from, to),
    status: (year: number) => statusOf(pool, year),
    progress: (year: number, region: string | null) => progressFor(pool, year, region),
  };
}
