import { Decimal } from 'decimal.js';
import type { z } from 'zod';
import type pg from 'pg';
import type { Database } from '../../plugins/database.ts';
import { completeness, policyForYear, summaryRows, trendRows, type CompletenessRow, type GroupBy, type PolicyColumns, type SummaryRow, type TrendRow } from './repository.ts';
import { listCurrentReturns, organisationFigures, type OrganisationFigures } from '../returns/service.ts';
import { assess, ratioOf } from '../../domain/ratio.ts';
import { formatYear } from '../../domain/years.ts';
import type { summary, summaryGroup, trendPoint, trends } from './schemas.ts';
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

function groupName(groupBy: GroupBy, key: string, regionName: string | null): string {
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

function buildSummary(
  year: number,
  groupBy: GroupBy,
  rows: SummaryRow[],
  policyRow: PolicyColumns | undefined,
): z.output<typeof summary> {
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

function buildTrends(groupBy: GroupBy, rows: TrendRow[]): z.output<typeof trends> {
  const groups = new Map<string, { key: string; name: string; points: z.output<typeof trendPoint>[] }>();
  for (const row of rows) {
    let group = groups.get(row.key);
    if (!group) {
      group = { key: row.key, name: groupName(groupBy, row.key, row.region_name), points: [] };
      groups.set(row.key, group);
    }
    group.points.push({ year: formatYear(row.year), organisationsReported: row.reported, ...pooledFields(row, policyOf(row)) });
  }
  return { groups: [...groups.values()] };
}

/** The year's aggregates; the policy comes with the group rows (read on its own only when there are none). */
async function summaryFor(pool: pg.Pool, year: number, groupBy: GroupBy): Promise<z.output<typeof summary>> {
  const rows = await summaryRows(pool, year, groupBy);
  return buildSummary(year, groupBy, rows, rows[0] ?? (await policyForYear(pool, year)));
}

type FlaggedFilters = { region?: string | undefined; type?: string | undefined };

/** Flagged organisations, worst first, as organisations' figures (nothing of a return's private part). */
async function flaggedFor(pool: pg.Pool, year: number, filters: FlaggedFilters, limit: number | null, offset: number): Promise<{ items: OrganisationFigures[]; total: number }> {
  const { rows, total } = await listCurrentReturns(pool, { year, ...filters, band: 'flagged', sort: '-ratio' }, limit, offset);
  return { items: rows.map(organisationFigures), total };
}

function completenessFor(pool: pg.Pool, year: number, region: string | null): Promise<CompletenessRow> {
  return completeness(pool, year, region);
}

async function trendsFor(pool: pg.Pool, groupBy: GroupBy, from: number | null, to: number | null): Promise<z.output<typeof trends>> {
  return buildTrends(groupBy, await trendRows(pool, groupBy, from, to));
}

/** The monitoring service of a database: the published aggregates. */
export function monitoringService(db: Database) {
  const { pool } = db;
  return {
    summary: (year: number, groupBy: GroupBy) => summaryFor(pool, year, groupBy),
    flagged: (year: number, filters: FlaggedFilters, limit: number | null, offset: number) => flaggedFor(pool, year, filters, limit, offset),
    completeness: (year: number, region: string | null) => completenessFor(pool, year, region),
    trends: (groupBy: GroupBy, from: number | null, to: number | null) => trendsFor(pool, groupBy, from, to),
  };
}
