import http from 'node:http';
import fp from 'fastify-plugin';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { absoluteProblemType } from '../http/problem-uri.ts';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { databaseUnavailable, HttpProblem, malformedRequest, notFound, problemTypes, tooManyRequests, type FieldError } from '../errors/problem.ts';
import { isDatabaseUnavailable } from '../db/errors.ts';
import { drainRequestBody } from '../http/drain.ts';
import { pathOf } from './request-logging.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The media types the route's body may have, for the 415 answer (default: JSON). */
    accepts?: string[];
  }
}

const contextNames: Record<string, string> = {
  body: 'body',
  querystring: 'query',
  params: 'path',
  headers: 'headers',
};

function pointerFor(context: string | undefined, instancePath: string): string {
  const root = `/${contextNames[context ?? 'body'] ?? context}`;
  return instancePath === '/' || instancePath === '' ? root : `${root}${instancePath}`;
}

/** RFC 6901: ~ and / inside a name; the name is also cut short, as nothing a client sends is echoed long. */
const escapePointer = (name: string) => name.slice(0, 64).replace(/~/g, '~0').replace(/\//g, '~1');

const shorten = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);

/** A problem for a client error some plugin raised: its status, and words that reveal nothing of it. */
function clientProblem(status: number): HttpProblem {
  if (status === 404) return notFound('There is nothing here. See /docs for the API.');
  if (status === 429) return tooManyRequests('Too many requests; try again shortly.');
  const title = http.STATUS_CODES[status] ?? 'Bad request';
  return new HttpProblem({ status, type: status === 403 ? problemTypes.forbidden : problemTypes.badRequest, title, detail: `The request was refused: ${title.toLowerCase()}.` });
}

/** Fastify's own client errors, each with a problem type and a message safe to show. */
function fromFastifyError(error: FastifyError, bodyLimit: number, accepted: string[] = ['application/json']): HttpProblem | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new HttpProblem({
        status: 400,
        type: problemTypes.malformedBody,
        title: 'The request body could not be read',
        detail:
          error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
            ? 'The body is empty but Content-Type says JSON.'
            : 'The body is not well-formed JSON.',
      });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpProblem({
        status: 413,
        type: problemTypes.bodyTooLarge,
        title: 'The request body is too large',
        detail: `The body is larger than this endpoint's limit of ${bodyLimit} bytes.`,
      });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return new HttpProblem({
        status: 415,
        type: problemTypes.unsupportedMediaType,
        title: 'Unsupported media type',
        detail: `This endpoint does not accept that Content-Type; send ${accepted.join(' or ')}.`,
      });
    default:
      break;
  }
  if (error.statusCode === 429) return tooManyRequests(error.message);
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return new HttpProblem({
      status: 414,
      type: problemTypes.requestTooLarge,
      title: 'URI too long',
      detail: 'A path segment is longer than any valid value (200 characters at most).',
    });
  }
  if (error.code === 'FST_ERR_BAD_URL' || error.code === 'FST_ERR_ASYNC_CONSTRAINT') {
    return malformedRequest('The request URL could not be understood.');
  }
  return undefined;
}

/**
 * For Fastify's `frameworkErrors` option: URLs the router rejects before any route or hook runs
 * (bad percent-encoding, an over-long parameter) get the same problem+json as everything else.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(request, reply, fromFastifyError(error, 0) ?? malformedRequest('The request could not be understood.'));
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: HttpProblem) {
  if (problem.headers) void reply.headers(problem.headers);
  const type = absoluteProblemType(request, problem.type);
  request.problemType = type; // for the request's log line
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .send({
      type,
      title: problem.title,
      status: problem.status,
      detail: problem.detail,
      instance: pathOf(request.url),
      requestId: request.id,
      ...(problem.errors ? { errors: problem.errors } : {}),
      ...problem.extensions,
    });
}

/** The one place where every error becomes an RFC 9457 problem+json answer. */
export default fp(
  async (app) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof HttpProblem) return sendProblem(request, reply, error);

      if (hasZodFastifySchemaValidationErrors(error)) {
        const errors: FieldError[] = error.validation.flatMap((issue) => {
          // An unknown parameter or field is named by its own pointer (and never by its value).
          const unknown = issue.keyword === 'unrecognized_keys' ? ((issue.params as { keys?: string[] }).keys ?? []) : [];
          if (unknown.length) {
            const where = error.validationContext === 'querystring' ? 'parameter' : 'field';
            return unknown.map((key) => ({
              pointer: pointerFor(error.validationContext, `${issue.instancePath === '/' ? '' : issue.instancePath}/${escapePointer(key)}`),
              message: `is not a ${where} of this endpoint (check its spelling)`,
            }));
          }
          return [{ pointer: pointerFor(error.validationContext, issue.instancePath), message: issue.message ?? 'is not valid' }];
        });
        return sendProblem(
          request,
          reply,
          new HttpProblem({
            status: 400,
            type: problemTypes.validation,
            title: 'The request is not valid',
            detail: `${errors.length} field${errors.length === 1 ? ' is' : 's are'} not valid: see errors.`,
            errors,
          }),
        );
      }

      const bodyLimit = reply.routeOptions.bodyLimit ?? app.config.bodyLimitBytes;
      const known = fromFastifyError(error, bodyLimit, reply.routeOptions.config.accepts);
      if (known?.status === 413) {
        return drainRequestBody(request.raw, Math.max(bodyLimit * 4, 64 * 1024 * 1024), 5_000).then(() => sendProblem(request, reply, known));
      }
      if (known) return sendProblem(request, reply, known);

      // The client went away mid-request (its upload cut off, its socket closed): nothing is
      // wrong on our side, and nobody is listening for the answer.
      if (request.raw.aborted || request.raw.socket?.destroyed || error.code === 'ERR_STREAM_PREMATURE_CLOSE') {
        request.log.info({ code: error.code }, 'the client closed the connection before its request was complete');
        return sendProblem(request, reply, malformedRequest('The connection closed before the request was complete.'));
      }

      if (isDatabaseUnavailable(error)) {
        request.log.warn({ err: error }, 'database unavailable');
        return sendProblem(request, reply, databaseUnavailable());
      }

      // Any other error that carries a client status (a plugin's own 403 or 400, e.g. the docs'
      // static files refusing a path) keeps it: only the truly unexpected is a 500.
      const status = error.statusCode;
      if (typeof status === 'number' && status >= 400 && status < 500) {
        request.log.info({ code: error.code, statusCode: status }, 'client error from a plugin');
        return sendProblem(request, reply, clientProblem(status));
      }

      request.log.error({ err: error }, 'unhandled error');
      return sendProblem(
        request,
        reply,
        new HttpProblem({
          status: 500,
          type: problemTypes.internal,
          title: 'Internal server error',
          detail: `Something went wrong on our side. Quote request id ${request.id} when reporting it.`,
        }),
      );
    });

    app.setNotFoundHandler((request, reply) =>
      sendProblem(
        request,
        reply,
        notFound(`There is no ${request.method} ${shorten(pathOf(request.url))} here. See /docs for the API.`),
      ),
    );
  },
  { name: 'errors', dependencies: ['config'] },
);
