import { Decimal } from 'decimal.js';
import { z } from 'zod';
import { parseYear, YEAR_FORMAT_MESSAGE } from '../domain/years.ts';
import { ExactNumber } from './json-body.ts';
// Zod's message for a missing value, set once for every schema (see the file)
import './zod-messages.ts';

export const FIRST_DATE = '2000-01-01';
export const LAST_DATE = '2100-12-31';

// Stryker disable all: documentation text for the OpenAPI document (checked by its tests), not a rule
const docs = {
  yearParam: { description: 'NHS financial year, YYYY-YY (e.g. 2024-25)', example: '2024-25' },
  yearText: { description: 'NHS financial year, YYYY-YY', example: '2024-25' },
  odsCode: { description: 'ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1)', example: 'RJ1' },
  isoDate: { example: '2025-03-31', description: `A date written YYYY-MM-DD, from ${FIRST_DATE} to ${LAST_DATE}` },
  limit: { description: 'Items per page (default 50; for CSV, all items unless given), at most 1000' },
  offset: { description: 'Items to skip' },
  format: { description: 'csv answers text/csv (as does Accept: text/csv); xlsx a spreadsheet with the same columns; for both, every item unless `limit` is given' },
  bom: { description: 'true: CSV starts with a UTF-8 byte-order mark, so Excel reads names with accents right' },
  boolean: { description: 'true or false' },
};
const wteDocs = (description: string) => ({
  description: `${description}. At most 2 decimal places; a JSON number or a decimal string.`,
  example: 1250.5,
});
// Stryker restore all

/** A financial year such as "2024-25", parsed to its starting calendar year (2024). */
export const yearParam = z
  .string()
  .meta(docs.yearParam)
  .transform((text, ctx) => {
    const year = parseYear(text);
    if (year === null) {
      ctx.addIssue({ code: 'custom', message: YEAR_FORMAT_MESSAGE });
      return z.NEVER;
    }
    return year;
  });

export const yearText = z.string().meta(docs.yearText);

/** ODS codes are upper-case; one written in lower case (rj1) is read as RJ1 wherever it is taken. */
export const odsCode = z
  .string()
  .regex(/^[A-Za-z0-9]{3,5}$/, 'must be 3 to 5 letters or digits (an ODS code, e.g. RJ1)')
  .toUpperCase()
  .meta(docs.odsCode);


/** Every date the API takes: a real calendar date written YYYY-MM-DD, from 2000-01-01 to 2100-12-31. */
export const isoDate = z.iso
  .date('must be a real date written YYYY-MM-DD')
  .refine((date) => date >= FIRST_DATE && date <= LAST_DATE, `must be from ${FIRST_DATE} to ${LAST_DATE}`)
  .meta(docs.isoDate);

/** Control characters other than tab and line breaks (C0, DEL, C1), which no one types into a comment. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Bidirectional overrides and isolates, which make text display other than it reads (Trojan Source). */
const BIDI_OVERRIDE = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * Why a text cannot be stored as given, or null: NUL, unpaired surrogates, control characters
 * (but tab and line breaks) and bidirectional overrides are refused, never replaced.
 */
