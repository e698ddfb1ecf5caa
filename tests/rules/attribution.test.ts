import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareByStaff } from '../../src/domain/attribution.ts';

const d = (values: (string | number)[]) => values.map((v) => new Decimal(v));
const text = (values: Decimal[]) => values.map((v) => v.toFixed(2));

describe('sharing a service figure among its members by staff', () => {
  it('shares in proportion to staff, to 2 places', () => {
    expect(text(shareByStaff(new Decimal('6.00'), d([1000, 2000, 3000])))).toEqual(['1.00', '2.00', '3.00']);
  });

  it('gives the hundredths left over to the largest remainders, so the parts add up exactly', () => {
    // 1.00 in thirds: 33.33… hundredths each, one hundredth left, to the first of the equal remainders.
    expect(text(shareByStaff(new Decimal('1.00'), d([1, 1, 1])))).toEqual(['0.34', '0.33', '0.33']);
    // 10.00 by 1:2:4 → 1.428…, 2.857…, 5.714…: floors 1.42, 2.85, 5.71 (9.98); remainders .857, .714, .428
    expect(text(shareByStaff(new Decimal('10.00'), d([1, 2, 4])))).toEqual(['1.43', '2.86', '5.71']);
  });

  it('gives the leftovers by the size of the remainder, not by position, and ties to the earlier member', () => {
    // 1.00 by 1:2 → 33.33… and 66.66… hundredths: the larger remainder (.67, the second) takes the hundredth.
    expect(text(shareByStaff(new Decimal('1.00'), d([1, 2])))).toEqual(['0.33', '0.67']);
    expect(text(shareByStaff(new Decimal('1.00'), d([2, 1])))).toEqual(['0.67', '0.33']);
    // 0.02 among three equals: two hundredths left, to the first two.
    expect(text(shareByStaff(new Decimal('0.02'), d([1, 1, 1])))).toEqual(['0.01', '0.01', '0.00']);
    expect(text(shareByStaff(new Decimal('0.02'), d([5, 5, 5, 5, 5])))).toEqual(['0.01', '0.01', '0.00', '0.00', '0.00']);
    expect(text(shareByStaff(new Decimal('0.01'), d([1, 1, 1, 1])))).toEqual(['0.01', '0.00', '0.00', '0.00']);
    // The last member's remainder (.5) beats three equal smaller ones (.17), wherever it stands.
    expect(text(shareByStaff(new Decimal('0.07'), d([1, 1, 1, 3])))).toEqual(['0.01', '0.01', '0.01', '0.04']);
  });

  it('gives everything to the first member when no member has staff', () => {
    expect(text(shareByStaff(new Decimal('1.50'), d([0, 0, 0])))).toEqual(['1.50', '0.00', '0.00']);
  });

  it('gives nothing to share as zeros, and one member everything', () => {
    expect(text(shareByStaff(new Decimal('0'), d([5, 7])))).toEqual(['0.00', '0.00']);
    expect(text(shareByStaff(new Decimal('3.37'), d([123.45])))).toEqual(['3.37']);
    expect(shareByStaff(new Decimal('1'), [])).toEqual([]);
  });

  it('always adds up exactly, never moves a share by a hundredth or more from its exact value', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 100_000 }),
      fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 1, maxLength: 12 }),
      (totalHundredths, staffHundredths) => {
        const total = new Decimal(totalHundredths).div(100);
        const staff = staffHundredths.map((s) => new Decimal(s).div(100));
        const shares = shareByStaff(total, staff);
        const staffTotal = staff.reduce((a, b) => a.plus(b), new Decimal(0));
        expect(shares.reduce((a, b) => a.plus(b), new Decimal(0)).eq(total)).toBe(true);
        shares.forEach((share, i) => {
          expect(share.decimalPlaces()).toBeLessThanOrEqual(2);
          expect(share.minus(total.times(staff[i]!).div(staffTotal)).abs().lt(0.01)).toBe(true);
        });
      },
    ));
  });
});
