import { createHash, timingSafeEqual } from 'node:crypto';
import fp from 'fastify-plugin';
import { forbidden, tooManyRequests, unauthorized } from '../errors/problem.ts';
import { hashKey, looksLikeKey } from '../http/api-keys.ts';
import { mayReachRegionCheck, refusal, type Access, type Actor } from '../domain/access.ts';
import { FixedWindowCounter, ShortCache } from '../http/fixed-window.ts';

export type { Access, Actor, Role } from '../domain/access.ts';

export type AccessOptions = {
  /** The actor behind a stored key (by its hash), or null when unknown or revoked: the access module's lookup. */
  findActor(hash: string): Promise<Actor | null>;
};

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    /** Whether the request came with a valid key (false on public routes called without one). */
    keyed: boolean;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyInstance {
    /** Forget cached keys at once (after a revocation on this instance). */
    forgetCachedKeys(): void;
    /** The actor a key stands for, or null: the same check every request's key gets. */
    actorForKey(key: string): Promise<Actor | null>;
    /** Failed authentications per address, shared by the API and the pages' sign-in. */
    authFailures: FixedWindowCounter;
  }
}

/** How long a key lookup is trusted: a key revoked on another instance stops within this. */
export const KEY_CACHE_MS = 2_000;

const ANONYMOUS: Actor = { keyId: null, role: 'analyst', label: 'anonymous', organisations: [] };

/**
 * Decides whether an authenticated actor may use a route (the table in src/domain/access.ts); 403
 * when not. A grant by region goes through to the route, which checks the organisation's region.
 */
function authorise(actor: Actor, access: Exclude<Access, 'public' | 'optional'>, odsCode: string | undefined): void {
  if (mayReachRegionCheck(actor, access)) return;
  const reason = refusal(actor, access, odsCode);
  if (reason) throw forbidden(reason);
}

/**
 * Authentication and the permission check for every route, in one place. Each route declares
 * what it needs in `config.access`; routes that declare nothing are admin-only, except the
 * documentation pages. Repeated failures from one address are cut off for the rest of a minute.
 */
export default fp<AccessOptions>(
  async (app, options) => {
    const { adminApiKey, authFailuresPerMinute } = app.config;
    const adminDigest = adminApiKey ? createHash('sha256').update(adminApiKey).digest() : null;
    const failures = new FixedWindowCounter(authFailuresPerMinute);
    const cache = new ShortCache<Actor | null>(KEY_CACHE_MS);
    app.decorate('forgetCachedKeys', () => cache.clear());
    // The pages' sign-in checks a key as the API would (see modules/pages/session.ts).
    app.decorate('actorForKey', (key: string) => resolve(key));
    app.decorate('authFailures', failures);
    app.decorateRequest('actor', null as unknown as Actor);
    app.decorateRequest('keyed', false);

    const resolve = async (key: string): Promise<Actor | null> => {
      if (adminDigest && timingSafeEqual(createHash('sha256').update(key).digest(), adminDigest)) {
        return { keyId: null, role: 'admin', label: 'bootstrap admin key (ADMIN_API_KEY)', organisations: [] };
      }
      if (!looksLikeKey(key)) return null;
      const hash = hashKey(key);
      const cached = cache.get(hash);
      if (cached !== undefined) return cached;
      const actor = await options.findActor(hash);
      cache.set(hash, actor);
      return actor;
    };

    app.addHook('onRequest', async (request) => {
      request.actor = ANONYMOUS;
      request.keyed = false;
      const url = request.routeOptions.url;
      if (url === undefined) return; // no such route: the 404 handler answers
      // CORS preflights carry no credentials by design: answered without a key, never a failure.
      if (request.method === 'OPTIONS') return;
      // Routes of plugins that take no config (the docs, the pages' static files) are public by
      // their path; any other route without an access rule is refused (fails closed).
      const access = request.routeOptions.config.access ?? (url.startsWith('/docs') || url.startsWith('/assets/') ? 'public' : 'admin');
      if (access === 'public') return;
      // `optional`: public, but a key that is sent must be valid (it may see more).
      if (access === 'optional' && request.headers.authorization === undefined) return;

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
      request.keyed = true;
      if (access === 'optional') return;
      const params = request.params as { odsCode?: string } | undefined;
      // The path's code as the route will read it: ODS codes are upper-case (rj1 is RJ1).
      authorise(actor, access, params?.odsCode?.toUpperCase());
    });
  },
  { name: 'access', dependencies: ['config', 'database'] },
);
