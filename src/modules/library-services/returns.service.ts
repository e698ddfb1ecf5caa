import type pg from 'pg';
import { Decimal } from 'decimal.js';
import type { z } from 'zod';
import { withTransaction } from '../../db/transaction.ts';
import { serviceSecret } from '../../db/secrets.ts';
import { organisationScope, refusal } from '../../domain/access.ts';
import { decideApproval, unacknowledgedWarnings } from '../../domain/approval.ts';
import { shareByStaff } from '../../domain/attribution.ts';
import { formatRatio } from '../../domain/ratio.ts';
import { decide, type NewRevision, type SubmissionContext } from '../../domain/return-decision.ts';
import { expectedToReport, formatYear } from '../../domain/years.ts';
import { conflict, forbidden, notFound, preconditionFailed, unprocessable } from '../../errors/problem.ts';
import { keyedEtag, matchesEtagStrongly } from '../../plugins/etag.ts';
import type { RequestContext } from '../../http/context.ts';
import { wteOut } from '../../http/schemas.ts';
import { appendRevisions, insertApproval, loadSubmissionContexts, lockReturnsForWriting, normalise } from '../returns/service.ts';
import * as repository from './repository.ts';
import { serviceReturnBody, type serviceReturn, type ServiceReturnBody } from './schemas.ts';
import { yearParam } from '../../http/schemas.ts';

/*
 * A library service's return: one return for the service, checked and computed as any return
 * (windows, rules, ratio, band, gap, warnings, acknowledgements, revisions), whose figures are then
 * attributed to each member: its own staff, a share of the qualified WTE and of the gap by staff
 * (largest remainder, so the shares add up), the service's ratio and band. Each member's share is
 * written as that member's revision, so every aggregate and publication counts it once, as its own.
 */

type ServiceReturnView = z.output<typeof serviceReturn>;

const fixed = (value: Decimal | null) => (value === null ? null : value.toFixed(2));

async function serviceOrNotFound(client: pg.PoolClient | pg.Pool, code: string): Promise<repository.ServiceRow> {
  const service = await repository.findService(client, code);
  if (!service) throw notFound(`There is no library service ${code}.`);
  return service;
}

const membersIn = (service: repository.ServiceRow, year: number) =>
  service.members.filter((m) => m.fromYear <= year && (m.toYear === null || m.toYear >= year)).map((m) => m.odsCode);

/** The service's context for the rules: its host's organisation and year, with the service's own current revision. */
function serviceContext(host: SubmissionContext, current: repository.ServiceRevisionRow | undefined, previousRatio: number | null, sameMembers: boolean): SubmissionContext {
  const same = current && sameMembers ? current : undefined;
  return {
    ...host,
    library_service_code: null,
    current_revision_id: same?.id ?? null,
    current_approval_id: null,
    current_revision: same?.revision ?? null,
    current_staff_wte: same?.staff_wte ?? null,
    current_qualified_wte: same?.qualified_wte ?? null,
    current_clinical_librarian_wte: same?.clinical_librarian_wte ?? null,
    current_knowledge_manager_wte: same?.knowledge_manager_wte ?? null,
    current_other_embedded_wte: same?.other_embedded_wte ?? null,
    current_staff_source: same?.staff_source ?? null,
    current_staff_snapshot_date: same?.staff_snapshot_date ?? null,
    current_comment: same?.comment ?? null,
    current_acknowledged_warnings: same?.acknowledged_warnings ?? [],
    previous_ratio: previousRatio,
  };
}

export type ServiceSubmitResult = { outcome: 'created' | 'amended' | 'unchanged'; view: ServiceReturnView; etag: string };

export function submitServiceReturn(
  pool: pg.Pool, context: RequestContext, code: string, year: number, body: ServiceReturnBody, today: string,
  conditions: { ifMatch?: string | undefined; ifNoneMatch?: string | undefined } = {},
  dryRun = false,
): Promise<ServiceSubmitResult & { dryRun: boolean }> {
  return withTransaction(pool, async (client) => {
    // A dry run writes as a real one would, then undoes it: the answer is exactly what would be stored.
    if (dryRun) await client.query('SAVEPOINT dry_run');
    const result = await writeServiceReturn(client, context, code, year, body, today, conditions);
    if (dryRun) await client.query('ROLLBACK TO SAVEPOINT dry_run');
    return { ...result, dryRun };
  });
}

