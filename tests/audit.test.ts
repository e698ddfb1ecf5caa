import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, httpAs, type Http, type TestApp } from './support/app.ts';
import { countRows, createOrganisation, putReturn, sql } from './support/fixtures.ts';

let t: TestApp;
let submitter: Http;
let submitterId: string;
beforeAll(async () => {
  t = await createTestApp({ today: '2025-06-01' }); // 2024-25 is the previous year: open to submitters
  await createOrganisation(t.http, { odsCode: 'AUD1' });
  const key = await t.http.post('/v1/api-keys').send({ name: 'AUD1 lead', role: 'submitter', organisations: ['AUD1'] });
  submitter = httpAs(t.app, key.body.key);
  submitterId = key.body.id;
});
afterAll(() => t.close());

const latest = async (entity: string) => (await t.http.get(`/v1/audit?entity=${entity}&limit=1`)).body.data[0];

describe('every change writes an audit event', () => {
  it('records a return submitted and amended, with actor, request id, before and after', async () => {
    const first = await putReturn(submitter, 'AUD1', '2024-25', { staffWte: 1000, qualifiedWte: 1 });
    const submitted = await latest('return');
    expect(submitted).toMatchObject({
      action: 'submit',
      entity: 'return',
      entityId: 'AUD1/2024-25',
      odsCode: 'AUD1',
      actor: { keyId: submitterId, role: 'submitter', label: 'AUD1 lead' },
      requestId: first.headers['x-request-id'],
      before: null,
      after: expect.objectContaining({ staffWte: 1000, qualifiedWte: 1, revision: 1 }),
    });
    await putReturn(submitter, 'AUD1', '2024-25', { staffWte: 1000, qualifiedWte: 2 });
    const amended = await latest('return');
    expect(amended).toMatchObject({
      action: 'amend',
      before: expect.objectContaining({ qualifiedWte: 1, revision: 1 }),
      after: expect.objectContaining({ qualifiedWte: 2, revision: 2 }),
    });
  });

  it('writes nothing for an identical resubmission, a dry run or a refused request', async () => {
    const before = await countRows(t.db.url, 'audit_events');
    const identical = await putReturn(submitter, 'AUD1', '2024-25', { staffWte: 1000, qualifiedWte: 2 });
    expect(identical.status).toBe(200);
    expect(identical.body.revision).toBe(2);
    const dry = await putReturn(submitter, 'AUD1', '2024-25', { staffWte: 5, qualifiedWte: 2 }).query({ dryRun: 'true' });
    expect(dry.status).toBe(200);
    expect(dry.body.dryRun).toBe(true);
    const refused = await putReturn(submitter, 'AUD1', '2024-25', { staffWte: 1, qualifiedWte: 2 });
    expect(refused.status).toBe(422);
    expect(await countRows(t.db.url, 'audit_events')).toBe(before);
  });

  it.each([
    ['region', 'create', () => t.http.post('/v1/regions').send({ code: 'Y99', name: 'Test region' })],
    ['organisation', 'create', () => t.http.post('/v1/organisations').send({ odsCode: 'AUD2', name: 'x', type: 'icb', regionCode: 'Y56' })],
    ['organisation', 'update', () => t.http.patch('/v1/organisations/AUD2').send({ name: 'Renamed' })],
    ['policy', 'create', () => t.http.post('/v1/policies').send({ effectiveFrom: '2040-41', flagThreshold: 1600, targetRatio: 1200, title: 'x' })],
    ['year', 'create', () => t.http.put('/v1/years/2031-32').send({ opensOn: '2032-04-01', deadline: '2032-06-30', closesOn: '2032-07-31' })],
    ['year', 'update', () => t.http.put('/v1/years/2031-32').send({ opensOn: '2032-04-01', deadline: '2032-06-30', closesOn: '2032-08-31' })],
    ['api_key', 'create', () => t.http.post('/v1/api-keys').send({ name: 'temp', role: 'analyst' })],
  ])('records a %s %s by the bootstrap admin', async (entity, action, call) => {
    const res = await call();
    expect(res.status).toBeLessThan(300);
    const event = await latest(entity);
    expect(event).toMatchObject({ entity, action, actor: { keyId: null, role: 'admin' }, requestId: res.headers['x-request-id'] });
    if (action === 'update') expect(event.before).not.toEqual(event.after);
  });

  it("keeps the server's request id and, beside it, the id the client sent (which cannot forge the audit's)", async () => {
    const res = await putReturn(submitter, 'AUD1', '2024-25', { staffWte: 1000, qualifiedWte: 3 }, { 'x-request-id': 'client-trace-1' });
    expect(res.status).toBe(200);
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers['x-client-request-id']).toBe('client-trace-1');
    const event = await latest('return');
    expect(event).toMatchObject({ action: 'amend', requestId: res.headers['x-request-id'], clientRequestId: 'client-trace-1' });
    // A client replaying an earlier request's server id cannot make the audit repeat it.
    const forged = res.headers['x-request-id']!;
    const again = await putReturn(submitter, 'AUD1', '2024-25', { staffWte: 1000, qualifiedWte: 4 }, { 'x-request-id': forged });
    expect(again.status).toBe(200);
    expect(again.headers['x-request-id']).not.toBe(forged);
    expect(await latest('return')).toMatchObject({ requestId: again.headers['x-request-id'], clientRequestId: forged });
    expect(await countRows(t.db.url, 'audit_events', 'request_id = $1', [forged])).toBe(1);
  });

  it('records a revocation', async () => {
    const created = await t.http.post('/v1/api-keys').send({ name: 'to revoke', role: 'analyst' });
    await t.http.delete(`/v1/api-keys/${created.body.id}`);
    expect(await latest('api_key')).toMatchObject({ action: 'revoke', entityId: created.body.id, before: expect.objectContaining({ revokedAt: null }) });
  });
});

