/*
 * Cells as Excel writes them on a UK machine, read the way the person who typed them meant.
 * Only exact forms are rewritten; anything else is left for the row's own checks to refuse, so a
 * figure is never guessed.
 */

const UK_THOUSANDS = /^[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/;

/**
 * "13,900.25" → "13900.25": commas only as thousands separators (groups of three digits, the first
 * not starting with 0). "10,5" or "0,750" stay as they are, and are refused. Only for files that
 * separate fields with `,`: in a `;` file a comma is a decimal comma, never rewritten.
 */
export function withoutThousandsSeparators(cell: string): string {
  const text = cell.trim();
  return UK_THOUSANDS.test(text) ? text.replaceAll(',', '') : cell;
}

const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** "31/03/2025" (day/month/year) → "2025-03-31". Impossible dates are left to the date check to refuse. */
export function isoFromUkDate(cell: string): string {
  const match = UK_DATE.exec(cell);
  return match ? `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}` : cell;
}
