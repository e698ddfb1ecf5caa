import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, httpAs, type Http, type TestApp } from './support/app.ts';
import { approve, countRows, createKey, createOrganisation, putReturn, sql } from './support/fixtures.ts';

let t: TestApp;
let reviewerY56: Http;
let reviewerY60: Http;
let analyst: Http;
let submitter: Http;

beforeAll(async () => {
  t = await createTestApp();
  await createOrganisation(t.http, { odsCode: 'AP001', regionCode: 'Y56' });
  await createOrganisation(t.http, { odsCode: 'AP002', regionCode: 'Y56' });
  await createOrganisation(t.http, { odsCode: 'AP003', regionCode: 'Y56' });
  await createOrganisation(t.http, { odsCode: 'AP004', regionCode: 'Y56' });
  await createOrganisation(t.http, { odsCode: 'AP005', regionCode: 'Y56' });
  reviewerY56 = httpAs(t.app, await createKey(t.http, 'reviewer', { regions: ['Y56'] }));
  reviewerY60 = httpAs(t.app, await createKey(t.http, 'reviewer', { regions: ['Y60'] }));
  analyst = httpAs(t.app, await createKey(t.http, 'analyst'));
  submitter = httpAs(t.app, await createKey(t.http, 'submitter', { organisations: ['AP001', 'AP002', 'AP003', 'AP004', 'AP005'] }));
});
afterAll(() => t.close());

const approvalsOf = (ods: string) => countRows(t.db.url, 'return_approvals', 'ods_code = $1', [ods]);

describe('approving a return', () => {
  it('approves the current revision: status approved, the approval named, audited with the approver', async () => {
    await putReturn(submitter, 'AP001', '2025-26', { staffWte: 5000, qualifiedWte: 3 });
    const before = await t.http.get('/v1/organisations/AP001/returns/2025-26');
    expect(before.body).toMatchObject({ status: 'submitted', approval: null });

    const res = await approve(reviewerY56, 'AP001', '2025-26', 1);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ odsCode: 'AP001', revision: 1, status: 'approved', approval: { revision: 1, by: { name: 'reviewer test key', role: 'reviewer' } } });
    expect(res.body.approval.by.keyId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.etag).not.toBe(before.headers.etag);

    const read = await t.http.get('/v1/organisations/AP001/returns/2025-26');
    expect(read.body).toEqual(res.body);
    expect(read.headers.etag).toBe(res.headers.etag);

    const [event] = await sql<{ action: string; entity: string; entity_id: string; actor_role: string; actor_label: string }>(t.db.url,
      `SELECT action, entity, entity_id, actor_role, actor_label FROM audit_events WHERE ods_code = 'AP001' ORDER BY id DESC LIMIT 1`);
    expect(event).toEqual({ action: 'approve', entity: 'return', entity_id: 'AP001/2025-26', actor_role: 'reviewer', actor_label: 'reviewer test key' });
  });

  it('approving an approved revision again changes nothing', async () => {
    const again = await approve(t.http, 'AP001', '2025-26', 1);
    expect(again.status).toBe(200);
    expect(again.body.approval.by.role).toBe('reviewer');
    expect(await approvalsOf('AP001')).toBe(1);
  });

  it('refuses a stale revision with 409 and records nothing', async () => {
    await putReturn(submitter, 'AP002', '2025-26', { staffWte: 5000, qualifiedWte: 3 });
    await putReturn(submitter, 'AP002', '2025-26', { staffWte: 5100, qualifiedWte: 3 });
    const res = await approve(t.http, 'AP002', '2025-26', 1);
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.detail).toContain('Revision 1 is not the current one: the return is at revision 2');
    expect(await approvalsOf('AP002')).toBe(0);
    expect((await approve(t.http, 'AP002', '2025-26', 3)).status).toBe(409);
    expect((await approve(t.http, 'AP002', '2025-26', 2)).status).toBe(200);
  });

  it('refuses a return with unacknowledged warnings (409 listing the codes), then approves it once they are acknowledged', async () => {
    const res0 = await putReturn(submitter, 'AP003', '2025-26', { staffWte: 900, qualifiedWte: 0 });
    const codes = (res0.body.warnings as { code: string }[]).map((w) => w.code);
    expect(codes).toContain('no_qualified_staff');

    const refused = await approve(reviewerY56, 'AP003', '2025-26', 1);
    expect(refused.status).toBe(409);
    expect(refused.body.unacknowledgedWarnings).toEqual(codes);
    expect(refused.body.detail).toContain('no_qualified_staff');
    expect(await approvalsOf('AP003')).toBe(0);

    const acknowledged = await putReturn(submitter, 'AP003', '2025-26', {
      staffWte: 900, qualifiedWte: 0, acknowledgedWarnings: codes, comment: 'Our librarian post is vacant; recruiting.',
    });
    expect(acknowledged.body.revision).toBe(2);
    const ok = await approve(reviewerY56, 'AP003', '2025-26', 2);
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('approved');
  });

  it("refuses a reviewer outside the organisation's region, an analyst and a submitter (403), and no key (401)", async () => {
    await putReturn(submitter, 'AP004', '2025-26', { staffWte: 5000, qualifiedWte: 3 });
    const outside = await approve(reviewerY60, 'AP004', '2025-26', 1);
    expect(outside.status).toBe(403);
    expect(outside.body.detail).toContain('Y60');
    expect((await approve(analyst, 'AP004', '2025-26', 1)).status).toBe(403);
    expect((await approve(submitter, 'AP004', '2025-26', 1)).status).toBe(403);
    const anonymous = await (await import('supertest')).default(t.app.server).post('/v1/organisations/AP004/returns/2025-26/approval').send({ revision: 1 });
    expect(anonymous.status).toBe(401);
    expect((await reviewerY60.delete('/v1/organisations/AP001/returns/2025-26/approval').send({ reason: 'no' })).status).toBe(403);
    expect(await approvalsOf('AP004')).toBe(0);
    const stillApproved = await t.http.get('/v1/organisations/AP001/returns/2025-26');
    expect(stillApproved.body.status).toBe('approved');
  });

  it('answers 404 for a return or organisation that does not exist, and 400 for a body without a revision', async () => {
    expect((await approve(t.http, 'AP005', '2025-26', 1)).status).toBe(404);
    expect((await approve(t.http, 'ZZ999', '2025-26', 1)).status).toBe(404);
    expect((await t.http.post('/v1/organisations/AP001/returns/2025-26/approval').send({})).status).toBe(400);
    expect((await t.http.post('/v1/organisations/AP001/returns/2025-26/approval').send({ revision: '1' })).status).toBe(400);
  });
});

