import { describe, expect, it } from 'vitest';
import {
  expectedToReport,
  formatYear,
  parseYear,
  todayUtc,
  windowStatus,
  yearBounds,
  yearOfDate,
  yearWriteRule,
} from '../../src/domain/years.ts';

describe('financial years are written YYYY-YY and stored as their first calendar year', () => {
  it.each([
    ['2024-25', 2024],
    ['1999-00', 1999],
    ['1990-91', 1990],
    ['2098-99', 2098],
  ])('reads %s as %i', (text, year) => {
    expect(parseYear(text)).toBe(year);
  });

  it.each(['1989-90', '2099-00', '2024-26', '2024-24', '2024/25', '24-25', '2024-2025', ' 2024-25', '2024-25 ', 'abcd-ef'])(
    'refuses %j',
    (text) => {
      expect(parseYear(text)).toBeNull();
    },
  );

  it('writes a year back with a two-digit, zero-padded second part', () => {
    expect(formatYear(2024)).toBe('2024-25');
    expect(formatYear(1999)).toBe('1999-00');
    expect(formatYear(2008)).toBe('2008-09');
  });

  it('runs from 1 April to 31 March', () => {
    expect(yearBounds(2024)).toEqual({ from: '2024-04-01', to: '2025-03-31' });
  });

  it('puts 31 March in the year before and 1 April in the year that starts', () => {
    expect(yearOfDate('2025-03-31')).toBe(2024);
    expect(yearOfDate('2025-04-01')).toBe(2025);
    expect(yearOfDate('2025-01-01')).toBe(2024);
    expect(yearOfDate('2025-12-31')).toBe(2025);
  });

  it("takes today's date in UTC", () => {
    expect(todayUtc(new Date('2026-03-31T23:30:00-01:00'))).toBe('2026-04-01');
    expect(todayUtc(new Date('2026-06-15T00:00:00Z'))).toBe('2026-06-15');
  });
});

describe('a reporting window is upcoming, open (both end days included) or closed', () => {
  const window = { opensOn: '2025-04-01', closesOn: '2025-06-30' };
  it.each([
    ['2025-03-31', 'upcoming'],
    ['2025-04-01', 'open'],
    ['2025-05-15', 'open'],
    ['2025-06-30', 'open'],
    ['2025-07-01', 'closed'],
  ])('on %s it is %s', (today, status) => {
    expect(windowStatus(window, today)).toBe(status);
  });
});

describe('who may write a return for a year', () => {
  const today = '2026-06-15'; // in 2026-27
  const open = { opensOn: '2026-06-01', closesOn: '2026-06-30' };
  const upcoming = { opensOn: '2026-07-01', closesOn: '2026-07-31' };
  const closed = { opensOn: '2026-04-01', closesOn: '2026-06-14' };

  it('refuses (422) anyone, admins included, a year after next year', () => {
    const rule = yearWriteRule(2028, null, today, true);
    expect(rule).toEqual({
      allowed: false,
      status: 422,
      detail: 'No return can be written for 2028-29: the latest year that accepts returns is 2027-28.',
    });
    expect(yearWriteRule(2028, open, today, false)).toMatchObject({ allowed: false, status: 422 });
  });

  it('lets an admin write next year, and any earlier year whatever its window', () => {
    expect(yearWriteRule(2027, null, today, true)).toEqual({ allowed: true });
    expect(yearWriteRule(2010, closed, today, true)).toEqual({ allowed: true });
    expect(yearWriteRule(2026, upcoming, today, true)).toEqual({ allowed: true });
  });

  it('lets others write while the window is open, on its first and last days too', () => {
    expect(yearWriteRule(2026, open, today, false)).toEqual({ allowed: true });
    expect(yearWriteRule(2026, open, '2026-06-01', false)).toEqual({ allowed: true });
    expect(yearWriteRule(2026, open, '2026-06-30', false)).toEqual({ allowed: true });
  });

  it('refuses (409) others before the window opens, naming it upcoming', () => {
    expect(yearWriteRule(2026, upcoming, today, false)).toEqual({
      allowed: false,
      status: 409,
      detail: 'The 2026-27 reporting window is upcoming (2026-07-01 to 2026-07-31); only an admin can write this return now.',
    });
  });

  it('refuses (409) others after the window closes, naming it closed', () => {
    expect(yearWriteRule(2026, closed, today, false)).toEqual({
      allowed: false,
      status: 409,
      detail: 'The 2026-27 reporting window is closed (2026-04-01 to 2026-06-14); only an admin can write this return now.',
    });
  });

  it('without a window lets others write only the current and the previous year', () => {
    expect(yearWriteRule(2026, null, today, false)).toEqual({ allowed: true });
    expect(yearWriteRule(2025, null, today, false)).toEqual({ allowed: true });
    const detail =
      'No reporting window is set for 2024-25; without one, returns are accepted only for the current (2026-27) and previous (2025-26) years. Ask an admin.';
    expect(yearWriteRule(2024, null, today, false)).toEqual({ allowed: false, status: 409, detail });
    expect(yearWriteRule(2027, null, today, false)).toMatchObject({ allowed: false, status: 409 });
  });

  it('turns the year over on 1 April, not 1 January', () => {
    expect(yearWriteRule(2027, null, '2026-03-31', true)).toMatchObject({ allowed: false, status: 422 });
    expect(yearWriteRule(2027, null, '2026-04-01', true)).toEqual({ allowed: true });
    expect(yearWriteRule(2024, null, '2026-03-31', false)).toEqual({ allowed: true });
    expect(yearWriteRule(2024, null, '2026-04-01', false)).toMatchObject({ allowed: false, status: 409 });
  });
});

describe('an organisation is expected to report for a year it was open on any day of', () => {
  const org = (openedOn: string | null, closedOn: string | null) => ({ openedOn, closedOn });
  it.each([
    [org(null, null), true],
    [org('2025-03-31', null), true], // opened on the last day
    [org('2025-04-01', null), false], // opened the day after
    [org(null, '2024-04-01'), true], // closed on the first day
    [org(null, '2024-03-31'), false], // closed the day before
    [org('2024-04-01', '2025-03-31'), true],
    [org('2020-01-01', '2023-12-31'), false],
  ])('%j in 2024-25: %s', (organisation, expected) => {
    expect(expectedToReport(organisation, 2024)).toBe(expected);
  });
});
