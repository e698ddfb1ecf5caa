import { problemTypes } from './problem.ts';

/**
 * What each problem `type` means, served at `/problems/{name}` so that every type the API answers
 * resolves to its description (RFC 9457 §3.1.1).
 */
export type ProblemDescription = { name: string; title: string; status: number[]; description: string; whatToDo: string };

type Name = (typeof problemTypes)[keyof typeof problemTypes] extends `/problems/${infer N}` ? N : never;

const CATALOGUE: Record<Name, Omit<ProblemDescription, 'name'>> = {
  'validation-error': {
    title: 'The request is not valid', status: [400],
    description: 'A path, query or body field is missing or malformed. `errors` lists each one with a JSON Pointer to the field (e.g. /body/staffWte) and what is wrong.',
    whatToDo: 'Correct the fields named in `errors` and send the request again.',
  },
  'malformed-body': {
    title: 'The request body could not be read', status: [400],
    description: 'The body is not well-formed JSON (or CSV), or is empty where a body is required.',
    whatToDo: 'Send a well-formed body with the Content-Type it is written in.',
  },
  'unsupported-media-type': {
    title: 'Unsupported media type', status: [415],
    description: 'The Content-Type of the body is not one the operation reads (JSON everywhere; CSV for bulk returns).',
    whatToDo: 'Send application/json, or text/csv where the operation accepts it.',
  },
  'body-too-large': {
    title: 'Request body too large', status: [413],
    description: 'The body is larger than the service accepts (BODY_LIMIT_BYTES; BULK_BODY_LIMIT_BYTES for bulk returns).',
    whatToDo: 'Split the file, or ask the operator about the limit.',
  },
  'not-found': {
    title: 'Not found', status: [404],
    description: 'Nothing is at this path: an unknown organisation, return, year, version or route.',
    whatToDo: 'Check the identifiers in the path; /docs lists every route.',
  },
  'rule-violation': {
    title: 'The request breaks a rule', status: [422],
    description: 'The request is well-formed but breaks a rule of the service: a reporting window that is closed, figures the policy refuses, a year that cannot be projected.',
    whatToDo: 'Read `detail` (and `errors`, when present) for the rule; the request cannot succeed as it is.',
  },
  conflict: {
    title: 'Conflict', status: [409],
    description: 'The request conflicts with the current state: something already exists, warnings are unacknowledged, or an Idempotency-Key was reused with a different request.',
    whatToDo: 'Read the current state (GET), then act on it.',
  },
  'precondition-failed': {
    title: 'Precondition failed', status: [412, 428],
    description: 'If-Match did not match the current ETag (someone else changed the resource), or a change needed If-Match and had none.',
    whatToDo: 'GET the resource again for its current ETag, check the changes, then send If-Match with it.',
  },
  unauthorized: {
    title: 'Unauthorized', status: [401],
    description: 'No API key, a malformed Authorization header, or a key that is unknown or revoked.',
    whatToDo: 'Send Authorization: Bearer <api key>, with a key an admin issued you.',
  },
  forbidden: {
    title: 'Forbidden', status: [403],
    description: "The key is valid but its role or scope does not allow this: another organisation's return, a region it does not review, an admin-only operation.",
    whatToDo: 'Use a key with the right role and scope.',
  },
  'too-many-requests': {
    title: 'Too many requests', status: [429],
    description: 'Over the request budget of the key (or address), too many failed authentications from the address, or too many heavy requests at once. RateLimit and RateLimit-Policy describe the budget.',
    whatToDo: 'Wait the seconds in Retry-After, then try again.',
  },
  'service-unavailable': {
    title: 'Service unavailable', status: [503],
    description: 'The database is unreachable or too slow, or the instance is shutting down.',
    whatToDo: 'Retry after the seconds in Retry-After; /health/ready says when the service is back.',
  },
  'internal-error': {
    title: 'Internal server error', status: [500],
    description: 'An unexpected error. Nothing was changed by the request; the error is logged with the requestId.',
    whatToDo: 'Retry; if it persists, report the requestId to the operator.',
  },
  'bad-request': {
    title: 'Bad request', status: [400, 403],
    description: 'The request could not be understood: bad percent-encoding, a malformed request line, or a form from another site.',
    whatToDo: 'Send a well-formed request.',
  },
  'request-too-large': {
    title: 'Request too large', status: [414, 431],
    description: 'The URL or the headers are too long.',
    whatToDo: 'Shorten the URL or the headers.',
  },
  'request-timeout': {
    title: 'Request timeout', status: [408],
    description: 'The request did not arrive in time (REQUEST_TIMEOUT_MS).',
    whatToDo: 'Send the request again, faster or smaller.',
  },
};

export const problemCatalogue: ProblemDescription[] = Object.entries(CATALOGUE).map(([name, entry]) => ({ name, ...entry }));

export function describeProblem(name: string): ProblemDescription | undefined {
  return problemCatalogue.find((entry) => entry.name === name);
}
