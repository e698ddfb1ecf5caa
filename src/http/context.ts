import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import type { Actor } from '../domain/access.ts';

/** What every service call is given about its request: who asks, which request it is, where its log lines go. */
export type RequestContext = { actor: Actor; requestId: string; log: FastifyBaseLogger };

export const contextOf = (request: FastifyRequest): RequestContext => ({ actor: request.actor, requestId: request.id, log: request.log });