/** Submits a service's return inside the caller's transaction (the demo loader runs its own). */
export async function writeServiceReturn(
  client: pg.PoolClient, context: RequestContext, code: string, year: number, body: ServiceReturnBody, today: string,
  conditions: { ifMatch?: string | undefined; ifNoneMatch?: string | undefined } = {},
): Promise<ServiceSubmitResult> {
  // Who the members are cannot change until this return is written (a change of membership waits).
  await repository.holdMemberships(client);
  const service = await serviceOrNotFound(client, code);
  const reason = refusal(context.actor, 'returns:write', service.host_ods_code);
  if (reason) throw forbidden(`${reason} A library service's return is written by its host's submitter, ${service.host_ods_code}, or an admin.`);
  const memberCodes = membersIn(service, year);
  if (memberCodes.length === 0) throw unprocessable(`${code} serves no organisation in ${formatYear(year)}.`, [{ pointer: '/path/year', message: 'the service has no members that year' }]);
  if (!memberCodes.includes(service.host_ods_code)) {
    throw unprocessable(`${code}'s host ${service.host_ods_code} is not one of its members in ${formatYear(year)}, so the service cannot report for that year.`, [{ pointer: '/path/year', message: 'the host is not a member that year' }]);
  }
  const sent = body.members.map((m) => m.odsCode);
  const missing = memberCodes.filter((m) => !sent.includes(m));
  const extra = sent.filter((m, i) => !memberCodes.includes(m) || sent.indexOf(m) !== i);
  if (missing.length || extra.length) {
    throw unprocessable(`The return must give each member's staff WTE once: ${[missing.length ? `missing ${missing.join(', ')}` : '', extra.length ? `not a member that year, or repeated: ${extra.join(', ')}` : ''].filter(Boolean).join('; ')}.`, [
      { pointer: '/body/members', message: `must list exactly ${memberCodes.join(', ')}` },
    ]);
  }
  const keys = memberCodes.map((odsCode) => ({ odsCode, year }));
  await lockReturnsForWriting(client, keys, context.actor, context.requestId);
  const contexts = await loadSubmissionContexts(client, keys);
  for (const key of keys) {
    const member = contexts(key);
    if (member.library_service_code !== code) throw conflict(`${key.odsCode} is not reported by ${code} in ${formatYear(year)}.`);
    if (!expectedToReport({ openedOn: member.opened_on, closedOn: member.closed_on }, year)) {
      throw unprocessable(`${key.odsCode} was not open during ${formatYear(year)}, so it has no return for that year.`, [{ pointer: '/body/members', message: `${key.odsCode} was not open that year` }]);
    }
  }

  const current = await repository.currentServiceRevision(client, code, year);
  const etagKey = await serviceSecret(client, 'etag');
  if (conditions.ifNoneMatch?.trim() === '*' && current) {
    throw preconditionFailed("If-None-Match: * asks to create the service's return only, and it exists already. Read it, then amend it with If-Match.");
  }
  const ifMatch = conditions.ifMatch;
  if (ifMatch !== undefined) {
    const tag = current ? (await viewOf(client, service, current, etagKey)).etag : null;
    if (!tag || !matchesEtagStrongly(ifMatch, tag)) {
      throw preconditionFailed(tag
        ? "The service's return has changed since you read it (If-Match does not match its ETag). Read it again, then resubmit."
        : 'If-Match was given but the service has no return yet for this year.');
    }
  }
  const ordered = [...body.members].sort((a, b) => a.odsCode.localeCompare(b.odsCode));
  const members = ordered.map((m) => ({ odsCode: m.odsCode, staffWte: m.staffWte.toFixed(2) }));
  const sameMembers = current !== undefined && JSON.stringify(current.members) === JSON.stringify(members);
  const host = contexts({ odsCode: service.host_ods_code, year });
  const staffWte = ordered.reduce((sum, m) => sum.plus(m.staffWte), new Decimal(0));
  const decision = decide(
    serviceContext(host, current, await repository.previousServiceRatio(client, code, year), sameMembers),
    normalise({ ...body, staffWte }),
    context.actor,
    today,
    context.requestId,
  );
  if (decision.kind === 'rejected') {
    if (decision.status === 422) throw unprocessable(decision.detail, decision.errors);
    throw conflict(decision.detail);
  }
  if (decision.kind === 'unchanged') return { outcome: 'unchanged', ...(await viewOf(client, service, current!, etagKey)) };

  const r = decision.revision;
  const inserted = await repository.insertServiceRevision(client, {
    service_code: code, year, revision: (current?.revision ?? 0) + 1,
    staff_wte: r.staffWte, qualified_wte: r.qualifiedWte, clinical_librarian_wte: r.clinicalLibrarianWte,
    knowledge_manager_wte: r.knowledgeManagerWte, other_embedded_wte: r.otherEmbeddedWte, staff_source: r.staffSource,
    staff_snapshot_date: r.staffSnapshotDate, comment: r.comment, policy_id: r.policyId, ratio: r.ratio,
    band: r.band as repository.ServiceRevisionRow['band'], gap_wte: r.gapWte, warnings: r.warnings, acknowledged_warnings: r.acknowledgedWarnings,
    members, submitted_by: r.submittedBy, submitted_by_key_id: r.submittedByKeyId, request_id: r.requestId,
  });
  const qualifiedShares = shareByStaff(new Decimal(r.qualifiedWte), ordered.map((m) => m.staffWte));
  const gapShares = r.gapWte === null ? null : shareByStaff(new Decimal(r.gapWte), ordered.map((m) => m.staffWte));
  const memberRevisions: NewRevision[] = ordered.map((m, i) => ({
    ...r,
    odsCode: m.odsCode,
    revision: (contexts({ odsCode: m.odsCode, year }).current_revision ?? 0) + 1,
    staffWte: m.staffWte.toFixed(2),
    qualifiedWte: qualifiedShares[i]!.toFixed(2),
    clinicalLibrarianWte: null,
    knowledgeManagerWte: null,
    otherEmbeddedWte: null,
    comment: null,
    gapWte: fixed(gapShares?.[i] ?? null),
    // The service's warnings are the service's: they are confirmed (and approved) on its return.
    warnings: [],
    acknowledgedWarnings: [],
    libraryServiceRevisionId: inserted.id,
  }));
  await appendRevisions(client, memberRevisions);
  const saved = (await repository.currentServiceRevision(client, code, year))!;
  context.log.info({ libraryService: code, year: formatYear(year), revision: saved.revision, members: members.length }, 'library service return stored');
  return { outcome: current ? 'amended' : 'created', ...(await viewOf(client, service, saved, etagKey)) };
}

