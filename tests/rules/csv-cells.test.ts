import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
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

  it('is only the header when there are no rows', () => {
    expect(toCsv([], columns)).toBe('odsCode,note,n\r\n');
  });
});
