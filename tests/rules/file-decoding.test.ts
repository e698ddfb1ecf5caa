import { describe, expect, it } from 'vitest';
import { isoFromUkDate, withoutThousandsSeparators } from '../../src/http/csv-values.ts';
import { FileDecoder, charsetOf, decodeFile } from '../../src/http/text-decoding.ts';
import { wte } from '../../src/http/schemas.ts';

/** Feeds bytes to a decoder in pieces of `size`, as a network delivers them. */
function inPieces(bytes: Buffer, size: number, charset: 'utf-8' | 'windows-1252' = 'utf-8'): string {
  const decoder = new FileDecoder(charset);
  let text = '';
  for (let i = 0; i < bytes.length; i += size) text += decoder.write(bytes.subarray(i, i + size));
  return text + decoder.end();
}

const lines = Array.from({ length: 5000 }, (_, i) => `ZD${String(i).padStart(3, '0')},2025-26,1000,1,Café € 😀 ${i}`);
const file = Buffer.from(`${lines.join('\n')}\n`, 'utf8');

describe('a file decoded in pieces', () => {
  it.each([1, 2, 3, 7, 65_536])('is the same text whatever the piece size (%i bytes)', (size) => {
    expect(inPieces(file, size)).toBe(file.toString('utf8'));
  });

  it.each([1, 3, 7, 65_536])('names the line and byte of the first that is not UTF-8 (%i-byte pieces)', (size) => {
    const broken = Buffer.concat([file, Buffer.from('ZZ1,2025-26,1,1,caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    expect(() => inPieces(broken, size)).toThrow(/^The file is not UTF-8: line 5001 has a byte \(0xE9\)/);
  });

  it('names the first byte of a character broken after three pieces', () => {
    const broken = Buffer.concat([Buffer.from('a,b\nc,'), Buffer.from([0xf0, 0x9f, 0x98, 0x41]), Buffer.from('\n')]);
    expect(() => inPieces(broken, 1)).toThrow(/line 2 has a byte \(0xF0\)/);
  });

  it('refuses a file that ends in the middle of a character', () => {
    expect(() => decodeFile(Buffer.from([0x61, 0xe2, 0x82]), 'utf-8')).toThrow(/ends in the middle of a character/);
  });
});

describe('Windows-1252, when declared', () => {
  it('decodes accented letters and the euro sign', () => {
    expect(inPieces(Buffer.from([0x52, 0x65, 0x6e, 0xe9, 0x65, 0x20, 0x80, 0x35]), 3, 'windows-1252')).toBe('Renée €5');
  });

  it('refuses the five bytes it does not define, with their line', () => {
    for (const byte of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) {
      expect(() => decodeFile(Buffer.from([0x61, 0x0a, byte]), 'windows-1252')).toThrow(`line 2 has byte 0x${byte.toString(16).toUpperCase()}`);
    }
  });

  it('refuses a file that is really UTF-8 (it would be stored as "CafÃ©"), but takes plain ASCII', () => {
    expect(() => inPieces(Buffer.from('a,Café\n', 'utf8'), 2, 'windows-1252')).toThrow(/declared Windows-1252 but is UTF-8/);
    expect(decodeFile(Buffer.from('a,b\n'), 'windows-1252')).toBe('a,b\n');
  });

  it('is declared by any of its labels; other charsets are refused (415)', () => {
    expect(charsetOf('text/csv; charset=windows-1252')).toBe('windows-1252');
    expect(charsetOf('text/csv; CHARSET="latin1"')).toBe('windows-1252');
    expect(charsetOf('text/csv; charset=utf-8')).toBe('utf-8');
    expect(charsetOf('text/csv')).toBe('utf-8');
    expect(() => charsetOf('text/csv; charset=utf-16')).toThrow(expect.objectContaining({ status: 415 }));
  });
});

describe('cells as Excel writes them on a UK machine', () => {
  it.each([
    ['13,900.25', '13900.25'],
    ['1,000,000', '1000000'],
    [' 1,000 ', '1000'],
  ])('reads the thousands separators of %j', (cell, read) => expect(withoutThousandsSeparators(cell)).toBe(read));

  it.each(['10,5', '0,750', '000,100', '1,00', ',100', '1,000,00', '1000'])('leaves %j as it is (to be refused, or already plain)', (cell) => {
    expect(withoutThousandsSeparators(cell)).toBe(cell);
  });

  it('reads day/month/year dates, and leaves anything else to the date check', () => {
    expect(isoFromUkDate('31/03/2026')).toBe('2026-03-31');
    expect(isoFromUkDate('1/4/2025')).toBe('2025-04-01');
    for (const cell of ['2026-03-31', '31/3/26', '2026/03/31']) expect(isoFromUkDate(cell)).toBe(cell);
  });

  it('never reads "13.900" as 13.9: decimal places are counted as written', () => {
    const staff = wte({ min: 0, exclusiveMin: true, max: 100_000, description: 'staff' });
    expect(staff.safeParse('13.900').success).toBe(false);
    expect(staff.safeParse('13.90').success).toBe(true);
  });
});
