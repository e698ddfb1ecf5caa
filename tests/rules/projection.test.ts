import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leastSquares, project, targetMetIn, wteNeeded } from '../../src/domain/projection.ts';

const HEE = { flagThreshold: 1730, targetRatio: 1250 };
const obs = (pairs: [number, number | string][]) => pairs.map(([year, value]) => ({ year, value: new Decimal(value) }));

describe('fitting a straight line by least squares', () => {
  it('recovers a line the points lie on exactly, however steep', () => {
    fc.assert(fc.property(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 3, max: 12 }), (slope, start, n) => {
      const points = Array.from({ length: n }, (_, k) => [2010 + k, start + slope * k] as [number, number]);
      const line = leastSquares(obs(points));
      expect(line.slope.toString()).toBe(String(slope));
      expect(line.at(2010 + n + 3).toString()).toBe(String(start + slope * (n + 3)));
    }));
  });

  it('matches the textbook formulas on scattered points', () => {
    // x 0..3, y 1, 3, 2, 5: mean x 1.5, mean y 2.75, Sxy = 5.5, Sxx = 5: slope 1.1, intercept 1.1.
    const line = leastSquares(obs([[2020, 1], [2021, 3], [2022, 2], [2023, 5]]));
    expect(line.slope.toString()).toBe('1.1');
    expect(line.at(2020).toString()).toBe('1.1');
    expect(line.at(2024).toString()).toBe('5.5');
  });

  it('keeps exact decimals where a double would not (0.1 steps)', () => {
    const line = leastSquares(obs([[2020, '0.1'], [2021, '0.2'], [2022, '0.3']]));
    expect(line.at(2025).toString()).toBe('0.6');
  });

  it('refuses a single year, which has no slope', () => {
    expect(() => leastSquares(obs([[2020, 1], [2020, 2]]))).toThrow(RangeError);
  });
});

describe('projecting the ratio', () => {
  const staff = leastSquares(obs([[2020, 100_000], [2021, 102_000], [2022, 104_000]]));
  const qualified = leastSquares(obs([[2020, 50], [2021, 55], [2022, 60]]));

  it('takes the ratio of the two fitted lines, bands it under each year\'s policy and finds the first year at target', () => {
    const points = project(staff, qualified, 2023, 2030, () => HEE);
    expect(points.map((p) => p.year)).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(points[0]).toMatchObject({ ratio: 106_000 / 65, band: 'short_of_target' });
    // 100,000 + 2,000k <= 1,250 (50 + 5k) from k = 9 (2029).
    expect(targetMetIn(points)).toBe(2029);
    expect(points.find((p) => p.year === 2028)!.band).toBe('short_of_target');
    // Another policy from 2026 (target 1,500) is met at once: 112,000 / 80 = 1,400.
    const later = project(staff, qualified, 2023, 2030, (y) => (y >= 2026 ? { flagThreshold: 2000, targetRatio: 1500 } : HEE));
    expect(targetMetIn(later)).toBe(2026);
    expect(project(staff, qualified, 2023, 2024, () => null).map((p) => p.band)).toEqual([null, null]);
  });

  it('meets the target at exactly the target ratio', () => {
    const flat = (v: number) => leastSquares(obs([[2020, v], [2021, v], [2022, v]]));
    expect(targetMetIn(project(flat(125_000), flat(100), 2023, 2023, () => HEE))).toBe(2023);
    expect(targetMetIn(project(flat(125_001), flat(100), 2023, 2023, () => HEE))).toBeNull();
  });

  it('holds a fitted WTE falling below zero at zero, without a ratio and flagged', () => {
    const falling = leastSquares(obs([[2020, 2], [2021, 1], [2022, 0]]));
    const [point] = project(staff, falling, 2024, 2024, () => HEE);
    expect(point).toMatchObject({ ratio: null, band: 'flagged' });
    expect(point!.qualifiedWte.toString()).toBe('0');
  });
});

describe('the WTE needed', () => {
  it('is projected staff ÷ target to 2 places (half up), and the additional never negative', () => {
    const needed = wteNeeded(new Decimal('122000'), 1250, new Decimal('70'));
    expect([needed.qualifiedWte.toString(), needed.additionalWte.toString()]).toEqual(['97.6', '27.6']);
    expect(wteNeeded(new Decimal('1000.0625'), 100, new Decimal(0)).qualifiedWte.toFixed(2)).toBe('10.00');
    expect(wteNeeded(new Decimal('1000.5'), 100, new Decimal(0)).qualifiedWte.toFixed(2)).toBe('10.01');
    expect(wteNeeded(new Decimal('1000'), 100, new Decimal(12)).additionalWte.toString()).toBe('0');
  });
});
