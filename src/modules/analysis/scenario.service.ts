import { Decimal } from 'decimal.js';
import type { z } from 'zod';
import type pg from 'pg';
import { unprocessable } from '../../errors/problem.ts';
import { assess, type PolicyThresholds } from '../../domain/ratio.ts';
import { formatYear } from '../../domain/years.ts';
import { growthFactor, percentileCont, reassess, type ScenarioFigures, type ScenarioReturn } from '../../domain/scenario.ts';
import { wteOut } from '../../http/schemas.ts';
import type { GroupBy } from '../monitoring/service.ts';
import type { summary } from '../monitoring/schemas.ts';
import { scenarioRows, type PolicyRow, type ScenarioRow } from './repository.ts';
import { policyIn } from './projections.service.ts';
import type { scenario } from './schemas.ts';

export type ScenarioParams = {
  targetRatio: number | undefined;
  flagThreshold: number | undefined;
  staffGrowth: string | undefined;
  yearsAhead: number | undefined;
};

type Group = z.output<typeof summary>['groups'][number];

function thresholds(year: number, params: ScenarioParams, inForce: PolicyThresholds | null): PolicyThresholds {
  const targetRatio = params.targetRatio ?? inForce?.targetRatio;
  const flagThreshold = params.flagThreshold ?? inForce?.flagThreshold;
  if (targetRatio === undefined || flagThreshold === undefined) {
    throw unprocessable(`No policy covers ${formatYear(year)}: give both targetRatio and flagThreshold.`, [
      ...(targetRatio === undefined ? [{ pointer: '/query/targetRatio', message: 'is required: no policy covers the year' }] : []),
      ...(flagThreshold === undefined ? [{ pointer: '/query/flagThreshold', message: 'is required: no policy covers the year' }] : []),
    ]);
  }
  if (targetRatio > flagThreshold) {
    throw unprocessable(`targetRatio (${targetRatio}) must not be above flagThreshold (${flagThreshold}).`, [
      { pointer: '/query/targetRatio', message: 'must not be above flagThreshold' },
    ]);
  }
  if ((params.staffGrowth === undefined) !== (params.yearsAhead === undefined)) {
    const missing = params.staffGrowth === undefined ? 'staffGrowth' : 'yearsAhead';
    throw unprocessable('staffGrowth and yearsAhead go together: give both, or neither.', [{ pointer: `/query/${missing}`, message: 'is required with the other' }]);
  }
  return { targetRatio, flagThreshold };
}

function asReturn(row: ScenarioRow): ScenarioReturn {
  return {
    odsCode: row.ods_code,
    staffWte: new Decimal(row.staff_wte),
    qualifiedWte: new Decimal(row.qualified_wte),
    service: row.service_revision_id === null ? null : {
      id: row.service_revision_id,
      qualifiedWte: new Decimal(row.service_qualified_wte!),
      members: row.service_members!.map((m) => ({ odsCode: m.odsCode, staffWte: new Decimal(m.staffWte) })),
    },
  };
}

/** A summary group with its returns' figures replaced by the scenario's (expected and previousYear kept). */
function regrouped(group: Group, figures: ScenarioFigures[], policy: PolicyThresholds): Group {
  const staff = figures.reduce((sum, f) => sum.plus(f.staffWte), new Decimal(0));
  const qualified = figures.reduce((sum, f) => sum.plus(f.qualifiedWte), new Decimal(0));
  const gap = figures.reduce((sum, f) => sum.plus(f.gapWte), new Decimal(0));
  const pooled = assess(staff, qualified, policy);
  const hasReturns = figures.length > 0;
  const ratios = figures.flatMap((f) => (f.ratio === null ? [] : [f.ratio])).sort((a, b) => a - b);
  const count = (band: ScenarioFigures['band']) => figures.filter((f) => f.band === band).length;
  return {
    ...group,
    organisationsReported: figures.length,
    staffWte: wteOut(staff)!,
    qualifiedWte: wteOut(qualified)!,
    ratio: pooled.ratio,
    ratioDisplay: hasReturns ? pooled.ratioDisplay : 'no returns',
    band: hasReturns ? pooled.band : null,
    flagged: hasReturns && pooled.flagged,
    gapWte: hasReturns ? gap.toNumber() : null,
    counts: {
      meetsTarget: count('meets_target'),
      shortOfTarget: count('short_of_target'),
      flagged: count('flagged'),
      noQualifiedStaff: figures.filter((f) => f.qualifiedWte.isZero()).length,
    },
    distribution: {
      min: ratios[0] ?? null,
      p25: percentileCont(ratios, 0.25),
      median: percentileCont(ratios, 0.5),
      p75: percentileCont(ratios, 0.75),
      max: ratios.at(-1) ?? null,
    },
  };
}

const GROUP_OF: Record<GroupBy, (row: ScenarioRow) => string> = {
  national: () => 'national',
  region: (row) => row.region_code,
  type: (row) => row.type,
};

/**
 * The year's current returns re-banded under the scenario's thresholds, staff grown: computed in
 * memory from one read, stored nowhere. `actual` is the year's live summary, whose groups, expected
 * counts, previous year and status the answer keeps.
 */
export async function scenarioFor(
  pool: pg.Pool,
  year: number,
  groupBy: GroupBy,
  params: ScenarioParams,
  policies: PolicyRow[],
  actual: z.output<typeof summary>,
): Promise<z.output<typeof scenario>> {
  const policy = thresholds(year, params, policyIn(policies, year));
  const staffGrowth = new Decimal(params.staffGrowth ?? 0);
  const yearsAhead = params.yearsAhead ?? 0;
  const factor = growthFactor(staffGrowth, yearsAhead);
  const rows = await scenarioRows(pool, year);
  const figures = reassess(rows.map(asReturn), policy, factor);
  const byGroup = new Map<string, ScenarioFigures[]>();
  rows.forEach((row, i) => {
    const key = GROUP_OF[groupBy](row);
    const group = byGroup.get(key);
    if (group) group.push(figures[i]!);
    else byGroup.set(key, [figures[i]!]);
  });
  const { status, asAt, publication } = actual;
  return {
    year: formatYear(year),
    policy,
    inForce: actual.policy,
    staffGrowth: staffGrowth.toNumber(),
    yearsAhead,
    growthFactor: factor.toNumber(),
    groups: actual.groups.map((group) => regrouped(group, byGroup.get(group.key) ?? [], policy)),
    status,
    asAt,
    publication,
  };
}
