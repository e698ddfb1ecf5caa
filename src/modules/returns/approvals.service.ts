import type pg from 'pg';
import { withTransaction } from '../../db/transaction.ts';
import { serviceSecret } from '../../db/secrets.ts';
import { refusal, type Actor } from '../../domain/access.ts';
import { decideApproval, withdrawalRefusal, type ApprovalSubject } from '../../domain/approval.ts';
import { formatYear } from '../../domain/years.ts';
import { conflict, forbidden, notFound } from '../../errors/problem.ts';
import { findCurrentReturn, insertApproval, organisationExists, withdrawApproval, type ReturnRow } from './repository.ts';
import { lockReturnsForWriting } from './submissions.repository.ts';
import { returnEtag, returnView, type ReturnView } from './view.ts';

/*
 * Sign-off: approving the current revision of a return, and withdrawing an approval. Each runs
 * under the same lock as a submission of that return, so "the current revision" cannot move
 * between the check and the write; the audit events are written by the triggers.
 */

export type ApprovalOutcome = { outcome: 'approved' | 'unchanged' | 'withdrawn'; view: ReturnView; etag: string };

const subjectOf = (row: ReturnRow): ApprovalSubject => ({
  revision: row.revision,
  warnings: row.warnings,
  acknowledgedWarnings: row.acknowledged_warnings,
  approved: row.approval_id !== null,
});

/** The return as it stands, locked for the change; 404 or 403 when it cannot be signed off by this actor. */
async function lockedReturn(client: pg.PoolClient, odsCode: string, year: number, actor: Actor, requestId: string): Promise<ReturnRow> {
  await lockReturnsForWriting(client, [{ odsCode, year }], actor, requestId);
  const current = await findCurrentReturn(client, odsCode, year);
  if (!current) {
    if (!(await organisationExists(client, odsCode))) throw notFound(`There is no organisation ${odsCode}.`);
    throw notFound(`${odsCode} has no return for ${formatYear(year)}.`);
  }
  // A library service's member is signed off with its service's return, under that return's rules.
  if (current.library_service_code !== null) {
    const code = current.library_service_code;
    throw conflict(`${odsCode}'s ${formatYear(year)} figures come from library service ${code}'s return: approve or withdraw that return (POST /v1/library-services/${code}/returns/${formatYear(year)}/approval).`);
  }
  // A reviewer's grant depends on the organisation's region, known only now.
  const reason = refusal(actor, 'returns:approve', odsCode, current.region_code);
  if (reason) throw forbidden(reason);
  return current;
}

async function answer(client: pg.PoolClient, pool: pg.Pool, odsCode: string, year: number, outcome: ApprovalOutcome['outcome']): Promise<ApprovalOutcome> {
  const row = (await findCurrentReturn(client, odsCode, year))!;
  return { outcome, view: returnView(row), etag: returnEtag(row, await serviceSecret(pool, 'etag')) };
}

export function approveReturn(pool: pg.Pool, odsCode: string, year: number, revision: number, actor: Actor, requestId: string): Promise<ApprovalOutcome> {
  return withTransaction(pool, async (client) => {
    const current = await lockedReturn(client, odsCode, year, actor, requestId);
    const decision = decideApproval(subjectOf(current), revision);
    if (decision.kind === 'refused') {
      throw conflict(decision.detail, decision.unacknowledgedWarnings ? { unacknowledgedWarnings: decision.unacknowledgedWarnings } : undefined);
    }
    if (decision.kind === 'approve') await insertApproval(client, current.revision_id);
    return answer(client, pool, odsCode, year, decision.kind === 'approve' ? 'approved' : 'unchanged');
  });
}

export function withdrawReturnApproval(pool: pg.Pool, odsCode: string, year: number, reason: string, actor: Actor, requestId: string): Promise<ApprovalOutcome> {
  return withTransaction(pool, async (client) => {
    const current = await lockedReturn(client, odsCode, year, actor, requestId);
    const refused = withdrawalRefusal(subjectOf(current));
    if (refused) throw conflict(refused);
    await withdrawApproval(client, current.approval_id!, reason);
    return answer(client, pool, odsCode, year, 'withdrawn');
  });
}