describe('amending and withdrawing', () => {
  it('an amendment after approval makes the return submitted again; its history keeps the approval', async () => {
    await putReturn(submitter, 'AP005', '2025-26', { staffWte: 4000, qualifiedWte: 3 });
    await approve(t.http, 'AP005', '2025-26', 1);
    const amended = await putReturn(submitter, 'AP005', '2025-26', { staffWte: 4100, qualifiedWte: 3 });
    expect(amended.body).toMatchObject({ revision: 2, status: 'submitted', approval: null });
    const history = await t.http.get('/v1/organisations/AP005/returns/2025-26/revisions');
    expect(history.body.data.map((r: { revision: number; approvals: unknown[] }) => [r.revision, r.approvals.length])).toEqual([[1, 1], [2, 0]]);
    expect(history.body.data[0].approvals[0]).toMatchObject({ by: { role: 'admin' }, withdrawnAt: null, withdrawnBy: null, reason: null });
  });

  it('withdraws an approval with a reason: submitted again, the reason and who in the history, audited', async () => {
    const res = await reviewerY56.delete('/v1/organisations/AP002/returns/2025-26/approval').send({ reason: 'Staff figure double counts bank staff.' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ revision: 2, status: 'submitted', approval: null });
    const history = await t.http.get('/v1/organisations/AP002/returns/2025-26/revisions');
    expect(history.body.data[1].approvals).toEqual([
      expect.objectContaining({ withdrawnBy: expect.objectContaining({ role: 'reviewer', name: 'reviewer test key' }), reason: 'Staff figure double counts bank staff.' }),
    ]);
    expect(history.body.data[1].approvals[0].withdrawnAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const [event] = await sql<{ action: string }>(t.db.url, `SELECT action FROM audit_events WHERE ods_code = 'AP002' ORDER BY id DESC LIMIT 1`);
    expect(event!.action).toBe('withdraw');
    // Approvable again afterwards.
    expect((await approve(t.http, 'AP002', '2025-26', 2)).body.status).toBe('approved');
  });

  it('refuses a withdrawal without a reason (400), or of a return that is not approved (409)', async () => {
    expect((await t.http.delete('/v1/organisations/AP002/returns/2025-26/approval').send({})).status).toBe(400);
    expect((await t.http.delete('/v1/organisations/AP002/returns/2025-26/approval').send({ reason: '   ' })).status).toBe(400);
    expect((await t.http.delete('/v1/organisations/AP002/returns/2025-26/approval')).status).toBe(400);
    const notApproved = await t.http.delete('/v1/organisations/AP005/returns/2025-26/approval').send({ reason: 'x' });
    expect(notApproved.status).toBe(409);
    expect((await t.http.get('/v1/organisations/AP002/returns/2025-26')).body.status).toBe('approved');
  });

  it('an If-Match taken before an approval no longer matches after it (412)', async () => {
    const read = await t.http.get('/v1/organisations/AP004/returns/2025-26');
    await approve(t.http, 'AP004', '2025-26', 1);
    const stale = await putReturn(submitter, 'AP004', '2025-26', { staffWte: 5001, qualifiedWte: 3 }, { 'if-match': String(read.headers.etag) });
    expect(stale.status).toBe(412);
  });
});

describe('the database keeps approvals honest', () => {
  const asAdmin = "SELECT set_config('audit.actor_role', 'admin', false);";

  it('refuses to record an approval, or change one, without an actor', async () => {
    await expect(sql(t.db.url, `INSERT INTO return_approvals (revision_id) SELECT current_revision_id FROM annual_returns WHERE ods_code = 'AP004'`)).rejects.toThrow(/without an actor/);
    await expect(sql(t.db.url, `UPDATE return_approvals SET withdrawal_reason = 'x' WHERE ods_code = 'AP001'`)).rejects.toThrow(/without an actor/);
  });

  it('refuses, even with an actor: a delete, any change but a withdrawal, a second withdrawal, a second standing approval', async () => {
    await expect(sql(t.db.url, `DELETE FROM return_approvals WHERE ods_code = 'AP001'`)).rejects.toThrow(/kept for good/);
    await expect(sql(t.db.url, 'TRUNCATE return_approvals CASCADE')).rejects.toThrow(/kept for good/);
    await expect(sql(t.db.url, `${asAdmin} UPDATE return_approvals SET approved_by = 'someone else' WHERE ods_code = 'AP001'`)).rejects.toThrow(/only a withdrawal/);
    await expect(sql(t.db.url, `${asAdmin} INSERT INTO return_approvals (revision_id) SELECT current_revision_id FROM annual_returns WHERE ods_code = 'AP001'`)).rejects.toThrow(/approved already/);
    await expect(sql(t.db.url, `${asAdmin} UPDATE return_approvals SET withdrawal_reason = 'again' WHERE ods_code = 'AP002' AND withdrawn_at IS NOT NULL`)).rejects.toThrow(/withdrawn already/);
    await expect(sql(t.db.url, `${asAdmin} UPDATE return_approvals SET withdrawal_reason = '  ' WHERE ods_code = 'AP001'`)).rejects.toThrow(/needs a reason/);
    expect(await approvalsOf('AP001')).toBe(1);
    const [row] = await sql<{ withdrawn_at: Date | null }>(t.db.url, `SELECT withdrawn_at FROM return_approvals WHERE ods_code = 'AP001'`);
    expect(row!.withdrawn_at).toBeNull();
  });

  it('fills in who approved from the actor, whatever the writer claims', async () => {
    await sql(t.db.url, `${asAdmin} SELECT set_config('audit.actor_label', 'claims', false);
      INSERT INTO return_approvals (revision_id, ods_code, year, revision, approved_by, approved_by_role)
      SELECT r.id, 'XX', 1999, 99, 'forged', 'forged' FROM return_revisions r WHERE r.ods_code = 'AP005' AND r.revision = 2`);
    const [row] = await sql<{ approved_by: string; approved_by_role: string; ods_code: string; year: number; revision: number }>(t.db.url,
      `SELECT approved_by, approved_by_role, ods_code, year, revision FROM return_approvals WHERE ods_code = 'AP005' AND revision = 2`);
    expect(row).toEqual({ approved_by: 'claims', approved_by_role: 'admin', ods_code: 'AP005', year: 2025, revision: 2 });
  });
});
