import { Decimal } from 'decimal.js';
import { shareByStaff } from './attribution.ts';
import { bandFor, gapToTarget, type Band, type PolicyThresholds } from './ratio.ts';

/*
 * The ratio review's what-if: a year's returns re-banded under other thresholds, with every
 * organisation's staff grown at a rate compounded over some years and its qualified staff held.
 * Pure: no I/O. Nothing here is stored.
 */

const Exact = Decimal.clone({ precision: 60 });

/** (1 + growth)^years, exactly (to 60 significant digits). */
export function growthFactor(staffGrowth: Decimal, yearsAhead: number): Decimal {
  return new Exact(1).plus(staffGrowth).pow(yearsAhead);
}

export type ScenarioReturn = {
  odsCode: string;
  staffWte: Decimal;
  qualifiedWte: Decimal;
  /** A library service's member: its ratio, band and gap are the service's, its gap shared by staff. */
  service: { id: string; qualifiedWte: Decimal; members: { odsCode: string; staffWte: Decimal }[] } | null;
};

/** Staff grown by `factor`, as a return would state it: to 2 places, half up. */
export function grown(staffWte: Decimal, factor: Decimal): Decimal {
  return new Decimal(new Exact(staffWte).times(factor).toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
}

export type ScenarioFigures = {
  odsCode: string;
  /** Grown staff WTE, to 2 places (so that groups add up to the whole). */
  staffWte: Decimal;
  qualifiedWte: Decimal;
  ratio: number | null;
  band: Band;
  /** To 2 places; a member's is its share of the service's. */
  gapWte: Decimal;
};

/**
 * Each return under `policy` with its staff (and a service's members' staff) × `factor`, each
 * grown figure to 2 places as if it had been returned so.
 */
export function reassess(returns: ScenarioReturn[], policy: PolicyThresholds, factor: Decimal): ScenarioFigures[] {
  const serviceGaps = new Map<string, Map<string, Decimal>>();
  const sharesOf = (service: NonNullable<ScenarioReturn['service']>, grownStaff: Decimal) => {
    let shares = serviceGaps.get(service.id);
    if (!shares) {
      // The members in code order, as the service's return shared its figures.
      const members = [...service.members].sort((a, b) => a.odsCode.localeCompare(b.odsCode));
      const gap = gapToTarget(grownStaff, service.qualifiedWte, policy);
      const split = shareByStaff(gap, members.map((m) => m.staffWte));
      shares = new Map(members.map((m, i) => [m.odsCode, split[i]!]));
      serviceGaps.set(service.id, shares);
    }
    return shares;
  };
  return returns.map((r) => {
    const staffWte = grown(r.staffWte, factor);
    if (r.service) {
      const serviceStaff = r.service.members.reduce((sum, m) => sum.plus(grown(m.staffWte, factor)), new Decimal(0));
      const qualified = r.service.qualifiedWte;
      return {
        odsCode: r.odsCode,
        staffWte,
        qualifiedWte: r.qualifiedWte,
        ratio: qualified.isZero() ? null : serviceStaff.div(qualified).toNumber(),
        band: bandFor(serviceStaff, qualified, policy),
        gapWte: sharesOf(r.service, serviceStaff).get(r.odsCode) ?? new Decimal(0),
      };
    }
    return {
      odsCode: r.odsCode,
      staffWte,
      qualifiedWte: r.qualifiedWte,
      ratio: r.qualifiedWte.isZero() ? null : staffWte.div(r.qualifiedWte).toNumber(),
      band: bandFor(staffWte, r.qualifiedWte, policy),
      gapWte: gapToTarget(staffWte, r.qualifiedWte, policy),
    };
  });
}

/** A continuous percentile of ascending values, as PostgreSQL's percentile_cont computes it. */
export function percentileCont(ascending: number[], fraction: number): number | null {
  if (ascending.length === 0) return null;
  const position = fraction * (ascending.length - 1);
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const lower = ascending[below]!;
  return lower + (ascending[above]! - lower) * (position - below);
}
