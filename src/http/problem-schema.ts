import { z } from 'zod';

/** RFC 9457 problem details, as every error of this API is answered. */
export const problemSchema = z
  .object({
    type: z.string().describe('URI reference naming the kind of problem'),
    title: z.string().describe('Short summary of the kind of problem'),
    status: z.number().int().describe('HTTP status code'),
    detail: z.string().describe('What went wrong with this request'),
    instance: z.string().describe('The request path'),
    requestId: z.string().describe('Quote it when reporting a problem'),
    errors: z
      .array(
        z.object({
          pointer: z.string().describe('JSON Pointer into the request, e.g. /body/staffWte'),
          message: z.string(),
        }),
      )
      .optional()
      .describe('Present on validation errors: one entry per bad field'),
  })
  .loose()
  .meta({ id: 'Problem' });

const problemDescriptions: Record<number, string> = {
  400: 'The request is malformed or a value is of the wrong shape',
  401: 'No API key, or not a valid one',
  403: 'The API key does not allow this',
  404: 'Not found',
  409: 'Conflicts with the current state',
  412: 'If-Match does not match the current ETag',
  413: 'The body is larger than the limit',
  415: 'Unsupported Content-Type',
  422: 'Well-formed but breaks a rule',
  429: 'Too many requests; see Retry-After',
  500: 'Unexpected error',
  503: 'The database is unavailable',
};

/** Error responses for a route's OpenAPI description, all of them problem+json. */
export function problemResponses<const C extends readonly number[]>(...codes: C) {
  return Object.fromEntries(
    codes.map((code) => [code, problemSchema.describe(problemDescriptions[code] ?? 'Error')]),
  ) as { [K in C[number]]: typeof problemSchema };
}
