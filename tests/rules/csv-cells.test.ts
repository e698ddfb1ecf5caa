import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvRowToJson } from '../../src/http/csv-rows.ts';
import { neutralise, toCsv } from '../../src/http/lists.ts';

describe('a CSV cell that a spreadsheet would run as a formula', () => {
  it.each(['=1+1', '+44 20 7946 0000', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('is prefixed with a quote: %j', (cell) => {
    expect(neutralise(cell)).toBe(`'${cell}`);
  });

  it.each(['RJ1', '1:1,730', 'a=b', 'x-y', 'user@example.org', '', ' =1'])('is left as it is otherwise: %j', (cell) => {
    expect(neutralise(cell)).toBe(cell);
  });
});

describe('a CSV export', () => {
  const columns = [
    { header: 'odsCode', value: (row: { ods: string; note: string | null; n?: number }) => row.ods },
    { header: 'note', value: (row: { ods: string; note: string | null; n?: number }) => row.note },
    { header: 'n', value: (row: { ods: string; note: string | null; n?: number }) => row.n },
  ];

  it('has a header row, CRLF line ends, empty cells for missing values and neutralised formulas', () => {
    const text = toCsv([{ ods: 'RJ1', note: '=HYPERLINK("x")', n: 3 }, { ods: 'RGT', note: null }], columns);
    expect(text).toBe('odsCode,note,n\r\nRJ1,"\'=HYPERLINK(""x"")",3\r\nRGT,,\r\n');
    expect(parse(text)).toEqual([['odsCode', 'note', 'n'], ['RJ1', `'=HYPERLINK("x")`, '3'], ['RGT', '', '']]);
  });

  it('keeps a cell with a line break in one quoted cell: a bare LF starts no row, and no formula after it', () => {
    const text = toCsv([{ ods: 'RJ1', note: 'fine\n=cmd|\' /C calc\'!A0', n: 1 }, { ods: 'RGT', note: 'a\rb', n: 2 }], columns);
    expect(parse(text)).toEqual([['odsCode', 'note', 'n'], ['RJ1', "fine\n=cmd|' /C calc'!A0", '1'], ['RGT', 'a\rb', '2']]);
    expect(text).toContain('"fine\n=cmd');
  });

  it('is only the header when there are no rows', () => {
    expect(toCsv([], columns)).toBe('odsCode,note,n\r\n');
  });
});

describe('a returns CSV row read as a JSON row', () => {
  it('gathers the role columns, reads UK thousands and dates, and splits acknowledged warnings on spaces', () => {
    expect(csvRowToJson({
      odsCode: 'RJ1', staffWte: '13,900.25', clinicalLibrarianWte: '1', staffSnapshotDate: '31/03/2026',
      acknowledgedWarnings: ' no_qualified_staff  late_submission ',
    })).toEqual({
      odsCode: 'RJ1', staffWte: '13900.25', roles: { clinicalLibrarianWte: '1' }, staffSnapshotDate: '2026-03-31',
      acknowledgedWarnings: ['no_qualified_staff', 'late_submission'],
    });
  });

  it('leaves a comma in a WTE cell of a `;` file alone (a decimal comma, to be refused)', () => {
    expect(csvRowToJson({ staffWte: '1,500' }, ';')).toEqual({ staffWte: '1,500' });
  });
});
