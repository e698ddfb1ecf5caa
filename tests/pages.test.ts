import request from 'supertest';
import { describe, expect, it, vi } from 'vitest';
import { TEST_ADMIN_KEY, createTestApp, type TestApp } from './support/app.ts';
import { countRows, createKey, createOrganisation, putReturn } from './support/fixtures.ts';
import { withOpenAndClosedDemoApps } from './support/pages.ts';
import { PAGE_POLICY } from '../src/modules/pages/policy.ts';

/*
 * The pages, the charts and the annual report over HTTP (the browser tests look at them in
 * Chromium): who may read them, what they say, and what a hostile caller gets.
 */

let t: TestApp;
let closed: TestApp;
withOpenAndClosedDemoApps((open, keysOnly) => ([t, closed] = [open, keysOnly]));

const anonymous = () => request(t.app.server);
/** An SVG answer's text (supertest keeps image/* answers as bytes). */
const svgAt = (path: string) => anonymous().get(path).buffer(true).parse((res, done) => {
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => (text += chunk));
  res.on('end', () => done(null, text));
});

/** A summary list row's value as text ('' when the row is missing). */
const summaryRow = (html: string, key: string) =>
  (new RegExp(`${key}</dt><dd class="nhsuk-summary-list__value">([\\s\\S]*?)</dd>`).exec(html)?.[1] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
const signInCookie = async (key: string) =>
  String((await anonymous().post('/sign-in').set('host', 'pages.test').set('origin', 'http://pages.test').type('form').send({ key })).headers['set-cookie']).split(';')[0]!;

describe('the public pages', () => {
  it('answer without a key, with a strict policy and the published headline figure', async () => {
    const [page, published] = await Promise.all([anonymous().get('/'), anonymous().get('/v1/publications/2024-25').set('accept-encoding', 'identity')]);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(summaryRow(page.text, 'England')).toContain(published.body.summary.national.ratioDisplay);
    expect(summaryRow(page.text, 'Organisations reported')).toBe(`${published.body.completeness.reported} of ${published.body.completeness.expected}`);
    expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    // The design system's styles are served from here, without its fonts from assets.nhs.uk.
    expect((await anonymous().get('/assets/pages/nhsuk.css')).text).not.toMatch(/assets\.nhs\.uk|@font-face/);
  });

  it("send every kind of page with the pages' own strict policy (not the API's) and a same-origin referrer policy", async () => {
    const admin = await signInCookie(TEST_ADMIN_KEY);
    const pages = [anonymous().get('/'), anonymous().get('/organisations/ZZ999'), anonymous().get('/v1/publications/2024-25/report'),
      anonymous().get('/sign-in'), anonymous().get('/my').set('cookie', admin), anonymous().get('/my/upload').set('cookie', admin)];
    for (const [index, res] of (await Promise.all(pages)).entries()) {
      expect(res.headers['content-security-policy'], `page ${index}`).toBe(PAGE_POLICY);
      expect(res.headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(res.headers['referrer-policy'], `page ${index}`).toBe('same-origin');
    }
  });

  it('answer a 404 page, kept by no cache, for what is not published', async () => {
    for (const path of ['/organisations/ZZ999', '/regions/NOPE', '/years/2030-31', '/years/nonsense', '/organisations/%3Cscript%3E']) {
      const res = await anonymous().get(path);
      expect(res.status, path).toBe(404);
      expect(res.text).not.toContain('<script>');
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('escape what a caller puts in a page (the message a form leaves in the query)', async () => {
    const admin = await signInCookie(TEST_ADMIN_KEY);
    for (const path of ['/my/approvals?year=2025-26&message=', '/my/publish?year=2025-26&message=']) {
      const res = await anonymous().get(`${path}%3Cscript%3Ealert(1)%3C%2Fscript%3E`).set('cookie', admin);
      expect(res.status, path).toBe(200);
      expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(res.text).not.toContain('<script>alert(1)');
    }
  });

  it('are not public where publications are not (PUBLIC_PUBLICATIONS=false), though key holders still sign in', async () => {
    for (const path of ['/', '/years', '/years/2024-25', '/regions/Y56', '/organisations/ZD030']) {
      const res = await request(closed.app.server).get(path);
      expect(res.status, path).toBe(403);
      expect(res.text, path).toContain('not public');
      expect(res.headers['cache-control'], path).toBe('no-store');
    }
    expect((await request(closed.app.server).get('/assets/pages/pages.css')).status).toBe(200);
    expect((await request(closed.app.server).get('/sign-in')).status).toBe(200);
    expect((await request(closed.app.server).get('/v1/publications/2024-25/report').set('authorization', `Bearer ${TEST_ADMIN_KEY}`)).status).toBe(200);
  });
});

describe('the charts', () => {
  it('are SVG with a title, a description and the table they draw', async () => {
    const res = await svgAt('/v1/charts/regions.svg?year=2024-25');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
    const svg = res.body as string;
    expect(svg).toMatch(/^<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+-title [^"]+-desc"/);
    expect(svg).toContain('<title id=');
    expect(svg).toContain('<desc id=');
    // The table holds every region's published ratio.
    const published = (await anonymous().get('/v1/publications/2024-25').set('accept-encoding', 'identity')).body;
    for (const region of published.summary.regions) expect(svg).toContain(`<td>${region.name}</td><td>${region.ratioDisplay}</td>`);
  });

  it('draw each kind, and refuse what they cannot draw', async () => {
    for (const path of ['trend.svg', 'trend.svg?groupBy=region', 'trend.svg?groupBy=type&key=acute', 'distribution.svg', 'organisation.svg?odsCode=ZD030']) {
      const res = await svgAt(`/v1/charts/${path}`);
      expect(res.status, path).toBe(200);
      expect(res.body, path).toContain('<metadata><table');
    }
    expect((await anonymous().get('/v1/charts/pie.svg')).status).toBe(400);
    expect((await anonymous().get('/v1/charts/organisation.svg')).status).toBe(400);
    expect((await anonymous().get('/v1/charts/organisation.svg?odsCode=ZZ999')).status).toBe(404);
    expect((await anonymous().get('/v1/charts/regions.svg?year=2030-31')).status).toBe(404);
    expect((await request(closed.app.server).get('/v1/charts/trend.svg')).status).toBe(401);
  });
});

describe('the annual report', () => {
  it('is one printable page with its charts, tables, definitions and method', async () => {
    const res = await anonymous().get('/v1/publications/2024-25/report');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const published = (await anonymous().get('/v1/publications/2024-25').set('accept-encoding', 'identity')).body;
    expect(summaryRow(res.text, 'England')).toContain(published.summary.national.ratioDisplay);
    expect(res.text).toContain(`Version ${published.version}, published`);
    expect(res.text).toContain('Figures for 2024-25');
    expect(res.text.match(/<svg/g)?.length).toBe(4);
    expect(res.text).toContain('Definitions and method');
    expect(res.text).toContain('Flagged organisations');
    expect((await anonymous().get('/v1/publications/2030-31/report')).status).toBe(404);
    expect((await request(closed.app.server).get('/v1/publications/2024-25/report')).status).toBe(401);
  });
});

describe('the pages for people with a key', () => {
  const signIn = async (key: string) => {
    const res = await anonymous().post('/sign-in').set('host', 'pages.test').set('origin', 'http://pages.test').type('form').send({ key });
    return res;
  };

  it('sign in with a valid key only, into an HttpOnly, SameSite=Strict session cookie that does not hold the key', async () => {
    const bad = await signIn('not-a-key');
    expect(bad.status).toBe(401);
    expect(bad.headers['set-cookie']).toBeUndefined();
    const good = await signIn(TEST_ADMIN_KEY);
    expect(good.status).toBe(303);
    expect(good.headers.location).toBe('/my');
    const cookie = String(good.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toContain(TEST_ADMIN_KEY);
  });

  it('refuse a form from another origin, or with none, and send a visitor without a session (or with a forged one) to sign in', async () => {
    for (const headers of [{}, { origin: 'https://evil.example' }, { origin: 'null' }]) {
      const res = await anonymous().post('/sign-in').set(headers).type('form').send({ key: TEST_ADMIN_KEY });
      expect(res.status, JSON.stringify(headers)).toBe(403);
    }
    expect((await anonymous().get('/my')).headers.location).toBe('/sign-in');
    const forged = await anonymous().get('/my').set('cookie', 'staff_ratio_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(forged.headers.location).toBe('/sign-in');
  });

  it('sign out for good: a copy of the cookie taken before opens nothing afterwards, and other sessions stay signed in', async () => {
    const cookieOf = async () => String((await signIn(TEST_ADMIN_KEY)).headers['set-cookie']).split(';')[0]!;
    const [mine, other] = [await cookieOf(), await cookieOf()];
    expect((await anonymous().get('/my').set('cookie', mine)).status).toBe(200);
    const out = await anonymous().post('/sign-out').set('cookie', mine).set('host', 'pages.test').set('origin', 'http://pages.test');
    expect(out.status).toBe(303);
    expect(String(out.headers['set-cookie'])).toMatch(/staff_ratio_session=;/);
    expect((await anonymous().get('/my').set('cookie', mine)).headers.location).toBe('/sign-in');
    expect((await anonymous().get('/my').set('cookie', other)).status).toBe(200);
  });

  it('mark the cookie Secure behind a trusted HTTPS proxy (TRUST_PROXY), and not over plain HTTP or on a forged X-Forwarded-Proto', async () => {
    const behindProxy = await createTestApp({ config: { trustProxy: true } });
    try {
      const viaProxy = await request(behindProxy.app.server).post('/sign-in').set('host', 'pages.test').set('x-forwarded-proto', 'https')
        .set('origin', 'https://pages.test').type('form').send({ key: TEST_ADMIN_KEY });
      expect(viaProxy.status).toBe(303);
      expect(String(viaProxy.headers['set-cookie'])).toMatch(/; Secure/);
    } finally {
      await behindProxy.close();
    }
    const plain = await anonymous().post('/sign-in').set('host', 'pages.test').set('origin', 'http://pages.test').type('form').send({ key: TEST_ADMIN_KEY });
    expect(plain.status).toBe(303);
    expect(String(plain.headers['set-cookie'])).not.toMatch(/;\s*Secure/i);
    // Without TRUST_PROXY the header is anybody's: the form's https origin is not this http service's.
    const forged = await anonymous().post('/sign-in').set('host', 'pages.test').set('x-forwarded-proto', 'https')
      .set('origin', 'https://pages.test').type('form').send({ key: TEST_ADMIN_KEY });
    expect(forged.status).toBe(403);
  });

  it('believe as many proxies as TRUST_PROXY counts, and no more: a spoofed first X-Forwarded-For entry changes nothing', async () => {
    const oneHop = await createTestApp({ config: { trustProxy: 1, authFailuresPerMinute: 1 } });
    try {
      const wrongKeyVia = (forwardedFor: string) => request(oneHop.app.server).get('/v1/regions').set('authorization', 'Bearer wrong').set('x-forwarded-for', forwardedFor);
      expect((await wrongKeyVia('203.0.113.1, 198.51.100.7')).status).toBe(401);
      expect((await wrongKeyVia('203.0.113.2, 198.51.100.7')).status).toBe(429); // the same client, as the one proxy saw it
      expect((await wrongKeyVia('203.0.113.2, 198.51.100.8')).status).toBe(401); // another client
    } finally {
      await oneHop.close();
    }
  });

  it('show live figures to an analyst only labelled provisional, and never to a data lead or without a key', async () => {
    const cookieFor = async (key: string) => String((await signIn(key)).headers['set-cookie']).split(';')[0]!;
    const live = (await t.http.get('/v1/monitoring/2025-26/summary')).body;
    expect(live.status).not.toBe('published');
    const analyst = await anonymous().get('/my?year=2025-26').set('cookie', await cookieFor(await createKey(t.http, 'analyst')));
    expect(analyst.text).toContain('Provisional figures for 2025-26');
    expect(analyst.text).toContain(`England ${live.groups[0].ratioDisplay}`);
    const dataLead = await anonymous().get('/my?year=2025-26').set('cookie', await cookieFor(await createKey(t.http, 'submitter', { organisations: ['ZD007'] })));
    expect(dataLead.status).toBe(200);
    expect(dataLead.text).not.toContain('Provisional figures');
  });

  it("guard the return form with the return's ETag: a stale form is refused (409) with its figures kept, and a check stores nothing", async () => {
    await createOrganisation(t.http, { odsCode: 'ZQ901' });
    const cookie = await signInCookie(await createKey(t.http, 'submitter', { organisations: ['ZQ901'] }));
    const as = (req: request.Test) => req.set('cookie', cookie).set('host', 'pages.test').set('origin', 'http://pages.test');
    const first = await as(anonymous().post('/my/returns/ZQ901/2025-26')).type('form').send({ staffWte: '5000', qualifiedWte: '3', action: 'submit' });
    expect(first.status).toBe(303);
    const opened = await as(anonymous().get('/my/returns/ZQ901/2025-26'));
    expect(opened.headers['cache-control']).toBe('no-store');
    const etag = /name="etag" value="([^"]*)"/.exec(opened.text)![1]!.replace(/&quot;/g, '"');
    const current = await t.http.get('/v1/organisations/ZQ901/returns/2025-26');
    expect(etag).toBe(current.headers.etag);
    expect((await putReturn(t.http, 'ZQ901', '2025-26', { staffWte: 5100, qualifiedWte: 3 }, { 'if-match': String(current.headers.etag) })).status).toBe(200);
    const stale = await as(anonymous().post('/my/returns/ZQ901/2025-26')).type('form').send({ etag, staffWte: '9999', qualifiedWte: '3', action: 'submit' });
    expect(stale.status).toBe(409);
    expect(stale.text).toContain('Someone changed this return since you opened it');
    expect(stale.text).toContain('value="9999"');
    expect((await t.http.get('/v1/organisations/ZQ901/returns/2025-26')).body.staffWte).toBe(5100);
    const check = await as(anonymous().post('/my/returns/ZQ901/2025-26')).type('form').send({ staffWte: '2000', qualifiedWte: '3', action: 'check' });
    expect(check.text).toMatch(/id="preview-ratio">1:667</);
    expect((await t.http.get('/v1/organisations/ZQ901/returns/2025-26')).body.staffWte).toBe(5100);
    for (const path of ['/my', '/my/upload', '/my/approvals?year=2025-26']) expect((await as(anonymous().get(path))).headers['cache-control'], path).toBe('no-store');
  });

  it('end a session 12 hours after sign-in, whatever the browser keeps', async () => {
    const cookie = await signInCookie(TEST_ADMIN_KEY);
    expect((await anonymous().get('/my').set('cookie', cookie)).status).toBe(200);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 12 * 3600_000 + 1000 });
    try {
      expect((await anonymous().get('/my').set('cookie', cookie)).headers.location).toBe('/sign-in');
    } finally {
      vi.useRealTimers();
    }
  });

  it("let a data lead do only what its key may: not another trust's return, not approving, not publishing", async () => {
    const key = await createKey(t.http, 'submitter', { organisations: ['ZD007'] });
    const cookie = String((await signIn(key)).headers['set-cookie']).split(';')[0]!;
    const as = (req: request.Test) => req.set('cookie', cookie).set('host', 'pages.test').set('origin', 'http://pages.test');
    const other = await as(anonymous().get('/my/returns/ZD008/2025-26'));
    expect(other.status).toBe(403);
    expect(other.text).not.toContain('id="return-form"');
    const preview = await as(anonymous().post('/my/returns/ZD008/2025-26/preview')).type('form').send({ staffWte: '1000', qualifiedWte: '1' });
    expect(preview.status).toBe(403);
    expect(preview.body.ratioDisplay).toBeUndefined();
    expect((await as(anonymous().get('/my/publish'))).status).toBe(403);
    expect((await as(anonymous().get('/my/approvals'))).status).toBe(403);
    const approve = await as(anonymous().post('/my/approvals/ZD007/2025-26')).type('form').send({ revision: '1' });
    expect(decodeURIComponent(String(approve.headers.location))).toContain('Not approved');
    const before = await countRows(t.db.url, 'publications');
    const publish = await as(anonymous().post('/my/publish')).type('form').send({ year: '2025-26', note: 'x' });
    expect(publish.headers.location).toContain('/my/publish?year=2025-26&message=');
    expect(await countRows(t.db.url, 'publications')).toBe(before);
  });
});

describe('the upload page, from a tired data lead and a hostile one', () => {
  const session = async () => {
    const key = await createKey(t.http, 'submitter', { organisations: ['ZD007', 'ZD009'] });
    return String((await anonymous().post('/sign-in').set('host', 'pages.test').set('origin', 'http://pages.test').type('form').send({ key })).headers['set-cookie']).split(';')[0]!;
  };
  const upload = (cookie: string) => anonymous().post('/my/upload').set('cookie', cookie).set('host', 'pages.test').set('origin', 'http://pages.test');

  it("reads Excel's Windows-1252 CSV when told so, says a check stored nothing, and names each refused row's column", async () => {
    const cookie = await session();
    const csv = Buffer.concat([Buffer.from('odsCode,year,staffWte,qualifiedWte,comment\nZD007,2025-26,5300,3.2,Ren'), Buffer.from([0xe9]), Buffer.from('e\nZD009,2025-26,ten,1,\n')]);
    const undeclared = await upload(cookie).field('dryRun', 'true').attach('file', csv, 'returns.csv');
    expect(undeclared.status).toBe(400);
    expect(undeclared.text).toContain('not UTF-8');
    const declared = await upload(cookie).field('dryRun', 'true').field('encoding', 'windows-1252').attach('file', csv, 'returns.csv');
    expect(declared.status).toBe(200);
    expect(declared.text).toContain('Checked, nothing stored: 2 rows');
    expect(declared.text).toContain('If sent: 1 would be created, 0 updated, 0 unchanged, 1 rejected');
    expect(declared.text).toMatch(/staffWte: must be a decimal number/);
    const mistakes = Buffer.from('odsCode,year,staffWte,qualifiedWte\n,2025-26,5300,3\nZD007,2025-26,-3,1\nZD009,2025-26,,1\n');
    const told = await upload(cookie).field('dryRun', 'true').attach('file', mistakes, 'returns.csv');
    expect(told.text).toMatch(/odsCode: is required/);
    expect(told.text).toMatch(/staffWte: must be greater than 0 and at most 100,000/);
    expect(told.text).toMatch(/staffWte: is required/);
    expect(told.text).not.toContain('Invalid input');
    expect((await t.http.get('/v1/organisations/ZD007/returns/2025-26')).status).toBe(404); // ZD007 has not reported: nothing was stored
  });

  it('answers a page, not raw JSON, for two files or a file over 10 MB', async () => {
    const cookie = await session();
    const two = await upload(cookie).attach('file', Buffer.from('a'), 'a.csv').attach('file', Buffer.from('b'), 'b.csv');
    expect(two.status).toBe(413);
    expect(two.headers['content-type']).toMatch(/^text\/html/);
    expect(two.text).toContain('one file at a time');
    const big = await upload(cookie).attach('file', Buffer.alloc(10 * 1024 * 1024 + 10, 'a'), 'big.csv');
    expect(big.status).toBe(413);
    expect(big.text).toContain('larger than 10 MB');
  });
});
