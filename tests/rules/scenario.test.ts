import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { growthFactor, percentileCont, reassess, type ScenarioReturn } from '../../src/domain/scenario.ts';

const policy = { targetRatio: 1500, flagThreshold: 2000 };
const own = (odsCode: string, staff: number, qualified: number): ScenarioReturn => ({ odsCode, staffWte: new Decimal(staff), qualifiedWte: new Decimal(qualified), service: null });

describe('growing staff', () => {
  it('compounds exactly', () => {
    expect(growthFactor(new Decimal('0.03'), 5).toString()).toBe('1.1592740743');
    expect(growthFactor(new Decimal('0.2'), 2).toString()).toBe('1.44');
    expect(growthFactor(new Decimal('-0.1'), 2).toString()).toBe('0.81');
    expect(growthFactor(new Decimal('0.5'), 0).toString()).toBe('1');
  });
});

describe('re-banding returns', () => {
  it('bands at the new thresholds inclusively, with the gap to the new target', () => {
    const figures = reassess([own('A', 1500, 1), own('B', 2000, 1), own('C', 1999.99, 1), own('D', 100, 0)], policy, new Decimal(1));
    expect(figures.map((f) => f.band)).toEqual(['meets_target', 'flagged', 'short_of_target', 'flagged']);
    expect(figures.map((f) => f.gapWte.toFixed(2))).toEqual(['0.00', '0.33', '0.33', '0.07']);
    expect(figures.map((f) => f.ratio)).toEqual([1500, 2000, 1999.99, null]);
  });

  it('grows staff and holds qualified staff', () => {
    const [figures] = reassess([own('A', 1000, 1)], policy, new Decimal('1.44'));
    expect([figures!.staffWte.toString(), figures!.qualifiedWte.toString(), figures!.band, figures!.gapWte.toFixed(2)]).toEqual(['1440', '1', 'meets_target', '0.00']);
  });

  it("gives a service's members the service's ratio and band, and shares its gap by staff (largest remainder)", () => {
    const service = { id: '9', qualifiedWte: new Decimal(1), members: [{ odsCode: 'M2', staffWte: new Decimal(500) }, { odsCode: 'M1', staffWte: new Decimal(1000) }] };
    const members = [
      { odsCode: 'M1', staffWte: new Decimal(1000), qualifiedWte: new Decimal('0.67'), service },
      { odsCode: 'M2', staffWte: new Decimal(500), qualifiedWte: new Decimal('0.33'), service },
    ];
    const figures = reassess(members, policy, new Decimal('1.44'));
    // The service: 2,160 per specialist, flagged; gap 0.44 shared 1,000 : 500 -> 0.29 and 0.15.
    expect(figures.map((f) => [f.odsCode, f.ratio, f.band, f.gapWte.toFixed(2)])).toEqual([
      ['M1', 2160, 'flagged', '0.29'],
      ['M2', 2160, 'flagged', '0.15'],
    ]);
  });
});

describe('sharing a service\'s gap', () => {
  it('goes in code order: on equal remainders the member first by code gets the hundredth', () => {
    // 1,515 staff, 1 qualified, target 1,500: gap 0.01, shared 757.5 : 757.5 -> 0.005 each.
    const service = { id: '1', qualifiedWte: new Decimal(1), members: [{ odsCode: 'M2', staffWte: new Decimal('757.5') }, { odsCode: 'M1', staffWte: new Decimal('757.5') }] };
    const figures = reassess([
      { odsCode: 'M2', staffWte: new Decimal('757.5'), qualifiedWte: new Decimal('0.5'), service },
      { odsCode: 'M1', staffWte: new Decimal('757.5'), qualifiedWte: new Decimal('0.5'), service },
    ], policy, new Decimal(1));
    expect(figures.map((f) => [f.odsCode, f.gapWte.toFixed(2)])).toEqual([['M2', '0.00'], ['M1', '0.01']]);
  });
});

describe('continuous percentiles', () => {
  it("interpolates as PostgreSQL's percentile_cont", () => {
    expect(percentileCont([], 0.5)).toBeNull();
    expect(percentileCont([7], 0.25)).toBe(7);
    expect(percentileCont([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentileCont([1, 2, 3, 4, 5], 0.25)).toBe(2);
    expect(percentileCont([10, 20, 40], 0.75)).toBe(30);
  });
});
