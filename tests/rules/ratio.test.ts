import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, bandFor, formatRatio, gapToTarget, NO_QUALIFIED_STAFF, ratioOf, relativeChange, type Band } from '../../src/domain/ratio.ts';

const policy = { flagThreshold: 1730, targetRatio: 1250 };
const d = (value: string | number) => new Decimal(value);

describe('the ratio is staff per one qualified specialist', () => {
  it('divides staff WTE by qualified WTE without rounding', () => {
    expect(assess(d('17300.5'), d('10'), policy).ratio).toBe(1730.05);
    expect(assess(d('1000'), d('3'), policy).ratio).toBeCloseTo(333.3333333333, 9);
  });

  it('is null, displayed as "no qualified staff", and flagged when there are no qualified staff', () => {
    const a = assess(d('500'), d('0'), policy);
    expect(a).toMatchObject({ ratio: null, ratioDisplay: 'no qualified staff', band: 'flagged', flagged: true });
    expect(a.gapWte!.toFixed(2)).toBe('0.40');
  });
});

describe('bands at and around every boundary', () => {
  const cases: [string, string, Band][] = [
    ['1250', '1', 'meets_target'], // exactly the target
    ['1249.99', '1', 'meets_target'], // a hair below the target
    ['1250.01', '1', 'short_of_target'], // a hair above the target
    ['1729.99', '1', 'short_of_target'], // a hair below the flag threshold
    ['1730', '1', 'flagged'], // exactly the threshold
    ['1730.01', '1', 'flagged'], // a hair above
    ['17300', '10', 'flagged'], // exactly the threshold, scaled
    ['17299.99', '10', 'short_of_target'], // 1:1,729.999 is not flagged though it displays as 1:1,730
    ['12500.01', '10', 'short_of_target'], // 1:1,250.001 misses the target though it displays as 1:1,250
    ['12500', '10', 'meets_target'],
    ['0.01', '0.01', 'meets_target'],
    ['1', '0', 'flagged'], // no qualified staff
  ];
  it.each(cases)('staff %s / qualified %s is %s', (staff, qualified, band) => {
    expect(bandFor(d(staff), d(qualified), policy)).toBe(band);
    expect(assess(d(staff), d(qualified), policy).flagged).toBe(band === 'flagged');
  });

  it('compares the exact ratio, not the rounded display', () => {
    const nearly = assess(d('17299.99'), d('10'), policy);
    expect(nearly.ratioDisplay).toBe('1:1,730');
    expect(nearly.band).toBe('short_of_target');
  });

  it('gives no band, gap or flag when no policy covers the year, but still a ratio', () => {
    expect(assess(d('2000'), d('1'), null)).toMatchObject({ ratio: 2000, ratioDisplay: '1:2,000', band: null, flagged: false, gapWte: null });
  });
});

describe('the display', () => {
  it.each([
    ['1730', '1', '1:1,730'],
    ['1729.5', '1', '1:1,730'], // half rounds up
    ['1729.49', '1', '1:1,729'],
    ['999.4', '1', '1:999'],
    ['1234567', '1', '1:1,234,567'],
    ['1', '2', '1:1'], // 0.5 rounds up to 1
  ])('shows %s / %s as %s', (staff, qualified, display) => {
    expect(formatRatio(d(staff), d(qualified))).toBe(display);
  });
});

describe('the gap to the target', () => {
  it('is the qualified WTE still needed, to 2 decimal places', () => {
    expect(gapToTarget(d('17300.5'), d('10'), policy).toFixed(2)).toBe('3.84'); // 13.8404 - 10
    expect(gapToTarget(d('2500'), d('1'), policy).toFixed(2)).toBe('1.00');
    expect(gapToTarget(d('1250'), d('1'), policy).toFixed(2)).toBe('0.00');
    expect(gapToTarget(d('1000'), d('5'), policy).toFixed(2)).toBe('0.00'); // a surplus is no negative gap
  });

  it('rounds a third decimal of 5 up, whether the second decimal is even or odd', () => {
    // 12506.25 / 1250 = 10.005 and 12518.75 / 1250 = 10.015: half-even would give 10.00 and 10.02.
    expect(gapToTarget(d('12506.25'), d('0'), policy).toFixed(2)).toBe('10.01');
    expect(gapToTarget(d('12518.75'), d('0'), policy).toFixed(2)).toBe('10.02');
    expect(gapToTarget(d('12506.25'), d('5'), policy).toFixed(2)).toBe('5.01');
    // 1256.25 / 1250 = 1.005, less 1 qualified: 0.005 is a gap, rounded up to 0.01, not down to 0.
    expect(gapToTarget(d('1256.25'), d('1'), policy).toFixed(2)).toBe('0.01');
  });
});

