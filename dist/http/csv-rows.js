import { CsvError, parse } from 'csv-parse';
import { badRequest } from "../errors/problem.js";
import { Cooperative } from "./cooperative.js";
const newlines = (text) => (text.match(/\r\n|\r|\n/g) ?? []).length;
/** Names from a file, quoted and cut short: an error echoes at most 64 characters of any input. */
const quoted = (names) => names.map((name) => `"${name.slice(0, 64)}"`).join(', ');
/** How much text csv-parse reads between turns of the event loop. */
const SLICE_CHARS = 16 * 1024;
/** Reads every record with csv-parse's streaming parser, a slice at a time, yielding in between. */
async function readRecords(body) {
    const records = [];
    const parser = parse({ raw: true, relax_column_count: true, skip_empty_lines: true, trim: true });
    let failure;
    parser.on('data', (record) => records.push(record));
    parser.on('error', (error) => (failure ??= error));
    const finished = new Promise((resolve) => parser.once('end', resolve).once('error', () => resolve()));
    const cooperative = new Cooperative();
    for (let start = 0; start < body.length && failure === undefined; start += SLICE_CHARS) {
        await new Promise((resolve) => parser.write(body.slice(start, start + SLICE_CHARS), () => resolve()));
        await cooperative.turn();
    }
    if (failure === undefined) {
        parser.end();
        await finished;
    }
    else {
        parser.destroy();
    }
    if (failure !== undefined) {
        if (failure instanceof CsvError) {
            const line = failure.lines ?? '?';
            throw badRequest(`The CSV could not be read near line ${line}: ${failure.message.replace(/^Invalid [^:]*: /, '').slice(0, 200)}`);
        }
        throw failure;
    }
    return records;
}
/**
 * Parses a CSV upload: UTF-8 with or without a BOM, CRLF or LF, quoted fields (with commas,
 * quotes and line breaks inside). Columns are matched to `columns` by name, ignoring case;
 * `required` must all be present, and no unknown or repeated column is allowed. Large files are
 * read a slice at a time so that other requests are answered meanwhile.
 */
export async function parseCsvRows(text, columns, required) {
    const body = text.replace(/^\uFEFF/, '');
    const [header, ...rows] = await readRecords(body);
    if (!header)
        throw badRequest('The CSV is empty: it needs a header row, then one row per return.');
    const byLowerName = new Map(columns.map((name) => [name.toLowerCase(), name]));
    const names = header.record.map((cell) => byLowerName.get(cell.trim().toLowerCase()) ?? null);
    const unknown = header.record.filter((_, i) => names[i] === null);
    if (unknown.length) {
        throw badRequest(`Unknown column${unknown.length > 1 ? 's' : ''} ${quoted(unknown.slice(0, 10))}. The columns are: ${columns.join(', ')}.`);
    }
    const repeated = names.filter((name, i) => name !== null && names.indexOf(name) !== i);
    if (repeated.length) {
        throw badRequest(`The header names ${quoted([...new Set(repeated)])} more than once: which one is meant? Keep each column once.`);
    }
    const missing = required.filter((name) => !names.includes(name));
    if (missing.length)
        throw badRequest(`Missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}.`);
    // Line numbers: walk the raw text of each record (raw includes any empty lines before it).
    let line = 1 + newlines(body.slice(0, body.indexOf(header.raw) + header.raw.length));
    const cooperative = new Cooperative();
    const result = [];
    for (const { record, raw } of rows) {
        const leading = /^(?:\r\n|\r|\n)*/.exec(raw)[0];
        const start = line + newlines(leading);
        line += newlines(raw);
        const values = {};
        names.forEach((name, i) => {
            const cell = record[i];
            if (name && cell !== undefined && cell !== '')
                values[name] = cell;
        });
        result.push({ line: start, values, fieldCount: record.length, expectedFields: names.length });
        await cooperative.turn();
    }
    return result;
}
const ROLE_COLUMNS = ['clinicalLibrarianWte', 'knowledgeManagerWte', 'otherEmbeddedWte'];
/** A returns CSV row in the JSON row shape: the role columns become the `roles` object. */
export function csvRowToJson(values) {
    const row = { ...values };
    const roles = Object.fromEntries(ROLE_COLUMNS.filter((c) => c in values).map((c) => [c, values[c]]));
    for (const column of ROLE_COLUMNS)
        delete row[column];
    if (Object.keys(roles).length)
        row.roles = roles;
    return row;
}
//# sourceMappingURL=csv-rows.js.map