const NONCHARACTER = /[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/;

export function unsafeTextReason(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain the NUL character (U+0000)';
  if (!text.isWellFormed()) return 'must not contain unpaired surrogates (text that is not valid Unicode)';
  if (CONTROL.test(text)) return 'must not contain control characters (other than tab and line breaks)';
  if (BIDI_OVERRIDE.test(text)) return 'must not contain bidirectional override characters (U+202A–U+202E, U+2066–U+2069)';
  // Not characters at all: XML (so XLSX) cannot hold them, and one would spoil a year's export.
  if (NONCHARACTER.test(text)) return 'must not contain Unicode noncharacters (U+FDD0–U+FDEF, U+FFFE, U+FFFF and the like)';
  return null;
}

/** Free text from a client: trimmed, within a length, without NUL or unpaired surrogates. */
export function safeText(options: { min?: number; max: number }) {
  return z
    .string()
    .trim()
    .min(options.min ?? 0)
    .max(options.max)
    .superRefine((text, ctx) => {
      const reason = unsafeTextReason(text);
      if (reason) ctx.addIssue({ code: 'custom', message: reason });
    });
}

// A sign is read, so "-3" is told it is below the minimum rather than that it is not a number.
const decimalText = /^-?\d+(\.\d+)?$/;

/**
 * A WTE value: a JSON number or a decimal string with at most 2 decimal places, within bounds.
 * Parsed to an exact Decimal from its shortest decimal text (so 0.1 stays 0.1).
 */
export function wte(options: { min: number; exclusiveMin?: boolean; max: number; description: string }) {
  // A JSON number whose text a double cannot hold (ExactNumber) is checked as its decimal text.
  const exactText = (value: unknown) => (value instanceof ExactNumber ? value.text : value);
  return z.preprocess(exactText, z
    .union([z.number(), z.string()], { error: (issue) => (issue.input === undefined ? 'is required' : 'must be a decimal number such as 1234.56') })
    .meta(wteDocs(options.description))
    .transform((value, ctx) => {
      // z.number() has already refused NaN and ±Infinity, so every text here is a finite decimal.
      const text = typeof value === 'number' ? String(value) : value.trim();
      if (typeof value === 'string' && !decimalText.test(text)) {
        ctx.addIssue({ code: 'custom', message: 'must be a decimal number such as 1234.56' });
        return z.NEVER;
      }
      const amount = new Decimal(text);
      // Decimal places as written: "13.900" is refused, not read as 13.9 (a `;` file's 13,900?).
      const written = text.split('.')[1]?.length ?? 0;
      if (amount.decimalPlaces() > 2 || written > 2) {
        ctx.addIssue({ code: 'custom', message: 'must have at most 2 decimal places' });
        return z.NEVER;
      }
      const tooSmall = options.exclusiveMin ? amount.lte(options.min) : amount.lt(options.min);
      if (tooSmall || amount.gt(options.max) || amount.isNegative()) {
        const lower = options.exclusiveMin ? `greater than ${options.min}` : `at least ${options.min}`;
        ctx.addIssue({ code: 'custom', message: `must be ${lower} and at most ${options.max.toLocaleString('en-GB')}` });
        return z.NEVER;
      }
      return amount;
    }));
}

/** A whole number in a query string, written in plain digits (not 1e3, 0x10 or 10.0). */
export function queryInteger(options: { min: number; max: number }) {
  return z
    .string()
    .regex(/^\d{1,9}$/, 'must be a whole number written in digits, e.g. 50')
    .transform(Number)
    .pipe(z.number().int().min(options.min).max(options.max));
}

export const paginationQuery = {
  limit: queryInteger({ min: 1, max: 1000 })
    .optional()
    .meta(docs.limit),
  offset: queryInteger({ min: 0, max: 100_000_000 })
    .default(0)
    .meta(docs.offset),
  format: z
    .enum(['json', 'csv', 'xlsx'])
    .optional()
    .meta(docs.format),
  bom: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .meta(docs.bom),
};

// Stryker disable all: output shapes, pinned by the OpenAPI and HTTP tests rather than by rules
export const paginationMeta = z.object({
  total: z.number().int().describe('Items matching the filters, over all pages'),
  limit: z.number().int(),
  offset: z.number().int(),
});

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), meta: paginationMeta });
}

// Stryker restore all

export const DEFAULT_LIMIT = 50;

// Stryker disable all: an output shape, pinned by the OpenAPI and HTTP tests
export const warning = z.object({
  code: z.string().describe('Stable machine-readable code, e.g. no_qualified_staff'),
  message: z.string(),
});
// Stryker restore all

/** Output of a Decimal WTE as a JSON number: its shortest text round-trips exactly. */
export function wteOut(value: { toString(): string } | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value.toString());
}

export const booleanQuery = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .meta(docs.boolean);

/** A moment, written as an ISO 8601 UTC timestamp (e.g. 2025-10-01T09:00:00.000Z). */
export const timestamp = z.string().meta({ format: 'date-time', description: 'ISO 8601 UTC timestamp', example: '2025-10-01T09:00:00.000Z' });
