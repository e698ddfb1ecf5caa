import type pg from 'pg';
import type { z } from 'zod';
import { withAuditedTransaction } from '../../db/audit.ts';
import { formatYear } from '../../domain/years.ts';
import { conflict, notFound, unprocessable } from '../../errors/problem.ts';
import type { RequestContext } from '../../http/context.ts';
import type { Database } from '../../plugins/database.ts';
import * as repository from './repository.ts';
import { lockReturnsForWriting } from '../returns/service.ts';
import type { libraryService, LibraryServicePatch, NewLibraryService } from './schemas.ts';
import { approveServiceReturn, listServiceRevisions, readServiceReturn, submitServiceReturn } from './returns.service.ts';

export { writeServiceReturn, writeServiceRows } from './returns.service.ts';

/*
 * Library services and who they serve. Changes of membership never rewrite a figure already
 * reported: for an organisation and year with a return, who reports for it is settled (409).
 */

type View = z.output<typeof libraryService>;

export const serviceView = (row: repository.ServiceRow): View => ({
  code: row.code,
  name: row.name,
  hostOdsCode: row.host_ods_code,
  members: row.members.map((m) => ({ ...m, fromYear: formatYear(m.fromYear), toYear: m.toYear === null ? null : formatYear(m.toYear) })),
});

const covers = (members: repository.Membership[], odsCode: string, year: number) =>
  members.some((m) => m.odsCode === odsCode && m.fromYear <= year && (m.toYear === null || m.toYear >= year));

/** Checks a whole membership list against the rules and the returns already made; throws 409 or 422. */
async function checkMembers(client: pg.PoolClient, code: string, host: string, members: repository.Membership[], before: repository.Membership[]): Promise<void> {
  // (`before`: whose returns to look at too, as they may be leaving.)
  if (!members.some((m) => m.odsCode === host)) {
    throw unprocessable(`The host ${host} must be one of the members.`, [{ pointer: '/body/members', message: `must include the host ${host}` }]);
  }
  for (const [i, m] of members.entries()) {
    if (m.toYear !== null && m.toYear < m.fromYear) {
      throw unprocessable('A membership ends before it starts.', [{ pointer: `/body/members/${i}/toYear`, message: 'must not be before fromYear' }]);
    }
    const clash = members.findIndex((o, j) => j !== i && o.odsCode === m.odsCode && o.fromYear <= (m.toYear ?? Infinity) && m.fromYear <= (o.toYear ?? Infinity));
    if (clash >= 0) throw unprocessable(`${m.odsCode} is listed twice for overlapping years.`, [{ pointer: `/body/members/${i}`, message: 'overlaps another entry for the same organisation' }]);
  }
  const unknown = await repository.unknownOrganisations(client, [host, ...members.map((m) => m.odsCode)]);
  if (unknown.length) throw unprocessable(`Unknown organisation${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`, [{ pointer: '/body/members', message: `there is no organisation ${unknown.join(', ')}` }]);
  const overlaps = await repository.overlappingMemberships(client, code, members);
  if (overlaps.length) {
    throw conflict(`An organisation belongs to at most one library service in a year: ${overlaps.map((o) => `${o.ods_code} (${o.service_code})`).join(', ')}.`);
  }
  // Who reports for an organisation in a year that has a return is settled: its own return, or a service's.
  const codes = [...new Set([...members, ...before].map((m) => m.odsCode))];
  for (const r of await repository.returnsOf(client, codes)) {
    if (r.service_code === null && covers(members, r.ods_code, r.year)) {
      throw conflict(`${r.ods_code} has its own return for ${formatYear(r.year)}: it cannot join ${code} for that year.`);
    }
    if (r.service_code === code && !covers(members, r.ods_code, r.year)) {
      throw conflict(`${code}'s return for ${formatYear(r.year)} reports for ${r.ods_code}: it stays a member for that year.`);
    }
  }
}

/**
 * Locks the organisations a change of membership touches, as their returns' writers do (in code
 * order), so that no return for them is written while who reports for them is being decided.
 */
