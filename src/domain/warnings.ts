import { Decimal } from 'decimal.js';
import { formatRatio, relativeChange } from './ratio.ts';
import { formatYear, yearBounds, yearOfDate, type WindowStatus } from './years.ts';

/** Non-blocking remarks on a return: it is stored, but someone should look. */
export type Warning = { code: string; message: string };

/** A ratio moving by more than this fraction since the previous year is worth a second look. */
export const SHARP_CHANGE = 0.5;

export type WarningInput = {
  year: number;
  staffWte: Decimal;
  qualifiedWte: Decimal;
  ratio: number | null;
  hasPolicy: boolean;
  previousRatio: number | null;
  window: { status: WindowStatus; deadline: string } | null;
  today: string;
  staffSnapshotDate: string | null;
};

export function warningsFor(input: WarningInput): Warning[] {
  const warnings: Warning[] = [];
  const year = formatYear(input.year);
  if (input.qualifiedWte.isZero()) {
    warnings.push({
      code: 'no_qualified_staff',
      message: 'No qualified library and knowledge specialists are reported, so the organisation is flagged.',
    });
  }
  if (!input.hasPolicy) {
    warnings.push({
      code: 'no_policy',
      message: `No staff-ratio policy covers ${year}: the ratio is recorded without a band or gap.`,
    });
  }
  const change = relativeChange(input.previousRatio, input.ratio);
  if ((change ?? 0) > SHARP_CHANGE) {
    const previous = formatRatio(new Decimal(input.previousRatio!), new Decimal(1));
    warnings.push({
      code: 'ratio_changed_sharply',
      message: `The ratio moved by ${Math.round(change! * 100)}% since ${formatYear(input.year - 1)} (${previous} to ${formatRatio(input.staffWte, input.qualifiedWte)}): please check the figures.`,
    });
  }
  if (input.window && input.window.status !== 'open') {
    warnings.push({
      code: 'outside_window',
      message: `The ${year} reporting window is ${input.window.status}; the return was accepted from an admin.`,
    });
  } else if (input.window && input.today > input.window.deadline) {
    warnings.push({ code: 'late_submission', message: `Submitted after the ${year} deadline of ${input.window.deadline}.` });
  }
  if (input.staffSnapshotDate && yearOfDate(input.staffSnapshotDate) !== input.year) {
    const { from, to } = yearBounds(input.year);
    warnings.push({
      code: 'snapshot_outside_year',
      message: `staffSnapshotDate ${input.staffSnapshotDate} is outside ${year} (${from} to ${to}).`,
    });
  }
  return warnings;
}
