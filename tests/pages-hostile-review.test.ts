import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { TEST_ADMIN_KEY, createTestApp, type TestApp } from './support/app.ts';
import { countRows, createKey } from './support/fixtures.ts';
import { withOpenAndClosedDemoApps } from './support/pages.ts';
import { draw, MAX_WAITING_DRAWS } from '../src/modules/charts/service.ts';
import { trendSpec } from '../src/modules/charts/specs.ts';

/*
 * The pages and charts against what two hostile reviews tried: guessing keys, bursts of charts,
 * cache headers behind a key, paths that step out of their place, planted cookies.
 */

let t: TestApp;
let closed: TestApp;
withOpenAndClosedDemoApps((open, keysOnly) => ([t, closed] = [open, keysOnly]));

const anonymous = () => request(t.app.server);
const pagesHost = (req: request.Test) => req.set('host', 'pages.test').set('origin', 'http://pages.test');
const signIn = async (app: TestApp, key: string) =>
  String((await pagesHost(request(app.app.server).post('/sign-in')).type('form').send({ key })).headers['set-cookie']).split(';')[0]!;

describe('what the hostile review found', () => {
  it('cuts off guessing keys at the sign-in and the API together (429 with Retry-After), yet lets a valid key sign in', async () => {
    const app = await createTestApp({ config: { authFailuresPerMinute: 4 } });
    try {
      const signIn = (key: string) => request(app.app.server).post('/sign-in').set('host', 'pages.test').set('origin', 'http://pages.test').type('form').send({ key });
      const statuses: number[] = [];
      statuses.push((await request(app.app.server).get('/v1/regions').set('authorization', 'Bearer wrong-api')).status);
      for (let i = 0; i < 5; i += 1) statuses.push((await signIn(`wrong-${i}`)).status);
      expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
      const blocked = await signIn('wrong-again');
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect((await request(app.app.server).get('/v1/regions').set('authorization', 'Bearer wrong-api')).status).toBe(429);
      expect((await signIn(TEST_ADMIN_KEY)).status).toBe(303);
    } finally {
      await app.close();
    }
  });

  it('answers a form without a body, or with a Referer that is not a URL, without a 500', async () => {
    const key = await createKey(t.http, 'admin');
    const cookie = String((await anonymous().post('/sign-in').set('host', 'pages.test').set('origin', 'http://pages.test').type('form').send({ key })).headers['set-cookie']).split(';')[0]!;
    for (const path of ['/my/returns/ZD007/2025-26', '/my/returns/ZD007/2025-26/preview', '/my/approvals/ZD007/2025-26', '/my/publish']) {
      const res = await anonymous().post(path).set('cookie', cookie).set('host', 'pages.test').set('origin', 'http://pages.test');
      expect(res.status, path).toBeLessThan(500);
    }
    expect((await anonymous().post('/sign-in').set('referer', 'notaurl').type('form').send({ key })).status).toBe(403);
  });

  it('draws a chart again once a new version is published (a kept chart never outlives its figures)', async () => {
    const svg = async () => (await anonymous().get('/v1/charts/trend.svg').buffer(true).parse((res, done) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done(null, text));
    })).body as string;
    expect(await svg()).toContain('2018-19 to 2024-25');
    expect((await t.http.post('/v1/publications').send({ year: '2025-26', note: 'First' })).status).toBe(201);
    expect(await svg()).toContain('2018-19 to 2025-26');
  });

  it('draws one chart at a time, refusing (429, Retry-After 1) a draw beyond the few waiting, then draws again', async () => {
    const chart = { title: 'A', description: 'B', spec: trendSpec([{ group: 'England', year: '2024-25', ratio: 1500 }], { targetRatio: 1250, flagThreshold: 1730 }, 'A', 'B'), table: { columns: ['Year'], rows: [['2024-25']] } };
    const drawing: Promise<string>[] = [];
    const refused: unknown[] = [];
    for (let i = 0; i < MAX_WAITING_DRAWS + 3; i += 1) {
      try {
        drawing.push(draw(chart));
      } catch (error) {
        refused.push(error);
      }
    }
    expect(drawing).toHaveLength(MAX_WAITING_DRAWS);
    expect(refused).toHaveLength(3);
    expect(refused[0]).toMatchObject({ status: 429, headers: { 'retry-after': '1' } });
    for (const svg of await Promise.all(drawing)) expect(svg).toMatch(/^<svg/);
    expect(await draw(chart)).toMatch(/^<svg/);
  });

  it('answers a burst of uncached charts with charts or 429s, never a 500, and no-store on the refusals', async () => {
    const codes = (await t.http.get('/v1/publications/2024-25/organisations')).body.data.slice(0, 40).map((o: { odsCode: string }) => o.odsCode);
    const answers = await Promise.all(codes.map((code: string) => anonymous().get(`/v1/charts/organisation.svg?odsCode=${code}`)));
    expect(answers.map((a) => a.status).filter((s) => s !== 200 && s !== 429)).toEqual([]);
    for (const refusal of answers.filter((a) => a.status === 429)) expect(refusal.headers['cache-control']).toBe('no-store');
  });

  it('lets no shared cache keep a chart or report read with a key (PUBLIC_PUBLICATIONS=false), and keeps no refusal', async () => {
    const key = await createKey(closed.http, 'submitter', { organisations: ['ZD007'] });
    for (const path of ['/v1/charts/regions.svg', '/v1/charts/trend.csv', '/v1/publications/2024-25/report']) {
      const res = await request(closed.app.server).get(path).set('authorization', `Bearer ${key}`);
      expect(res.status, path).toBe(200);
      expect(res.headers['cache-control'], path).toBe('private, max-age=300');
    }
    expect((await anonymous().get('/v1/charts/regions.svg')).headers['cache-control']).toBe('public, max-age=300');
    for (const path of ['/v1/charts/trend.csv?year=2030-31', '/v1/charts/organisation.csv', '/v1/publications/2030-31/report']) {
      const res = await anonymous().get(path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.headers['cache-control'], path).toBe('no-store');
    }
  });

  it("refuses a page path whose organisation or year is not one ('..' would take its API call elsewhere)", async () => {
    const cookie = await signIn(t, await createKey(t.http, 'admin'));
    for (const path of ['/my/returns/%2E%2E/2025-26', '/my/returns/ZD007/..', '/my/returns/ZD007/2025-26%2F..%2F..']) {
      const res = await anonymous().get(path).set('cookie', cookie);
      expect(res.status, path).toBe(404);
      expect(res.text).toContain('ODS code');
    }
    const posted = await pagesHost(anonymous().post('/my/approvals/%2E%2E/2025-26')).set('cookie', cookie).type('form').send({ revision: '1' });
    expect(posted.status).toBe(404);
  });

  it('ends every session cookie sent at sign-out, so a planted first cookie cannot keep the real session signed in', async () => {
    const planted = await signIn(t, await createKey(t.http, 'analyst'));
    const real = await signIn(t, TEST_ADMIN_KEY);
    const out = await pagesHost(anonymous().post('/sign-out')).set('cookie', `${planted}; ${real}`);
    expect(out.status).toBe(303);
    expect((await anonymous().get('/my').set('cookie', real)).headers.location).toBe('/sign-in');
    expect((await anonymous().get('/my').set('cookie', planted)).headers.location).toBe('/sign-in');
    expect(await countRows(t.db.url, 'ended_page_sessions')).toBeGreaterThanOrEqual(2);
  });
});