async function viewOf(db: pg.PoolClient | pg.Pool, service: repository.ServiceRow, row: repository.ServiceRevisionRow, etagKey: string): Promise<{ view: ServiceReturnView; etag: string }> {
  const members = await repository.memberFigures(db, row.id);
  const approved = members.length > 0 && members.every((m) => m.approved);
  const roles = [row.clinical_librarian_wte, row.knowledge_manager_wte, row.other_embedded_wte];
  const policy = row.policy_id === null ? undefined : await repository.policyById(db, row.policy_id);
  const view: ServiceReturnView = {
    code: service.code,
    name: service.name,
    year: formatYear(row.year),
    qualifiedWte: wteOut(row.qualified_wte)!,
    roles: roles.every((v) => v === null) ? null : { clinicalLibrarianWte: wteOut(roles[0]!), knowledgeManagerWte: wteOut(roles[1]!), otherEmbeddedWte: wteOut(roles[2]!) },
    staffWte: wteOut(row.staff_wte)!,
    ratio: row.ratio,
    ratioDisplay: formatRatio(new Decimal(row.staff_wte), new Decimal(row.qualified_wte)),
    band: row.band,
    gapWte: wteOut(row.gap_wte),
    policy: policy ? { effectiveFrom: formatYear(policy.effective_from), flagThreshold: policy.flag_threshold, targetRatio: policy.target_ratio } : null,
    members: members.map((m) => ({ odsCode: m.ods_code, name: m.name, regionCode: m.region_code, staffWte: wteOut(m.staff_wte)!, qualifiedWte: wteOut(m.qualified_wte)!, gapWte: wteOut(m.gap_wte) })),
    staffSource: row.staff_source,
    staffSnapshotDate: row.staff_snapshot_date,
    comment: row.comment,
    revision: row.revision,
    status: approved ? 'approved' : 'submitted',
    submittedAt: row.submitted_at.toISOString(),
    submittedBy: row.submitted_by,
    warnings: row.warnings,
    acknowledgedWarnings: row.acknowledged_warnings,
  };
  return { view, etag: keyedEtag(etagKey, `service.${row.id}.${members.map((m) => (m.approved ? 1 : 0)).join('')}`) };
}

/** Who may read a service's return for a year: whoever may read the returns of one of its members that year. */
function mayRead(context: RequestContext, service: repository.ServiceRow, year: number): boolean {
  const scope = organisationScope(context.actor);
  return scope === null || membersIn(service, year).some((code) => scope.includes(code));
}

export async function readServiceReturn(pool: pg.Pool, context: RequestContext, code: string, year: number): Promise<{ view: ServiceReturnView; etag: string }> {
  const service = await serviceOrNotFound(pool, code);
  if (!mayRead(context, service, year)) throw forbidden(`This key may only read the returns of ${context.actor.organisations.join(', ')}.`);
  const current = await repository.currentServiceRevision(pool, code, year);
  if (!current) throw notFound(`${code} has no return for ${formatYear(year)}.`);
  return viewOf(pool, service, current, await serviceSecret(pool, 'etag'));
}

