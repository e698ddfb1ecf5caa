import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, httpAs, type TestApp } from './support/app.ts';
import { countRows, createOrganisation, sql } from './support/fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await createOrganisation(t.http, { odsCode: 'RJ1' });
});
afterAll(() => t.close());

it('creates a key shown once, stores only its hash, and lists it without the key', async () => {
  const res = await t.http.post('/v1/api-keys').send({ name: 'Guy’s data lead', role: 'submitter', organisations: ['RJ1'] });
  expect(res.status).toBe(201);
  expect(res.headers['cache-control']).toBe('no-store');
  const { key, prefix, id } = res.body;
  expect(key).toMatch(/^sr_[A-Za-z0-9_-]{43}$/); // 32 random bytes
  expect(key.startsWith(prefix)).toBe(true);
  expect(res.body).toMatchObject({ name: 'Guy’s data lead', role: 'submitter', organisations: ['RJ1'], revokedAt: null });

  const [row] = await sql<Record<string, unknown>>(t.db.url, 'SELECT * FROM api_keys WHERE id = $1', [id]);
  expect(row!.hash).toBe(createHash('sha256').update(key).digest('hex'));
  expect(JSON.stringify(row)).not.toContain(key);
  const audit = await sql<{ after: unknown }>(t.db.url, `SELECT after FROM audit_events WHERE entity = 'api_key'`);
  expect(JSON.stringify(audit)).not.toContain(key);
  expect(JSON.stringify(audit)).not.toContain(row!.hash as string);

  const list = await t.http.get('/v1/api-keys');
  expect(list.body.data).toEqual([expect.objectContaining({ id, prefix, role: 'submitter' })]);
  expect(JSON.stringify(list.body)).not.toContain(key);
  expect((await httpAs(t.app, key).get('/v1/organisations/RJ1/returns')).status).toBe(200);
});

it.each([
  ['a submitter without organisations', { name: 'x', role: 'submitter', organisations: [] }, 422],
  ['an analyst limited to organisations', { name: 'x', role: 'analyst', organisations: ['RJ1'] }, 422],
  ['an unknown organisation', { name: 'x', role: 'submitter', organisations: ['NOPE'] }, 422],
  ['an unknown role', { name: 'x', role: 'superuser' }, 400],
])('refuses %s, creating nothing', async (_name, body, status) => {
  const before = await countRows(t.db.url, 'api_keys');
  const res = await t.http.post('/v1/api-keys').send(body);
  expect(res.status).toBe(status);
  expect(await countRows(t.db.url, 'api_keys')).toBe(before);
});

it('answers 404 when revoking an unknown key and 400 for a malformed id', async () => {
  expect((await t.http.delete('/v1/api-keys/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  expect((await t.http.delete('/v1/api-keys/abc')).status).toBe(400);
});

it('creates keys from the command line for operators', () => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/create-key.ts', '--role', 'submitter', '--org', 'rj1', '--name', 'from the CLI'], {
    env: { ...process.env, DATABASE_URL: t.db.url, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const key = /\b(sr_[A-Za-z0-9_-]{43})\b/.exec(result.stdout)?.[1];
  expect(key).toBeDefined();
  expect(result.stdout).toContain('for RJ1');
  return httpAs(t.app, key!).get('/v1/organisations/RJ1/returns').then((res) => expect(res.status).toBe(200));
});

describe('reviewer keys', () => {
  it('are created with the regions whose returns they approve, and listed with them', async () => {
    const res = await t.http.post('/v1/api-keys').send({ name: 'North West reviewer', role: 'reviewer', regions: ['Y62', 'Y62'] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ role: 'reviewer', regions: ['Y62'], organisations: [] });
    const list = await t.http.get('/v1/api-keys?limit=1000');
    expect(list.body.data.find((k: { id: string }) => k.id === res.body.id).regions).toEqual(['Y62']);
  });

  it('need at least one known region, and no other role takes regions (422, nothing stored)', async () => {
    const before = (await t.http.get('/v1/api-keys')).body.meta.total;
    const none = await t.http.post('/v1/api-keys').send({ name: 'r', role: 'reviewer' });
    expect(none.status).toBe(422);
    expect(none.body.errors).toEqual([{ pointer: '/body/regions', message: 'must list at least one region code for a reviewer' }]);
    const unknown = await t.http.post('/v1/api-keys').send({ name: 'r', role: 'reviewer', regions: ['Y99'] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.detail).toBe('Unknown region: Y99.');
    const scoped = await t.http.post('/v1/api-keys').send({ name: 'r', role: 'reviewer', regions: ['Y56'], organisations: ['RJ1'] });
    expect(scoped.status).toBe(422);
    expect(scoped.body.errors[0].pointer).toBe('/body/organisations');
    const analyst = await t.http.post('/v1/api-keys').send({ name: 'a', role: 'analyst', regions: ['Y56'] });
    expect(analyst.status).toBe(422);
    expect(analyst.body.errors[0].pointer).toBe('/body/regions');
    expect((await t.http.get('/v1/api-keys')).body.meta.total).toBe(before);
  });
});
