import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ExactNumber } from '../../src/http/json-body.ts';
import {
  booleanQuery, isoDate, odsCode, paginationQuery, queryInteger, safeText, unsafeTextReason, wte, wteOut, yearParam,
} from '../../src/http/schemas.ts';
import { normalise } from '../../src/modules/returns/rules.ts';
import { returnBody } from '../../src/modules/returns/schemas.ts';

/** The messages a schema gives for a value, or [] when it accepts it. */
function messages(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('every refusal of these rules', () => {
  it('is a custom issue carrying its own message', () => {
    const staff = wte({ min: 0, max: 10, description: 'staff' });
    const refusals = [
      yearParam.safeParse('2024-26'),
      safeText({ max: 5 }).safeParse('\u0000'),
      staff.safeParse('x'),
      staff.safeParse('1.001'),
      staff.safeParse('11'),
    ];
    expect(refusals.map((r) => r.error?.issues.map((issue) => [issue.code, issue.message]))).toEqual([
      [['custom', 'must be a financial year written YYYY-YY, the second part being the next year (e.g. 2024-25)']],
      [['custom', 'must not contain the NUL character (U+0000)']],
      [['custom', 'must be a decimal number such as 1234.56']],
      [['custom', 'must have at most 2 decimal places']],
      [['custom', 'must be at least 0 and at most 10']],
    ]);
  });
});

describe('a year in a path', () => {
  it('is parsed to its first calendar year, or refused with the format', () => {
    expect(yearParam.parse('2024-25')).toBe(2024);
    expect(messages(yearParam, '2024-26')).toEqual([
      'must be a financial year written YYYY-YY, the second part being the next year (e.g. 2024-25)',
    ]);
  });
});

describe('an ODS code', () => {
  it.each(['RJ1', 'RGT01', '123'])('accepts %s', (code) => expect(odsCode.parse(code)).toBe(code));
  it.each([['rj1', 'RJ1'], ['Rgt01', 'RGT01']])('reads %s in upper case, as %s', (code, upper) => expect(odsCode.parse(code)).toBe(upper));
  it.each(['RJ', 'RGT012', 'RJ-1', ' RJ1', 'RJ1\n'])('refuses %j', (code) => {
    expect(messages(odsCode, code)).toEqual(['must be 3 to 5 letters or digits (an ODS code, e.g. RJ1)']);
  });
});

describe('a date', () => {
  it.each(['2000-01-01', '2100-12-31', '2024-02-29'])('accepts %s', (date) => expect(messages(isoDate, date)).toEqual([]));
  it.each(['1999-12-31', '2101-01-01'])('refuses %s, outside 2000 to 2100', (date) => {
    expect(messages(isoDate, date)).toEqual(['must be from 2000-01-01 to 2100-12-31']);
  });
  it.each(['2023-02-29', '2024-13-01', '01/04/2024', '2024-4-1'])('refuses %s, not a real date written YYYY-MM-DD', (date) => {
    expect(messages(isoDate, date)).toContain('must be a real date written YYYY-MM-DD');
  });
});

describe('free text', () => {
  const text = safeText({ min: 1, max: 5 });
  it('is trimmed and held within its length', () => {
    expect(text.parse('  abc  ')).toBe('abc');
    expect(text.parse('abcde')).toBe('abcde');
    expect(text.safeParse('abcdef').success).toBe(false);
    expect(text.safeParse('   ').success).toBe(false);
    expect(safeText({ max: 5 }).parse('')).toBe('');
  });

  it('refuses NUL and unpaired surrogates, never replacing them', () => {
    expect(unsafeTextReason('a\u0000b')).toBe('must not contain the NUL character (U+0000)');
    expect(unsafeTextReason('a\ud800b')).toBe('must not contain unpaired surrogates (text that is not valid Unicode)');
    expect(unsafeTextReason('naïve 😀')).toBeNull();
    expect(messages(text, 'a\u0000')).toEqual(['must not contain the NUL character (U+0000)']);
  });

  it('refuses control characters but tab and line breaks, and bidirectional overrides', () => {
    const control = 'must not contain control characters (other than tab and line breaks)';
    for (const c of ['\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u000e', '\u001b', '\u001f', '\u007f', '\u0080', '\u009f']) {
      expect(unsafeTextReason(`a${c}b`), JSON.stringify(c)).toBe(control);
    }
    const noncharacter = 'must not contain Unicode noncharacters (U+FDD0–U+FDEF, U+FFFE, U+FFFF and the like)';
    for (const c of ['\uffff', '\ufffe', '\ufdd0', '\u{1fffe}', '\u{10ffff}']) expect(unsafeTextReason(`a${c}b`), JSON.stringify(c)).toBe(noncharacter);
    const bidi = 'must not contain bidirectional override characters (U+202A–U+202E, U+2066–U+2069)';
    for (const c of ['\u202a', '\u202e', '\u2066', '\u2069']) expect(unsafeTextReason(`a${c}b`)).toBe(bidi);
    for (const ok of ['line one\nline two', 'a\tb', 'a\r\nb', 'a\u00a0b', 'a\u2065b', 'a\u202fb', 'a\u2070b', 'Renée Café €', 'a\ufffdb', 'a\u{1f600}b', 'a\u{1fffd}b']) {
      expect(unsafeTextReason(ok), JSON.stringify(ok)).toBeNull();
    }
  });
});

describe('a WTE value', () => {
  const staff = wte({ min: 0, exclusiveMin: true, max: 100_000, description: 'staff' });
  const qualified = wte({ min: 0, max: 1_000, description: 'qualified' });
  const parsed = (schema: z.ZodType, value: unknown) => (schema.parse(value) as Decimal).toString();

  it('is an exact decimal from a number, a decimal string or an exact JSON number', () => {
    expect(parsed(staff, 0.1)).toBe('0.1');
    expect(parsed(staff, ' 1250.50 ')).toBe('1250.5');
    expect(parsed(staff, new ExactNumber('99999.99'))).toBe('99999.99');
  });

  it('takes the bounds themselves and refuses a hundredth beyond them', () => {
    expect(parsed(staff, 100_000)).toBe('100000');
    expect(parsed(staff, 0.01)).toBe('0.01');
    expect(parsed(qualified, 0)).toBe('0');
    expect(parsed(qualified, '1000')).toBe('1000');
    expect(messages(staff, 100_000.01)).toEqual(['must be greater than 0 and at most 100,000']);
    expect(messages(staff, 0)).toEqual(['must be greater than 0 and at most 100,000']);
    expect(messages(qualified, '1000.01')).toEqual(['must be at least 0 and at most 1,000']);
    expect(messages(qualified, -0.01)).toEqual(['must be at least 0 and at most 1,000']);
  });

  it('has at most 2 decimal places', () => {
    expect(messages(qualified, 1.005)).toEqual(['must have at most 2 decimal places']);
    expect(messages(qualified, new ExactNumber('1.001'))).toEqual(['must have at most 2 decimal places']);
  });

  it.each(['-1', '-0', '-0.00'])('refuses the string %j as below the minimum, not as "not a number"', (value) => {
    expect(messages(qualified, value)).toEqual(['must be at least 0 and at most 1,000']);
  });

  it('says a missing value is required', () => {
    expect(messages(qualified, undefined)).toEqual(['is required']);
  });

  it("says 'is required' for any schema's missing field, and keeps zod's message for a wrong type", () => {
    expect(messages(z.object({ name: z.string(), n: z.number() }), {})).toEqual(['is required', 'is required']);
    expect(messages(z.object({ name: z.string() }), { name: 1 })).toEqual(['Invalid input: expected string, received number']);
  });

  it.each(['1e3', '12,5', '', '0x10', 'NaN', '1.', '--1', '+1'])('refuses the string %j', (value) => {
    expect(messages(qualified, value)).toEqual(['must be a decimal number such as 1234.56']);
  });

  it('refuses a number that is not finite or not a number at all', () => {
    expect(messages(qualified, new ExactNumber('1e9999999999999999'))).toEqual(['must be a decimal number such as 1234.56']);
    expect(qualified.safeParse(Infinity).success).toBe(false);
    expect(qualified.safeParse(NaN).success).toBe(false);
    expect(qualified.safeParse(true).success).toBe(false);
  });

  it('is written back as the JSON number of its shortest text', () => {
    expect(wteOut(new Decimal('1250.50'))).toBe(1250.5);
    expect(wteOut(null)).toBeNull();
    expect(wteOut(undefined)).toBeNull();
  });
});

describe('numbers and flags in a query string', () => {
  const n = queryInteger({ min: 1, max: 1000 });
  it('are plain digits within bounds', () => {
    expect(n.parse('1')).toBe(1);
    expect(n.parse('1000')).toBe(1000);
    expect(n.safeParse('0').success).toBe(false);
    expect(n.safeParse('1001').success).toBe(false);
    expect(messages(n, '1e3')).toEqual(['must be a whole number written in digits, e.g. 50']);
    expect(messages(n, '1234567890')).toEqual(['must be a whole number written in digits, e.g. 50']);
  });

  it('pages from offset 0 unless asked, up to 1000 items a page and offsets up to 100,000,000', () => {
    const page = z.object(paginationQuery);
    expect(page.parse({})).toEqual({ offset: 0 });
    expect(page.parse({ limit: '1000', offset: '100000000', format: 'csv' })).toEqual({ limit: 1000, offset: 100_000_000, format: 'csv' });
    expect(page.parse({ limit: '1', format: 'json' })).toEqual({ limit: 1, offset: 0, format: 'json' });
    expect(page.safeParse({ limit: '0' }).success).toBe(false);
    expect(page.safeParse({ limit: '1001' }).success).toBe(false);
    expect(page.safeParse({ offset: '100000001' }).success).toBe(false);
    expect(page.safeParse({ format: 'xml' }).success).toBe(false);
  });

  it('are true or false, nothing else', () => {
    expect(booleanQuery.parse('true')).toBe(true);
    expect(booleanQuery.parse('false')).toBe(false);
    expect(booleanQuery.safeParse('1').success).toBe(false);
  });
});

describe('a return as submitted is normalised so that equal submissions compare equal', () => {
  it('fills what was left out with null, and an empty comment is no comment', () => {
    const body = returnBody.parse({ staffWte: 100, qualifiedWte: 1, comment: '' });
    expect(normalise(body)).toEqual({
      staffWte: new Decimal(100), qualifiedWte: new Decimal(1), roles: [null, null, null],
      staffSource: null, staffSnapshotDate: null, comment: null, acknowledgedWarnings: [],
    });
  });

  it('keeps every field given, roles in their fixed order', () => {
    const body = returnBody.parse({
      staffWte: 100, qualifiedWte: 3, roles: { otherEmbeddedWte: 1, clinicalLibrarianWte: 0.5, knowledgeManagerWte: 1.5 },
      staffSource: 'ESR', staffSnapshotDate: '2025-03-31', comment: 'ok',
    });
    expect(normalise(body)).toEqual({
      staffWte: new Decimal(100), qualifiedWte: new Decimal(3), roles: [new Decimal(0.5), new Decimal(1.5), new Decimal(1)],
      staffSource: 'ESR', staffSnapshotDate: '2025-03-31', comment: 'ok', acknowledgedWarnings: [],
    });
  });

  it('lists acknowledged warnings sorted and each once, and refuses what is not a warning code', () => {
    const body = returnBody.parse({ staffWte: 100, qualifiedWte: 0, comment: 'x', acknowledgedWarnings: ['no_qualified_staff', 'late_submission', 'no_qualified_staff'] });
    expect(normalise(body).acknowledgedWarnings).toEqual(['late_submission', 'no_qualified_staff']);
    expect(messages(returnBody, { staffWte: 100, qualifiedWte: 0, acknowledgedWarnings: ['No Qualified'] })).toEqual(['must be a warning code, e.g. no_qualified_staff']);
    expect(returnBody.safeParse({ staffWte: 100, qualifiedWte: 0, acknowledgedWarnings: Array.from({ length: 21 }, () => 'x') }).success).toBe(false);
    expect(normalise(returnBody.parse({ staffWte: 100, qualifiedWte: 0, acknowledgedWarnings: null })).acknowledgedWarnings).toEqual([]);
  });

  it('treats roles: null like no roles', () => {
    expect(normalise(returnBody.parse({ staffWte: 100, qualifiedWte: 1, roles: null })).roles).toEqual([null, null, null]);
  });
});
