import { createHash, timingSafeEqual } from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { forbidden, tooManyRequests, unauthorized } from '../errors/problem.ts';
import { findActorByKeyHash, hashKey, looksLikeKey } from '../modules/access/keys.service.ts';
import { FixedWindowCounter, ShortCache } from '../http/fixed-window.ts';

export type Role = 'admin' | 'analyst' | 'submitter';

/** Who is calling: the API key behind the request. */
export type Actor = {
  /** Null for the bootstrap ADMIN_API_KEY, which has no stored record. */
  keyId: string | null;
  role: Role;
  /** What revisions and audit events show as the author, e.g. the key's name. */
  label: string;
  /** For submitters, the organisations whose returns they may read and write. */
  organisations: string[];
  /** The X-Request-Id the client sent with this request, for the audit trail. */
  clientRequestId?: string | null;
};

/**
 * What a route needs: `public` nothing; `any` a valid key; `admin` an admin key;
 * `returns:read` / `returns:write` a key that may read / write the returns of the
 * organisation in the path (submitters: only their own; analysts read only).
 */
export type Access = 'public' | 'any' | 'admin' | 'returns:read' | 'returns:write';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyInstance {
    /** Forget cached keys at once (after a revocation on this instance). */
    forgetCachedKeys(): void;
  }
}

/** How long a key lookup is trusted: a key revoked on another instance stops within this. */
export const KEY_CACHE_MS = 2_000;

const ANONYMOUS: Actor = { keyId: null, role: 'analyst', label: 'anonymous', organisations: [] };

/** Null: every organisation. A list: only these (a submitter's own). */
export function organisationScope(request: FastifyRequest): string[] | null {
  return request.actor.role === 'submitter' ? request.actor.organisations : null;
}

export function canWriteReturnsOf(actor: Actor, odsCode: string): boolean {
  return actor.role === 'admin' || (actor.role === 'submitter' && actor.organisations.includes(odsCode));
}

/** Decides whether an authenticated actor may use a route; throws 403 when not. */
function authorise(actor: Actor, access: Access, odsCode: string | undefined): void {
  if (access === 'any' || actor.role === 'admin') return;
  if (access === 'admin') throw forbidden('This needs an admin key.');
  if (access === 'returns:write' && actor.role === 'analyst') throw forbidden('Analyst keys can read returns but not write them.');
  if (actor.role === 'submitter' && odsCode !== undefined && !actor.organisations.includes(odsCode)) {
    throw forbidden(`This key may only ${access === 'returns:write' ? 'write' : 'read'} the returns of ${actor.organisations.join(', ')}.`);
  }
}

/**
 * Authentication and the permission check for every route, in one place. Each route declares
 * what it needs in `config.access`; routes that declare nothing are admin-only, except the
 * documentation pages. Repeated failures from one address are cut off for the rest of a minute.
 */
export default fp(
  async (app) => {
    const { adminApiKey, authFailuresPerMinute } = app.config;
    const adminDigest = adminApiKey ? createHash('sha256').update(adminApiKey).digest() : null;
    const failures = new FixedWindowCounter(authFailuresPerMinute);
    const cache = new ShortCache<Actor | null>(KEY_CACHE_MS);
    app.decorate('forgetCachedKeys', () => cache.clear());
    app.decorateRequest('actor', null as unknown as Actor);

    const resolve = async (key: string): Promise<Actor | null> => {
      if (adminDigest && timingSafeEqual(createHash('sha256').update(key).digest(), adminDigest)) {
        return { keyId: null, role: 'admin', label: 'bootstrap admin key (ADMIN_API_KEY)', organisations: [] };
      }
      if (!looksLikeKey(key)) return null;
      const hash = hashKey(key);
      const cached = cache.get(hash);
      if (cached !== undefined) return cached;
      const actor = await findActorByKeyHash(app.db.pool, hash);
      cache.set(hash, actor);
      return actor;
    };

    app.addHook('onRequest', async (request) => {
      request.actor = ANONYMOUS;
      const url = request.routeOptions.url;
      if (url === undefined) return; // no such route: the 404 handler answers
      // CORS preflights carry no credentials by design: answered without a key, never a failure.
      if (request.method === 'OPTIONS') return;
      const access = request.routeOptions.config.access ?? (url.startsWith('/docs') ? 'public' : 'admin');
      if (access === 'public') return;

      // A valid key always works, even from an address that is cut off: the cut-off refuses
      // only further failures, so an attacker on a shared address cannot lock real users out.
      const refuse = (problem: Error) => {
        const blockedFor = failures.blockedFor(request.ip);
        if (blockedFor > 0) {
          return tooManyRequests(
            `Too many requests with a missing or invalid API key from this address; try again in ${blockedFor} s.`,
            blockedFor,
            'Too many failed authentications',
          );
        }
        failures.record(request.ip);
        return problem;
      };
      const header = request.headers.authorization;
      const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
      if (!match) {
        throw refuse(unauthorized(header ? 'The Authorization header must be "Bearer <api key>".' : 'This needs an API key: send Authorization: Bearer <api key>.'));
      }
      const actor = await resolve(match[1]!);
      if (!actor) throw refuse(unauthorized('The API key is not valid (unknown, malformed or revoked).'));
      request.actor = request.clientRequestId ? { ...actor, clientRequestId: request.clientRequestId } : actor;
      const params = request.params as { odsCode?: string } | undefined;
      authorise(actor, access, params?.odsCode);
    });
  },
  { name: 'access', dependencies: ['config', 'database'] },
);
