import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { serviceSecret } from '../../db/secrets.ts';
import type { Queryable } from '../../db/transaction.ts';
import type { Database } from '../../plugins/database.ts';
import { endPageSession, pageSessionEnded } from './repository.ts';
import type {} from '@fastify/cookie';

/*
 * A person's API key, held for one browser session: sealed (AES-256-GCM, with a key derived from
 * the database's own secret, so every instance can open it) in an HttpOnly, SameSite=Strict
 * session cookie: gone when the browser closes, and the sealed key itself expires after 12 hours;
 * never in a URL or in the page's storage. Signing out clears it from the browser and ends the
 * session in the database, so a copy of the cookie taken before opens nothing either. Forms must
 * come from this origin.
 */

export const SESSION_COOKIE = 'staff_ratio_session';
const SESSION_MS = 12 * 60 * 60 * 1000;

async function sessionKey(db: Queryable): Promise<Buffer> {
  return Buffer.from(hkdfSync('sha256', await serviceSecret(db, 'etag'), '', 'pages session cookie', 32));
}

async function seal(db: Queryable, apiKey: string): Promise<string> {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', await sessionKey(db), iv);
  const session = randomBytes(16).toString('hex');
  const sealed = Buffer.concat([cipher.update(`${Date.now()}|${session}|${apiKey}`, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

type Opened = { key: string; session: string; endsAt: Date };

async function unseal(db: Queryable, cookie: string | undefined): Promise<Opened | null> {
  if (!cookie || cookie.length > 2000) return null;
  let text: string;
  try {
    const bytes = Buffer.from(cookie, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', await sessionKey(db), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    text = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
  const [issued, session, ...key] = text.split('|');
  // A sealed key is good for one working day, whatever the browser keeps.
  const endsAt = new Date(Number(issued) + SESSION_MS);
  if (!session || !(endsAt.getTime() > Date.now())) return null;
  return { key: key.join('|'), session, endsAt };
}

async function open(db: Queryable, cookie: string | undefined): Promise<string | null> {
  const opened = await unseal(db, cookie);
  return opened && !(await pageSessionEnded(db, opened.session)) ? opened.key : null;
}

/** Signing out: this session's cookie, and every copy of it, opens nothing from now on. */
async function end(db: Queryable, cookie: string | undefined): Promise<void> {
  const opened = await unseal(db, cookie);
  if (opened) await endPageSession(db, opened.session, opened.endsAt);
}

export function setSession(reply: FastifyReply, request: FastifyRequest, sealed: string) {
  return reply.setCookie(SESSION_COOKIE, sealed, { httpOnly: true, sameSite: 'strict', path: '/', secure: request.protocol === 'https' });
}

export function clearSession(reply: FastifyReply) {
  return reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', path: '/' });
}

/** Whether a form came from a page of this service (its Origin, or else its Referer, is ours). */
export function sameOrigin(request: FastifyRequest): boolean {
  let origin = request.headers.origin;
  if (origin === undefined && request.headers.referer) {
    try {
      origin = new URL(request.headers.referer).origin;
    } catch {
      return false;
    }
  }
  return origin !== undefined && origin === `${request.protocol}://${request.host}`;
}

/** Sealing and opening session cookies with this database's secret. */
export function pageSessions(db: Database) {
  return {
    seal: (apiKey: string) => seal(db.pool, apiKey),
    open: (cookie: string | undefined) => open(db.pool, cookie),
    end: (cookie: string | undefined) => end(db.pool, cookie),
  };
}
