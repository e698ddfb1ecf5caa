import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import { z } from 'zod';
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { formatYear, parseYear, yearOfDate } from '../../domain/years.ts';
import type { Actor } from '../../domain/access.ts';
import { pageRenderer } from './render.ts';
import { PAGE_HEADERS } from './policy.ts';
import { SESSION_COOKIE, clearSession, pageSessions, sameOrigin, setSession } from './session.ts';

/*
 * Pages for people with a key: a data lead's returns and the return form, a reviewer's approvals,
 * an admin's publishing. Who: whoever signed in with a valid key, seeing and doing exactly what
 * that key may through the API: every action is the API's own route, called in-process with the
 * key (so its rules, permissions, ETags and audit apply unchanged). A caller without a session is
 * sent to sign in; a form from another origin is refused (403).
 */

type Answer = { status: number; body: Record<string, unknown> & { detail?: string; errors?: { pointer: string; message: string }[] }; etag?: string };

async function api(app: FastifyInstance, key: string, method: 'GET' | 'PUT' | 'POST', url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await app.inject({ method, url, headers: { authorization: `Bearer ${key}`, 'accept-encoding': 'identity', ...headers }, ...(payload === undefined ? {} : { payload: payload as object }) });
  return { status: res.statusCode, body: res.body ? (JSON.parse(res.body) as Answer['body']) : {}, etag: res.headers.etag as string | undefined };
}

