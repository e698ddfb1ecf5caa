import type { FastifyRequest } from 'fastify';

/**
 * Where this service's problem types live: PUBLIC_URL when the operator set it, else the origin
 * the request came to (behind a proxy, TRUST_PROXY makes that the public one).
 */
export function problemBase(request: FastifyRequest): string {
  const { publicUrl } = request.server.config;
  if (publicUrl) return publicUrl;
  // Host (or a trusted proxy's X-Forwarded-Host) is the caller's to write: only a plain host name
  // or address and port is used, else the types stay relative to whatever address this is.
  const { protocol, host } = request;
  return /^https?$/.test(protocol) && /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/.test(host) ? `${protocol}://${host}` : '';
}

/** A problem type as an absolute URI: `/problems/conflict` becomes `https://…/problems/conflict`. */
export function absoluteProblemType(request: FastifyRequest, type: string): string {
  return type.startsWith('/') ? `${problemBase(request)}${type}` : type;
}
