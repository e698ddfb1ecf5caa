import type { FastifyRequest } from 'fastify';

/**
 * Where this service's problem types live: PUBLIC_URL when the operator set it, else the origin
 * the request came to (behind a proxy, TRUST_PROXY makes that the public one).
 */
export function problemBase(request: FastifyRequest): string {
  return request.server.config.publicUrl ?? `${request.protocol}://${request.host}`;
}

/** A problem type as an absolute URI: `/problems/conflict` becomes `https://…/problems/conflict`. */
export function absoluteProblemType(request: FastifyRequest, type: string): string {
  return type.startsWith('/') ? `${problemBase(request)}${type}` : type;
}