describe('the ratio as a number and its change', () => {
  it('is staff over qualified, or null with no qualified staff', () => {
    expect(ratioOf(d('2501.25'), d('1'))).toBe(2501.25);
    expect(ratioOf(d('100'), d('0'))).toBeNull();
    expect(formatRatio(d('100'), d('0'))).toBe(NO_QUALIFIED_STAFF);
    expect(NO_QUALIFIED_STAFF).toBe('no qualified staff');
  });

  it('changes by the absolute difference over the previous ratio', () => {
    expect(relativeChange(1000, 1600)).toBe(0.6);
    expect(relativeChange(1000, 400)).toBe(0.6);
    expect(relativeChange(1000, 1000)).toBe(0);
  });

  it('has no change when either ratio is missing or the previous one is zero', () => {
    expect(relativeChange(null, 1000)).toBeNull();
    expect(relativeChange(1000, null)).toBeNull();
    expect(relativeChange(0, 1000)).toBeNull();
  });
});

// Property tests over WTE values as they arrive: up to 2 decimal places, within the API's bounds.
const hundredths = (min: number, max: number) => fc.integer({ min, max }).map((n) => new Decimal(n).div(100));
const staffWte = hundredths(1, 100_000_000);
const qualifiedWte = hundredths(0, 10_000_000);
const policies = fc
  .tuple(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 5000 }))
  .map(([target, extra]) => ({ targetRatio: target, flagThreshold: target + extra }));
const rank: Record<Band, number> = { meets_target: 0, short_of_target: 1, flagged: 2 };

/** The band from first principles with exact integer arithmetic, independent of the module. */
function exactBand(staff: Decimal, qualified: Decimal, p: typeof policy): Band {
  if (qualified.isZero()) return 'flagged';
  const s = BigInt(staff.mul(100).toFixed(0));
  const q = BigInt(qualified.mul(100).toFixed(0));
  if (s <= BigInt(p.targetRatio) * q) return 'meets_target';
  if (s >= BigInt(p.flagThreshold) * q) return 'flagged';
  return 'short_of_target';
}

describe('invariants', () => {
  it('the band never improves as the ratio rises', () => {
    fc.assert(
      fc.property(staffWte, staffWte, hundredths(1, 10_000_000), policies, (a, b, qualified, p) => {
        const [low, high] = a.lte(b) ? [a, b] : [b, a];
        expect(rank[bandFor(high, qualified, p)]).toBeGreaterThanOrEqual(rank[bandFor(low, qualified, p)]);
      }),
    );
  });

  it('the gap is never negative, zero whenever the target is met, and zero otherwise only when under half a hundredth', () => {
    fc.assert(
      fc.property(staffWte, qualifiedWte, policies, (staff, qualified, p) => {
        const a = assess(staff, qualified, p);
        expect(a.gapWte!.isNegative()).toBe(false);
        if (a.band === 'meets_target') expect(a.gapWte!.isZero()).toBe(true);
        expect(a.gapWte!.isZero()).toBe(staff.div(p.targetRatio).minus(qualified).lt('0.005'));
        expect(a.gapWte!.decimalPlaces()).toBeLessThanOrEqual(2);
      }),
    );
  });

  it('display rounding never changes the band: it always matches the exact ratio', () => {
    fc.assert(
      fc.property(staffWte, qualifiedWte, policies, (staff, qualified, p) => {
        expect(assess(staff, qualified, p).band).toBe(exactBand(staff, qualified, p));
      }),
    );
    // And right at the thresholds, where rounding would mislead most.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: -99, max: 99 }), (q, nudge) => {
        const qualified = new Decimal(q).div(100);
        const staff = qualified.mul(1730).plus(new Decimal(nudge).div(100));
        if (staff.lte(0)) return;
        expect(bandFor(staff, qualified, policy)).toBe(exactBand(staff, qualified, policy));
      }),
    );
  });

  it('flagged is exactly band === "flagged"', () => {
    fc.assert(
      fc.property(staffWte, qualifiedWte, fc.option(policies, { nil: null }), (staff, qualified, p) => {
        const a = assess(staff, qualified, p);
        expect(a.flagged).toBe(a.band === 'flagged');
      }),
    );
  });
});
