/**
 * Errors that routes throw: the single error handler (plugins/errors.ts) turns each one into an
 * RFC 9457 problem+json answer. `type` is a URI reference, resolved against the API's base URL.
 */
export type { FieldError } from '../domain/field-error.ts';
import type { FieldError } from '../domain/field-error.ts';

export type ProblemInit = {
  status: number;
  type: string;
  title: string;
  detail: string;
  errors?: FieldError[];
  /** Extra members, e.g. `warnings`, kept in the problem document. */
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
};

export class HttpProblem extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string;
  readonly errors?: FieldError[];
  readonly extensions?: Record<string, unknown>;
  readonly headers?: Record<string, string>;

  constructor(init: ProblemInit) {
    super(init.detail);
    this.name = 'HttpProblem';
    this.status = init.status;
    this.type = init.type;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors;
    this.extensions = init.extensions;
    this.headers = init.headers;
  }
}

export const problemTypes = {
  validation: '/problems/validation-error',
  malformedBody: '/problems/malformed-body',
  unsupportedMediaType: '/problems/unsupported-media-type',
  bodyTooLarge: '/problems/body-too-large',
  notFound: '/problems/not-found',
  ruleViolation: '/problems/rule-violation',
  conflict: '/problems/conflict',
  preconditionFailed: '/problems/precondition-failed',
  unauthorized: '/problems/unauthorized',
  forbidden: '/problems/forbidden',
  tooManyRequests: '/problems/too-many-requests',
  serviceUnavailable: '/problems/service-unavailable',
  internal: '/problems/internal-error',
  badRequest: '/problems/bad-request',
  requestTooLarge: '/problems/request-too-large',
  requestTimeout: '/problems/request-timeout',
} as const;

export function notFound(detail: string): HttpProblem {
  return new HttpProblem({ status: 404, type: problemTypes.notFound, title: 'Not found', detail });
}

export function badRequest(detail: string, errors?: FieldError[]): HttpProblem {
  return new HttpProblem({
    status: 400,
    type: problemTypes.validation,
    title: 'The request is not valid',
    detail,
    errors,
  });
}

export function unprocessable(detail: string, errors?: FieldError[], extensions?: Record<string, unknown>): HttpProblem {
  return new HttpProblem({
    status: 422,
    type: problemTypes.ruleViolation,
    title: 'The request breaks a rule',
    detail,
    errors,
    extensions,
  });
}

/** A request line or URL that cannot be understood at all (not a field that fails validation). */
export function malformedRequest(detail: string): HttpProblem {
  return new HttpProblem({ status: 400, type: problemTypes.badRequest, title: 'Bad request', detail });
}

export function unauthorized(detail: string): HttpProblem {
  return new HttpProblem({
    status: 401,
    type: problemTypes.unauthorized,
    title: 'Unauthorized',
    detail,
    headers: { 'www-authenticate': 'Bearer realm="staff-ratio-api"' },
  });
}

export function forbidden(detail: string): HttpProblem {
  return new HttpProblem({ status: 403, type: problemTypes.forbidden, title: 'Forbidden', detail });
}

/** 429; `retryAfterSeconds` when the caller sets Retry-After itself (the rate-limit plugin does its own). */
export function tooManyRequests(detail: string, retryAfterSeconds?: number, title = 'Too many requests'): HttpProblem {
  return new HttpProblem({
    status: 429,
    type: problemTypes.tooManyRequests,
    title,
    detail,
    ...(retryAfterSeconds === undefined ? {} : { headers: { 'retry-after': String(retryAfterSeconds) } }),
  });
}

export function unsupportedMediaType(detail: string): HttpProblem {
  return new HttpProblem({ status: 415, type: problemTypes.unsupportedMediaType, title: 'Unsupported media type', detail });
}

export function conflict(detail: string, extensions?: Record<string, unknown>): HttpProblem {
  return new HttpProblem({ status: 409, type: problemTypes.conflict, title: 'Conflict', detail, extensions });
}

export function preconditionFailed(detail: string): HttpProblem {
  return new HttpProblem({
    status: 412,
    type: problemTypes.preconditionFailed,
    title: 'Precondition failed',
    detail,
  });
}

export function serviceUnavailable(detail: string): HttpProblem {
  return new HttpProblem({
    status: 503,
    type: problemTypes.serviceUnavailable,
    title: 'Service unavailable',
    detail,
    headers: { 'retry-after': '5' },
  });
}

export function databaseUnavailable(): HttpProblem {
  return serviceUnavailable('The database is not answering just now. Try again shortly (re-sending the same return is safe: an identical return is not stored twice).');
}