function lockOrganisations(client: pg.PoolClient, members: repository.Membership[], context: RequestContext): Promise<void> {
  return lockReturnsForWriting(client, members.map((m) => ({ odsCode: m.odsCode, year: m.fromYear })), context.actor, context.requestId);
}

const membershipsOf = (members: NewLibraryService['members']): repository.Membership[] =>
  members.map((m) => ({ odsCode: m.odsCode, fromYear: m.fromYear, toYear: m.toYear ?? null }));

/** Creates a service inside the caller's audited transaction (the demo loader runs its own). */
export async function createServiceWith(client: pg.PoolClient, input: NewLibraryService, context?: RequestContext): Promise<View> {
  await repository.lockMemberships(client);
  if (await repository.findService(client, input.code)) throw conflict(`There is a library service ${input.code} already.`);
  const members = membershipsOf(input.members);
  if (context) await lockOrganisations(client, members, context);
  await checkMembers(client, input.code, input.hostOdsCode, members, []);
  await repository.insertService(client, input.code, input.name, input.hostOdsCode);
  await repository.replaceMembers(client, input.code, members);
  return serviceView((await repository.findService(client, input.code))!);
}

function create(pool: pg.Pool, context: RequestContext, input: NewLibraryService): Promise<View> {
  return withAuditedTransaction(pool, context.actor, context.requestId, (client) => createServiceWith(client, input, context));
}

async function update(pool: pg.Pool, context: RequestContext, code: string, patch: LibraryServicePatch): Promise<View> {
  return withAuditedTransaction(pool, context.actor, context.requestId, async (client) => {
    await repository.lockMemberships(client);
    const current = await repository.findService(client, code);
    if (!current) throw notFound(`There is no library service ${code}.`);
    const before = current.members.map((m) => ({ odsCode: m.odsCode, fromYear: m.fromYear, toYear: m.toYear }));
    const members = patch.members ? membershipsOf(patch.members) : before;
    const host = patch.hostOdsCode ?? current.host_ods_code;
    await lockOrganisations(client, [...before, ...members], context);
    await checkMembers(client, code, host, members, before);
    const name = patch.name ?? current.name;
    // Nothing written (nor audited) for what does not change.
    if (name !== current.name || host !== current.host_ods_code) await repository.updateService(client, code, name, host);
    const key = (list: repository.Membership[]) => JSON.stringify([...list].sort((a, b) => a.odsCode.localeCompare(b.odsCode) || a.fromYear - b.fromYear));
    if (patch.members && key(members) !== key(before)) await repository.replaceMembers(client, code, members);
    return serviceView((await repository.findService(client, code))!);
  });
}

/** The library services service of a database. */
export function libraryServicesService(db: Database) {
  const { pool } = db;
  return {
    list: (limit: number | null, offset: number) => repository.listServices(pool, limit, offset),
    read: async (code: string) => {
      const row = await repository.findService(pool, code);
      if (!row) throw notFound(`There is no library service ${code}.`);
      return serviceView(row);
    },
    create: (context: RequestContext, input: NewLibraryService) => create(pool, context, input),
    update: (context: RequestContext, code: string, patch: LibraryServicePatch) => update(pool, context, code, patch),
    submitReturn: (context: RequestContext, code: string, year: number, body: Parameters<typeof submitServiceReturn>[4], today: string, conditions: Parameters<typeof submitServiceReturn>[6], dryRun: boolean) =>
      submitServiceReturn(pool, context, code, year, body, today, conditions, dryRun),
    readReturn: (context: RequestContext, code: string, year: number) => readServiceReturn(pool, context, code, year),
    listRevisions: (context: RequestContext, code: string, year: number, limit: number | null, offset: number) =>
      listServiceRevisions(pool, context, code, year, limit, offset),
    approveReturn: (context: RequestContext, code: string, year: number, revision: number) => approveServiceReturn(pool, context, code, year, revision),
  };
}