/** A service's revisions for a year, oldest first: each with the member figures it wrote. */
export async function listServiceRevisions(pool: pg.Pool, context: RequestContext, code: string, year: number, limit: number | null, offset: number): Promise<{ items: ServiceReturnView[]; total: number }> {
  const service = await serviceOrNotFound(pool, code);
  if (!mayRead(context, service, year)) throw forbidden(`This key may only read the returns of ${context.actor.organisations.join(', ')}.`);
  const { rows, total } = await repository.serviceRevisions(pool, code, year, limit, offset);
  if (total === 0) throw notFound(`${code} has no return for ${formatYear(year)}.`);
  const etagKey = await serviceSecret(pool, 'etag');
  const items: ServiceReturnView[] = [];
  for (const row of rows) items.push((await viewOf(pool, service, row, etagKey)).view);
  return { items, total };
}

/**
 * Approves a service's current revision: each member's figures it wrote (the service's warnings
 * acknowledged first). Admin, or a reviewer for the host's region.
 */
export function approveServiceReturn(pool: pg.Pool, context: RequestContext, code: string, year: number, revision: number): Promise<{ view: ServiceReturnView; etag: string }> {
  return withTransaction(pool, async (client) => {
    const service = await serviceOrNotFound(client, code);
    const hostRegion = service.members.find((m) => m.odsCode === service.host_ods_code)?.regionCode;
    const reason = refusal(context.actor, 'returns:approve', service.host_ods_code, hostRegion);
    if (reason) throw forbidden(reason);
    const codes = membersIn(service, year);
    await lockReturnsForWriting(client, codes.map((odsCode) => ({ odsCode, year })), context.actor, context.requestId);
    const current = await repository.currentServiceRevision(client, code, year);
    if (!current) throw notFound(`${code} has no return for ${formatYear(year)}.`);
    const members = await repository.memberFigures(client, current.id);
    const decision = decideApproval({ revision: current.revision, warnings: current.warnings, acknowledgedWarnings: current.acknowledged_warnings, approved: members.every((m) => m.approved) }, revision);
    if (decision.kind === 'refused') {
      throw conflict(decision.detail, decision.unacknowledgedWarnings ? { unacknowledgedWarnings: unacknowledgedWarnings({ warnings: current.warnings, acknowledgedWarnings: current.acknowledged_warnings }) } : undefined);
    }
    for (const member of members) if (member.current && !member.approved) await insertApproval(client, member.revision_id);
    return viewOf(client, service, current, await serviceSecret(pool, 'etag'));
  });
}


/**
 * A file's rows for one service and year (one per member; the figures of the whole service on the
 * host's row only) as that service's return, written in the file's transaction.
 */
export async function writeServiceRows(
  client: pg.PoolClient,
  group: { code: string; year: unknown; inputs: { values: Record<string, unknown> }[] },
  context: RequestContext,
  today: string,
): Promise<{ outcome: 'created' | 'amended' | 'unchanged'; warnings: { code: string; message: string }[] }> {
  const service = await serviceOrNotFound(client, group.code);
  const parsedYear = yearParam.safeParse(group.year);
  if (!parsedYear.success) throw unprocessable('The year is not a reporting year such as 2025-26.', [{ pointer: '/year', message: 'must be a reporting year such as 2025-26' }]);
  const host = group.inputs.filter((input) => String(input.values.odsCode ?? '').toUpperCase() === service.host_ods_code);
  if (host.length !== 1) throw unprocessable(`The host ${service.host_ods_code} needs exactly one row, carrying the service's qualifiedWte.`, [{ pointer: '/odsCode', message: `needs one row for ${service.host_ods_code}` }]);
  const SERVICE_FIELDS = ['qualifiedWte', 'roles', 'staffSource', 'staffSnapshotDate', 'comment', 'acknowledgedWarnings'];
  // A blank cell (null, or "" from a spreadsheet's export) says nothing, as an absent one.
  const given = (value: unknown) => value !== undefined && value !== null && value !== '';
  const strays = group.inputs.filter((input) => input !== host[0] && SERVICE_FIELDS.some((field) => given(input.values[field])));
  if (strays.length) throw unprocessable(`The service's figures (${SERVICE_FIELDS.join(', ')}) go on the host's row only.`, [{ pointer: '/qualifiedWte', message: "only on the host's row" }]);
  const { libraryService: _code, odsCode: _ods, year: _year, staffWte: _staff, ...figures } = host[0]!.values;
  const body = serviceReturnBody.safeParse({
    ...figures,
    members: group.inputs.map((input) => ({ odsCode: input.values.odsCode, staffWte: input.values.staffWte })),
  });
  if (!body.success) {
    throw unprocessable('A row of the service does not read as a return: see errors.', body.error.issues.map((issue) => ({ pointer: `/${issue.path.join('/')}`, message: issue.message })));
  }
  const written = await writeServiceReturn(client, context, service.code, parsedYear.data, body.data, today);
  return { outcome: written.outcome, warnings: written.view.warnings };
}