describe('nobody can skip or alter the trail', () => {
  it('rolls the change back when its audit event cannot be written', async () => {
    await sql(t.db.url, `ALTER TABLE audit_events ADD CONSTRAINT audit_fails_for_test CHECK (entity_id <> 'AUD1/2023-24')`);
    try {
      const res = await putReturn(t.http, 'AUD1', '2023-24', { staffWte: 1000, qualifiedWte: 1 });
      expect(res.status).toBe(500);
      expect(await countRows(t.db.url, 'return_revisions', `ods_code = 'AUD1' AND year = 2023`)).toBe(0);
      expect(await countRows(t.db.url, 'annual_returns', `ods_code = 'AUD1' AND year = 2023`)).toBe(0);
    } finally {
      await sql(t.db.url, 'ALTER TABLE audit_events DROP CONSTRAINT audit_fails_for_test');
    }
    expect((await putReturn(t.http, 'AUD1', '2023-24', { staffWte: 1000, qualifiedWte: 1 })).status).toBe(201);
  });

  it('refuses a change made without naming an actor, even in plain SQL', async () => {
    await expect(sql(t.db.url, `UPDATE organisations SET name = 'sneaky' WHERE ods_code = 'AUD1'`)).rejects.toThrow(/without an actor/);
    const [row] = await sql<{ name: string }>(t.db.url, `SELECT name FROM organisations WHERE ods_code = 'AUD1'`);
    expect(row!.name).not.toBe('sneaky');
  });

  it('refuses to update or delete audit events', async () => {
    await expect(sql(t.db.url, `UPDATE audit_events SET actor_label = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(sql(t.db.url, `DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
  });

  it('refuses to empty the trail with TRUNCATE, even with CASCADE', async () => {
    const before = await countRows(t.db.url, 'audit_events');
    expect(before).toBeGreaterThan(0);
    await expect(sql(t.db.url, 'TRUNCATE audit_events')).rejects.toThrow('audit events are append-only: TRUNCATE is not allowed');
    await expect(sql(t.db.url, 'TRUNCATE audit_events CASCADE')).rejects.toThrow('audit events are append-only: TRUNCATE is not allowed');
    expect(await countRows(t.db.url, 'audit_events')).toBe(before);
  });
});

describe('GET /v1/audit', () => {
  it('lists newest first, filters by entity, organisation, actor and time, and pages', async () => {
    const all = await t.http.get('/v1/audit?limit=1000');
    const ids = all.body.data.map((e: { id: string }) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const byOrg = await t.http.get('/v1/audit?odsCode=AUD1');
    expect(byOrg.body.data.length).toBeGreaterThan(0);
    expect(byOrg.body.data.every((e: { odsCode: string }) => e.odsCode === 'AUD1')).toBe(true);
    const byActor = await t.http.get(`/v1/audit?actor=${submitterId}`);
    expect(byActor.body.data.map((e: { action: string }) => e.action)).toEqual(['amend', 'amend', 'amend', 'submit']);
    const future = await t.http.get('/v1/audit?since=2100-01-01T00:00:00Z');
    expect(future.body).toEqual({ data: [], meta: { total: 0, limit: 50, offset: 0 } });
    const page = await t.http.get('/v1/audit?limit=2&offset=1');
    expect(page.body.data.map((e: { id: string }) => e.id)).toEqual(all.body.data.slice(1, 3).map((e: { id: string }) => e.id));
    expect((await t.http.get('/v1/audit?since=yesterday')).status).toBe(400);
  });
});
