import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';

export type Role = 'admin' | 'analyst' | 'submitter';

/** Who is calling: the API key behind the request. */
export type Actor = {
  keyId: string | null;
  role: Role;
  /** What revisions and audit records show as the submitter, e.g. the key's name. */
  label: string;
  /** For submitters, the organisations they may read and write. */
  organisations: string[];
};

/**
 * What a route needs: `public` needs nothing; `any` needs a valid key; `admin` an admin key;
 * `returns:read` / `returns:write` an organisation's returns (submitters only their own).
 */
export type Access = 'public' | 'any' | 'admin' | 'returns:read' | 'returns:write';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

export function isAdmin(request: FastifyRequest): boolean {
  return request.actor.role === 'admin';
}

const EVERYONE_IS_ADMIN: Actor = { keyId: null, role: 'admin', label: 'admin', organisations: [] };

/**
 * Authentication and the permission check, in one place for every route (route config `access`).
 * Until API keys exist every caller is treated as an admin; the check below is where roles slot in.
 */
export default fp(
  async (app) => {
    app.decorateRequest('actor', null as unknown as Actor);
    app.addHook('onRequest', async (request) => {
      request.actor = EVERYONE_IS_ADMIN;
    });
  },
  { name: 'access' },
);
