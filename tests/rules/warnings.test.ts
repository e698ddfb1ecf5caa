import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { SHARP_CHANGE, warningsFor, type WarningInput } from '../../src/domain/warnings.ts';

const base: WarningInput = {
  year: 2024,
  staffWte: new Decimal('1500'),
  qualifiedWte: new Decimal('1'),
  ratio: 1500,
  hasPolicy: true,
  previousRatio: null,
  window: null,
  today: '2025-05-01',
  staffSnapshotDate: null,
};
const codes = (input: Partial<WarningInput>) => warningsFor({ ...base, ...input }).map((w) => w.code);

describe('a clean return has no warnings', () => {
  it('gives none when every figure is in order', () => {
    expect(warningsFor(base)).toEqual([]);
  });
});

describe('no qualified staff and no policy', () => {
  it('warns that an organisation with no qualified staff is flagged', () => {
    expect(warningsFor({ ...base, qualifiedWte: new Decimal(0), ratio: null })).toEqual([
      {
        code: 'no_qualified_staff',
        message: 'No qualified library and knowledge specialists are reported, so the organisation is flagged.',
      },
    ]);
  });

  it('warns when no policy covers the year', () => {
    expect(warningsFor({ ...base, hasPolicy: false })).toEqual([
      { code: 'no_policy', message: 'No staff-ratio policy covers 2024-25: the ratio is recorded without a band or gap.' },
    ]);
  });
});

describe('a ratio that moved by more than half since last year', () => {
  it('is the threshold of one half', () => {
    expect(SHARP_CHANGE).toBe(0.5);
  });

  it('warns at a change of more than 50%, naming both ratios', () => {
    expect(warningsFor({ ...base, staffWte: new Decimal('1501'), ratio: 1501, previousRatio: 1000 })).toEqual([
      {
        code: 'ratio_changed_sharply',
        message: 'The ratio moved by 50% since 2023-24 (1:1,000 to 1:1,501): please check the figures.',
      },
    ]);
  });

  it('does not warn at a change of exactly 50%, up or down', () => {
    expect(codes({ ratio: 1500, previousRatio: 1000 })).toEqual([]);
    expect(codes({ staffWte: new Decimal(500), ratio: 500, previousRatio: 1000 })).toEqual([]);
  });

  it('warns for a fall of more than half too', () => {
    expect(codes({ staffWte: new Decimal(499), ratio: 499, previousRatio: 1000 })).toEqual(['ratio_changed_sharply']);
  });

  it('does not compare with a year that had no ratio', () => {
    expect(codes({ previousRatio: null })).toEqual([]);
    expect(codes({ qualifiedWte: new Decimal(0), ratio: null, previousRatio: 10 })).toEqual(['no_qualified_staff']);
  });
});

describe('the reporting window', () => {
  const window = (status: 'upcoming' | 'open' | 'closed', deadline = '2025-06-30') => ({ status, deadline });

  it('warns that an admin wrote outside an upcoming or closed window', () => {
    expect(warningsFor({ ...base, window: window('closed') })).toEqual([
      { code: 'outside_window', message: 'The 2024-25 reporting window is closed; the return was accepted from an admin.' },
    ]);
    expect(codes({ window: window('upcoming') })).toEqual(['outside_window']);
  });

  it('is not late on the deadline day, and late the day after', () => {
    expect(codes({ window: window('open'), today: '2025-06-30' })).toEqual([]);
    expect(warningsFor({ ...base, window: window('open'), today: '2025-07-01' })).toEqual([
      { code: 'late_submission', message: 'Submitted after the 2024-25 deadline of 2025-06-30.' },
    ]);
  });

  it('gives no window warning without a window', () => {
    expect(codes({ window: null, today: '2030-01-01' })).toEqual([]);
  });
});

describe('a staff snapshot taken outside the year', () => {
  it.each(['2024-04-01', '2025-03-31'])('accepts %s, inside 2024-25', (date) => {
    expect(codes({ staffSnapshotDate: date })).toEqual([]);
  });

  it('warns for the day before and the day after the year', () => {
    expect(warningsFor({ ...base, staffSnapshotDate: '2024-03-31' })).toEqual([
      {
        code: 'snapshot_outside_year',
        message: 'staffSnapshotDate 2024-03-31 is outside 2024-25 (2024-04-01 to 2025-03-31).',
      },
    ]);
    expect(codes({ staffSnapshotDate: '2025-04-01' })).toEqual(['snapshot_outside_year']);
  });
});

describe('several warnings at once', () => {
  it('lists them in a stable order', () => {
    expect(
      codes({
        qualifiedWte: new Decimal(0),
        ratio: null,
        hasPolicy: false,
        window: { status: 'open', deadline: '2025-04-30' },
        staffSnapshotDate: '2023-01-01',
      }),
    ).toEqual(['no_qualified_staff', 'no_policy', 'late_submission', 'snapshot_outside_year']);
  });
});
