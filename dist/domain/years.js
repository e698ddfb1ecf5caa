/*
 * Reporting years are NHS financial years (1 April to 31 March) written "2024-25".
 * Stored as the starting calendar year (2024) so that they order and compare as integers.
 */
const YEAR_PATTERN = /^(\d{4})-(\d{2})$/;
export const YEAR_FORMAT_MESSAGE = 'must be a financial year written YYYY-YY, the second part being the next year (e.g. 2024-25)';
/** "2024-25" → 2024; null when malformed or when the second part is not the next year. */
export function parseYear(text) {
    const match = YEAR_PATTERN.exec(text);
    if (!match)
        return null;
    const start = Number(match[1]);
    const end = Number(match[2]);
    if (start < 1990 || start > 2098)
        return null;
    return (start + 1) % 100 === end ? start : null;
}
export function formatYear(start) {
    return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}
/** First and last day of a financial year, as YYYY-MM-DD. */
export function yearBounds(start) {
    return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}
/** The financial year a date falls in. */
export function yearOfDate(isoDate) {
    const [y, m] = isoDate.split('-').map(Number);
    return m >= 4 ? y : y - 1;
}
export function windowStatus(window, today) {
    if (today < window.opensOn)
        return 'upcoming';
    if (today > window.closesOn)
        return 'closed';
    return 'open';
}
/** Today's date in UTC, YYYY-MM-DD. */
export function todayUtc(now = new Date()) {
    return now.toISOString().slice(0, 10);
}
/**
 * Who may write a return for a year, by today's date and the year's window (null: none set).
 * No one writes a year after next year; outside an open window only an admin writes; with no
 * window, others write only the current and the previous reporting year.
 */
export function yearWriteRule(year, window, today, isAdmin) {
    const current = yearOfDate(today);
    if (year > current + 1) {
        return {
            allowed: false,
            status: 422,
            detail: `No return can be written for ${formatYear(year)}: the latest year that accepts returns is ${formatYear(current + 1)}.`,
        };
    }
    if (isAdmin)
        return { allowed: true };
    if (window) {
        const status = windowStatus(window, today);
        if (status === 'open')
            return { allowed: true };
        return {
            allowed: false,
            status: 409,
            detail: `The ${formatYear(year)} reporting window is ${status} (${window.opensOn} to ${window.closesOn}); only an admin can write this return now.`,
        };
    }
    if (year === current || year === current - 1)
        return { allowed: true };
    return {
        allowed: false,
        status: 409,
        detail: `No reporting window is set for ${formatYear(year)}; without one, returns are accepted only for the current (${formatYear(current)}) and previous (${formatYear(current - 1)}) years. Ask an admin.`,
    };
}
/** Whether an organisation open from `openedOn` to `closedOn` was open on any day of the year. */
export function expectedToReport(org, year) {
    const { from, to } = yearBounds(year);
    return (org.openedOn === null || org.openedOn <= to) && (org.closedOn === null || org.closedOn >= from);
}
//# sourceMappingURL=years.js.map