/** A form's fields (an empty object for a post without a body, or with one that is not a form). */
const formOf = (request: FastifyRequest): Record<string, unknown> =>
  request.body !== null && typeof request.body === 'object' && !Array.isArray(request.body) ? (request.body as Record<string, unknown>) : {};
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value === undefined || value === '' ? [] : [String(value)]);
const field = (pointer: string) => pointer.replace(/^\/body\//, '').split('/')[0] || 'staffWte';

const SHOWN_ROWS = 1_000;

const keyedPages: FastifyPluginAsync = async (app) => {
  await app.register(cookie);
  await app.register(formbody);
  await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1, fields: 5 } });
  const render = pageRenderer();
  const sessions = pageSessions(app.db);
  const send = (reply: FastifyReply, template: string, context: Record<string, unknown>, status = 200) =>
    reply.code(status).headers(PAGE_HEADERS).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(render(template, context));

  const session = async (request: FastifyRequest): Promise<{ key: string; actor: Actor } | null> => {
    const key = await sessions.open(request.cookies[SESSION_COOKIE]);
    const actor = key ? await app.actorForKey(key) : null;
    return key && actor ? { key, actor } : null;
  };
  const config = { access: 'public' as const };
  const schema = { hide: true };
  // What the pages' own links carry (any other query parameter is refused, as everywhere).
  const withYear = { hide: true, querystring: z.object({ year: z.string().max(7).optional(), message: z.string().max(500).optional() }) };
  const withSaved = { hide: true, querystring: z.object({ saved: z.enum(['1']).optional() }) };

  // A path's organisation and year go into the API's paths: nothing but an ODS code and a year
  // (a `..` would take the API call elsewhere).
  app.addHook('preValidation', async (request, reply) => {
    const { odsCode, year } = (request.params ?? {}) as { odsCode?: string; year?: string };
    if ((odsCode !== undefined && !/^[A-Za-z0-9]{3,5}$/.test(odsCode)) || (year !== undefined && !/^\d{4}-\d{2}$/.test(year))) {
      return send(reply, 'not-found.njk', { title: 'Page not found', detail: 'An organisation is named by its ODS code (e.g. RJ1) and a year is written like 2025-26.' }, 404);
    }
  });

  // Forms only from this service's own pages: another site cannot post with the visitor's session.
  app.addHook('preHandler', async (request, reply) => {
    if (request.method === 'POST' && !sameOrigin(request)) return reply.code(403).type('text/plain').send('Forms are accepted from this service\'s own pages only.');
  });

  /** The year being reported: an open window's, else the financial year before today's. */
  const currentYear = async (key: string, asked: unknown): Promise<string> => {
    if (typeof asked === 'string' && parseYear(asked) !== null) return asked;
    const years = (await api(app, key, 'GET', '/v1/years')).body.data as { year: string; status: string }[] | undefined;
    return years?.find((y) => y.status === 'open')?.year ?? formatYear(yearOfDate(app.today()) - 1);
  };

  app.get('/sign-in', { config, schema }, async (_request, reply) => send(reply, 'sign-in.njk', { title: 'Sign in' }));

  // Wrong keys count against the address in the API's own counter: guessing is cut off for a
  // minute, on the pages and the API together. As on the API, a valid key still signs in from an
  // address that is cut off, so an attacker sharing it cannot lock real users out.
  const failures = app.authFailures;
  app.post('/sign-in', { config, schema }, async (request, reply) => {
    const key = String((request.body as { key?: unknown } | undefined)?.key ?? '').trim();
    const actor = key ? await app.actorForKey(key) : null;
    if (!actor) {
      const blockedFor = failures.blockedFor(request.ip);
      if (blockedFor > 0) {
        return send(reply.header('retry-after', String(blockedFor)), 'sign-in.njk', { title: 'Sign in', error: 'Too many wrong keys from this address: try again in a minute' }, 429);
      }
      failures.record(request.ip);
      return send(reply, 'sign-in.njk', { title: 'Sign in', error: key ? 'That key is not valid (or has been revoked)' : 'Enter your API key' }, 401);
    }
    setSession(reply, request, await sessions.seal(key));
    return reply.redirect('/my', 303);
  });

  app.post('/sign-out', { config, schema }, async (request, reply) => {
    // Every session cookie sent is ended, not only the first: a cookie planted beside the real one
    // (from a sibling domain) must not leave the real session signed in.
    const sent = (request.headers.cookie ?? '').split(';').map((pair) => pair.trim().split('='))
      .filter(([name]) => name === SESSION_COOKIE).map(([, ...value]) => value.join('='));
    for (const cookie of sent.slice(0, 5)) await sessions.end(cookie);
    return clearSession(reply).redirect('/', 303);
  });

  app.get('/my', { config, schema: withYear }, async (request, reply) => {
    const signedIn = await session(request);
    if (!signedIn) return reply.redirect('/sign-in', 303);
    const year = await currentYear(signedIn.key, (request.query as { year?: unknown }).year);
    const organisations = await Promise.all(signedIn.actor.organisations.map(async (odsCode) => {
      const answer = await api(app, signedIn.key, 'GET', `/v1/organisations/${odsCode}/returns/${year}`);
      return { odsCode, ret: answer.status === 200 ? answer.body : null };
    }));
    // Live figures, clearly labelled provisional, for those whose key reads monitoring beyond their own returns.
    const live = signedIn.actor.role === 'submitter' ? null : await api(app, signedIn.key, 'GET', `/v1/monitoring/${year}/summary`);
    const provisional = live?.status === 200 && live.body.status !== 'published' ? { national: (live.body.groups as unknown[])[0], status: live.body.status, asAt: live.body.asAt } : null;
    return send(reply, 'my.njk', { title: 'Your returns and tasks', actor: signedIn.actor, year, organisations, provisional, signedIn: true });
  });

  const formPage = async (reply: FastifyReply, key: string, odsCode: string, year: string, extra: Record<string, unknown> = {}) => {
    const [current, revisions] = await Promise.all([
      api(app, key, 'GET', `/v1/organisations/${odsCode}/returns/${year}`),
      api(app, key, 'GET', `/v1/organisations/${odsCode}/returns/${year}/revisions`),
    ]);
    if (current.status !== 200 && current.status !== 404) return send(reply, 'not-found.njk', { title: 'Not yours to see', detail: current.body.detail ?? 'This return cannot be opened with your key.' }, current.status);
    const ret = current.status === 200 ? current.body : null;
    const form = (extra.form as Record<string, unknown> | undefined) ?? {
      staffWte: ret?.staffWte ?? '', qualifiedWte: ret?.qualifiedWte ?? '', staffSource: ret?.staffSource ?? '', comment: ret?.comment ?? '',
      acknowledged: (ret?.acknowledgedWarnings as string[] | undefined) ?? [],
    };
    return send(reply, 'return-form.njk', {
      title: `The ${year} return`, odsCode, year, etag: current.etag ?? '', current: ret, form,
      warnings: (extra.preview as { warnings?: unknown[] } | undefined)?.warnings ?? ret?.warnings ?? [],
      preview: extra.preview ?? ret ?? {}, revisions: revisions.status === 200 ? revisions.body.data : [], errors: [], ...extra, signedIn: true,
    }, (extra.status as number | undefined) ?? 200);
  };

  const bodyOf = (form: Record<string, unknown>) => ({
    staffWte: String(form.staffWte ?? '').trim(),
    qualifiedWte: String(form.qualifiedWte ?? '').trim(),
    ...(String(form.staffSource ?? '').trim() ? { staffSource: String(form.staffSource).trim() } : {}),
    ...(String(form.comment ?? '').trim() ? { comment: String(form.comment).trim() } : {}),
    ...(list(form.acknowledgedWarnings).length ? { acknowledgedWarnings: list(form.acknowledgedWarnings) } : {}),
  });

  app.get('/my/returns/:odsCode/:year', { config, schema: withSaved }, async (request, reply) => {
    const signedIn = await session(request);
    if (!signedIn) return reply.redirect('/sign-in', 303);
    const { odsCode, year } = request.params as { odsCode: string; year: string };
    return formPage(reply, signedIn.key, encodeURIComponent(odsCode.toUpperCase()), encodeURIComponent(year), { saved: (request.query as { saved?: string }).saved === '1' });
  });

  // As they type: the figures checked by the API without storing anything (dryRun).
  app.post('/my/returns/:odsCode/:year/preview', { config, schema }, async (request, reply) => {
    const signedIn = await session(request);
    if (!signedIn) return reply.code(401).send({ detail: 'Sign in again.' });
    const { odsCode, year } = request.params as { odsCode: string; year: string };
    const answer = await api(app, signedIn.key, 'PUT', `/v1/organisations/${encodeURIComponent(odsCode)}/returns/${encodeURIComponent(year)}?dryRun=true`, bodyOf(formOf(request)));
    const b = answer.body;
    return reply.code(answer.status < 300 ? 200 : answer.status).header('cache-control', 'no-store').send(answer.status < 300
      ? { ratioDisplay: b.ratioDisplay, band: b.band, gapWte: b.gapWte, warnings: b.warnings }
      : { errors: (b.errors ?? []).map((e) => ({ field: field(e.pointer), message: e.message })), detail: b.detail });
  });

  app.post('/my/returns/:odsCode/:year', { config, schema }, async (request, reply) => {
    const signedIn = await session(request);
    if (!signedIn) return reply.redirect('/sign-in', 303);
    const { odsCode, year } = request.params as { odsCode: string; year: string };
    const form = formOf(request);
    const check = form.action === 'check';
    const path = `/v1/organisations/${encodeURIComponent(odsCode.toUpperCase())}/returns/${encodeURIComponent(year)}${check ? '?dryRun=true' : ''}`;
    const etag = String(form.etag ?? '');
    const answer = await api(app, signedIn.key, 'PUT', path, bodyOf(form), check ? {} : etag ? { 'if-match': etag } : { 'if-none-match': '*' });
    const shown = { ...form, acknowledged: list(form.acknowledgedWarnings) };
    if (answer.status < 300 && !check) return reply.redirect(`/my/returns/${encodeURIComponent(odsCode.toUpperCase())}/${encodeURIComponent(year)}?saved=1`, 303);
    if (answer.status < 300) return formPage(reply, signedIn.key, odsCode.toUpperCase(), year, { form: shown, preview: answer.body });
    const errors = answer.status === 412
      ? [{ field: 'staffWte', message: 'Someone changed this return since you opened it: your figures are below; check the revisions, then send again.' }]
      : [...(answer.body.errors ?? []).map((e) => ({ field: field(e.pointer), message: `${field(e.pointer)}: ${e.message}` })), ...(answer.body.errors?.length ? [] : [{ field: 'staffWte', message: answer.body.detail ?? 'The return was refused.' }])];
    return formPage(reply, signedIn.key, odsCode.toUpperCase(), year, { form: shown, errors, status: answer.status === 412 ? 409 : 422 });
  });

  app.get('/my/upload', { config, schema }, async (request, reply) => {
    if (!(await session(request))) return reply.redirect('/sign-in', 303);
    return send(reply, 'upload.njk', { title: 'Upload returns', signedIn: true });
  });

  // The file goes to the API's bulk import as it is: one parser and one set of rules for every path in.
  app.post('/my/upload', { config, schema }, async (request, reply) => {
    const signedIn = await session(request);
    if (!signedIn) return reply.redirect('/sign-in', 303);
    let file: Buffer | null = null;
    let dryRun = false;
    let charset = 'utf-8';
    const refuse = (error: string, status: number) => send(reply, 'upload.njk', { title: 'Upload returns', error, signedIn: true }, status);
    try {
      for await (const part of request.parts()) {
        if (part.type === 'file' && part.fieldname === 'file') file = await part.toBuffer();
        else if (part.type === 'field' && part.fieldname === 'dryRun') dryRun = part.value === 'true';
        else if (part.type === 'field' && part.fieldname === 'encoding' && part.value === 'windows-1252') charset = 'windows-1252';
      }
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'FST_REQ_FILE_TOO_LARGE') return refuse('The file is larger than 10 MB: split it, or use the import tool', 413);
      if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') return refuse('Send one file at a time, from this page', 413);
      if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return refuse('Choose a CSV file', 422);
      throw error;
    }
    if (!file || file.length === 0) return refuse('Choose a CSV file', 422);
    const res = await app.inject({
      method: 'POST', url: `/v1/returns/bulk${dryRun ? '?dryRun=true' : ''}`, payload: file,
      headers: { authorization: `Bearer ${signedIn.key}`, 'content-type': `text/csv; charset=${charset}`, 'accept-encoding': 'identity' },
    });
    const body = JSON.parse(res.body) as { summary?: unknown; detail?: string; rows?: { status: string }[] };
    if (!body.summary) return refuse(body.detail ?? `The file was refused (${res.statusCode}).`, res.statusCode);
    // Rejected rows first, and at most 1,000 rows on the page (a file of 100,000 rows made a 28 MB page).
    const rows = [...(body.rows ?? [])].sort((a, b) => Number(b.status === 'rejected') - Number(a.status === 'rejected'));
    const shown = rows.slice(0, SHOWN_ROWS);
    return send(reply, 'upload.njk', { title: 'Upload returns', result: { ...body, rows: shown }, more: rows.length - shown.length, dryRun, signedIn: true });
  });

  app.get('/my/approvals', { config, schema: withYear }, async (request, reply) => {
    const signedIn = await session(request);
    if (!signedIn) return reply.redirect('/sign-in', 303);
    if (signedIn.actor.role !== 'admin' && signedIn.actor.role !== 'reviewer') {
      return send(reply, 'not-found.njk', { title: 'Not yours to do', detail: 'Only a reviewer (or an admin) approves returns.', signedIn: true }, 403);
    }
    const year = await currentYear(signedIn.key, (request.query as { year?: unknown }).year);
    const regions = signedIn.actor.role === 'admin' ? [null] : (signedIn.actor.regions ?? []);
    const lists = await Promise.all(regions.map((region) => api(app, signedIn.key, 'GET', `/v1/returns?year=${year}&limit=1000${region ? `&region=${region}` : ''}`)));
    const returns = lists.flatMap((l) => (l.body.data as { status: string }[] | undefined) ?? []).filter((r) => r.status === 'submitted');
    return send(reply, 'approvals.njk', { title: 'Returns awaiting approval', year, returns, message: (request.query as { message?: string }).message, signedIn: true });
  });

  app.post('/my/approvals/:odsCode/:year', { config, schema }, async (request, reply) => {
    const signedIn = await session(request);
    if (!signedIn) return reply.redirect('/sign-in', 303);
    const { odsCode, year } = request.params as { odsCode: string; year: string };
    const revision = Number(formOf(request).revision);
    const answer = await api(app, signedIn.key, 'POST', `/v1/organisations/${encodeURIComponent(odsCode)}/returns/${encodeURIComponent(year)}/approval`, { revision });
    const message = answer.status === 200 ? `Approved ${odsCode}, revision ${revision}.` : `Not approved: ${answer.body.detail ?? answer.status}`;
    return reply.redirect(`/my/approvals?year=${encodeURIComponent(year)}&message=${encodeURIComponent(message)}`, 303);
  });

  app.get('/my/publish', { config, schema: withYear }, async (request, reply) => {
    const signedIn = await session(request);
    if (!signedIn) return reply.redirect('/sign-in', 303);
    if (signedIn.actor.role !== 'admin') return send(reply, 'not-found.njk', { title: 'Not yours to do', detail: 'Only an admin publishes.', signedIn: true }, 403);
    const year = await currentYear(signedIn.key, (request.query as { year?: unknown }).year);
    const [progress, pending] = await Promise.all([api(app, signedIn.key, 'GET', `/v1/years/${year}/progress`), api(app, signedIn.key, 'GET', `/v1/publications/${year}/pending`)]);
    if (progress.status !== 200) return send(reply, 'not-found.njk', { title: 'Not yours to do', detail: progress.body.detail ?? '' }, progress.status);
    const changes = ((pending.body.returns as { odsCode: string; change: string; approved?: boolean; published: { ratioDisplay: string } | null; wouldBe: { ratioDisplay: string } | null }[] | undefined) ?? [])
      .map((r) => `${r.odsCode} ${r.change}: ${r.published?.ratioDisplay ?? 'not published'} → ${r.wouldBe?.ratioDisplay ?? 'left out'}` +
        (r.approved === false ? ' (not approved: it stays out of the next version until it is)' : ''));
    return send(reply, 'publish.njk', { title: `Publish ${year}`, year, progress: progress.body, changes, message: (request.query as { message?: string }).message, signedIn: true });
  });

  app.post('/my/publish', { config, schema }, async (request, reply) => {
    const signedIn = await session(request);
    if (!signedIn) return reply.redirect('/sign-in', 303);
    const { year, note } = formOf(request) as { year?: string; note?: string };
    const answer = await api(app, signedIn.key, 'POST', '/v1/publications', { year, note: note || `${year} monitoring` });
    if (answer.status === 201) return reply.redirect(`/years/${encodeURIComponent(String(year))}`, 303);
    return reply.redirect(`/my/publish?year=${encodeURIComponent(String(year))}&message=${encodeURIComponent(answer.body.detail ?? String(answer.status))}`, 303);
  });
};

export default keyedPages;
