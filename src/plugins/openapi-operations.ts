import type { OpenAPIV3_1 } from 'openapi-types';
import { sample } from 'openapi-sampler';
import type { Access } from '../domain/access.ts';
import { problemResponses } from '../http/problem-schema.ts';

/*
 * What every operation of the OpenAPI document says beyond its route's own schema: an
 * operationId, a description that names who may call it, the error answers every route can give
 * (401, 403, 429, 500, 503 as its access and the platform make possible), the headers of each
 * answer, 304 for reads that carry an ETag, and examples generated from the schemas themselves
 * (openapi-sampler) where a route gives none, so they never disagree with what they illustrate.
 */

type Document = OpenAPIV3_1.Document;
type Operation = OpenAPIV3_1.OperationObject;
type Response = OpenAPIV3_1.ResponseObject;
type RouteSchema = { hide?: boolean; summary?: string; description?: string; operationId?: string; response?: Record<string, unknown>; [key: string]: unknown };

const WHO: Record<Access, string> = {
  public: 'anyone; no API key is needed.',
  optional: 'anyone; a key, when sent, must be valid (it may see more).',
  any: 'any valid API key.',
  admin: 'an admin key only.',
  analysis: "an analyst's, reviewer's or admin's key.",
  'returns:read': "a key that may read the organisation's returns (a submitter: its own organisations only).",
  'returns:write': "a key that may write the organisation's returns: admin, or a submitter for its own organisations.",
  'returns:approve': "an admin key, or a reviewer's key for the organisation's region.",
};

const VERBS: Record<string, string> = { get: 'get', put: 'put', post: 'create', patch: 'update', delete: 'delete' };

// Where the rule below reads badly, the name people would say.
const NAMED: Record<string, string> = {
  'get /health/live': 'getLiveness',
  'get /health/ready': 'getReadiness',
  'get /v1': 'getServiceInfo',
  'get /v1/monitoring/:year/summary': 'getMonitoringSummary',
  'get /v1/monitoring/trends': 'getMonitoringTrends',
  'get /v1/monitoring/:year/completeness': 'getMonitoringCompleteness',
  'get /v1/monitoring/:year/flagged': 'listFlaggedOrganisations',
  'get /v1/monitoring/:year/organisations': 'listBenchmarkedOrganisations',
  'get /v1/monitoring/projections': 'getProjections',
  'get /v1/monitoring/:year/scenario': 'getScenario',
  'get /v1/years/:year/progress': 'getYearProgress',
  'get /v1/publications/:year/report': 'getAnnualReport',
  'get /v1/publications/:year/pending': 'getPendingChanges',
  'get /v1/publications/:year': 'getLatestPublication',
  'get /v1/publications/:year/versions/:version': 'getPublicationVersion',
  'get /v1/publications/:year/organisations': 'listLatestPublicationOrganisations',
  'get /v1/publications/:year/versions/:version/organisations': 'listPublicationVersionOrganisations',
  'get /v1/organisations/:odsCode/returns/:year': 'getReturn',
  'put /v1/organisations/:odsCode/returns/:year': 'putReturn',
  'get /v1/organisations/:odsCode/returns': 'listOrganisationReturns',
  'get /v1/organisations/:odsCode/returns/:year/revisions': 'listReturnRevisions',
  'post /v1/organisations/:odsCode/returns/:year/approval': 'approveReturn',
  'delete /v1/organisations/:odsCode/returns/:year/approval': 'withdrawApproval',
  'post /v1/returns/bulk': 'submitReturnsInBulk',
  'get /v1/charts/:name': 'getChart',
};

/** `GET /v1/organisations/{odsCode}/returns` → listOrganisationsReturns; ending in a parameter: get…. */
export function operationIdOf(method: string, url: string): string {
  const named = NAMED[`${method} ${url}`];
  if (named) return named;
  const segments = url.split('/').filter((s) => s && s !== 'v1');
  const names = segments.filter((s) => !s.startsWith(':') && !s.startsWith('{'));
  const endsWithParameter = /^[:{]/.test(segments.at(-1) ?? '');
  const verb = method === 'get' && !endsWithParameter ? 'list' : (VERBS[method] ?? method);
  const pascal = names.map((name) => name.split(/[^A-Za-z0-9]+/).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('')).join('');
  return `${verb}${pascal || 'Root'}`;
}

/** The route-level half: run before fastify-type-provider-zod turns the zod schemas into JSON Schema. */
export function describeRoute(schema: RouteSchema, url: string, method: string, access: Access): RouteSchema {
  const platform = url.startsWith('/health/') || url === '/metrics' ? [500] : [429, 500, 503];
  const keyed = access === 'public' ? [] : access === 'optional' || access === 'any' ? [401] : [401, 403];
  return {
    ...schema,
    operationId: schema.operationId ?? operationIdOf(method, url),
    description: `${schema.description ?? `${schema.summary ?? ''}.`}\n\n**Who may call it:** ${WHO[access]}`,
    response: { ...problemResponses(400, ...keyed, ...platform), ...schema.response },
  };
}

const header = (description: string, schema: { type: 'string' | 'integer' } = { type: 'string' }) => ({ description, schema }) as OpenAPIV3_1.HeaderObject;

const HEADERS: Record<string, OpenAPIV3_1.HeaderObject> = {
  'X-Request-Id': header("This request's id, as the logs and the audit trail name it (the caller's own X-Request-Id is kept beside it)"),
  ETag: header('The version of what was answered: send it in If-None-Match to revalidate (304), or in If-Match to change it safely'),
  Location: header('Where the created resource is'),
  'Retry-After': header('Seconds to wait before trying again', { type: 'integer' }),
  RateLimit: header('The request budget left: "per-minute";r=<requests remaining>;t=<seconds until it renews> (IETF draft-ietf-httpapi-ratelimit-headers)'),
  'RateLimit-Policy': header('The request budget: "per-minute";q=<requests>;w=60'),
  'X-Total-Count': header('With CSV and XLSX: the number of items matching the filters', { type: 'integer' }),
};

const ref = (name: string) => ({ $ref: `#/components/headers/${name}` });

/** The document-level half: headers, 304s, examples, and no component left unused. */
export function describeOperations(document: Document): Document {
  document.components = { ...document.components, headers: { ...document.components?.headers, ...HEADERS } };
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item ?? {}) as [string, Operation][]) {
      if (!operation?.responses) continue;
      const limited = !path.startsWith('/health/') && path !== '/metrics';
      for (const [status, response] of Object.entries(operation.responses) as [string, Response][]) {
        answerAsItsMediaType(path, response);
        const headers: Record<string, unknown> = { 'X-Request-Id': ref('X-Request-Id') };
        // The budget is counted once the key is known: refusals of the key itself, and answers
        // while shutting down, come before it and carry no RateLimit fields.
        if (limited && !['401', '403', '503'].includes(status)) Object.assign(headers, { RateLimit: ref('RateLimit'), 'RateLimit-Policy': ref('RateLimit-Policy') });
        if (status === '200' && method === 'get') headers.ETag = ref('ETag');
        if (status === '200' && response.content?.['text/csv']) headers['X-Total-Count'] = ref('X-Total-Count');
        if (status === '201') headers.Location = ref('Location');
        if (status === '429' || status === '503') headers['Retry-After'] = ref('Retry-After');
        response.headers = { ...response.headers, ...headers } as Response['headers'];
      }
      if (method === 'get' && operation.responses['200'] && !operation.responses['304']) {
        operation.responses['304'] = { description: 'Not modified: the ETag sent in If-None-Match still matches', headers: { ETag: ref('ETag'), 'X-Request-Id': ref('X-Request-Id') } as Response['headers'] };
      }
      addExamples(document, operation);
    }
  }
  dropUnusedSchemas(document);
  return document;
}

/**
 * A route answering text that is not JSON (HTML, SVG, Prometheus's format) names its media type
 * as its 200 schema's description: the document says it under that type. A chart's name may
 * also end .csv or .xlsx, for the table it draws.
 */
function answerAsItsMediaType(path: string, response: Response) {
  const schema = response.content?.['application/json']?.schema as OpenAPIV3_1.SchemaObject | undefined;
  const mediaType = schema?.type === 'string' ? /^(text|image)\/[\w.+-]+(; [\w=.]+)?$/.exec(schema.description ?? '')?.[0] : undefined;
  if (!mediaType) return;
  response.content = { [mediaType]: { schema: { type: 'string' } } };
  if (path === '/v1/charts/{name}') {
    response.content['text/csv'] = { schema: { type: 'string', description: 'For a name ending .csv: the table the chart draws' } };
    response.content['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] = { schema: { type: 'string', description: 'For a name ending .xlsx: the table the chart draws' } };
  }
}

function exampled(document: Document, content: Record<string, OpenAPIV3_1.MediaTypeObject> | undefined) {
  const json = content?.['application/json'];
  if (!json?.schema || json.example !== undefined || json.examples !== undefined) return;
  const schema = json.schema as OpenAPIV3_1.SchemaObject & { examples?: unknown[] };
  json.example = schema.examples?.[0] ?? plausible(sample(schema as never, { skipReadOnly: true, quiet: true }, document as never));
}

/** The sampler writes an unbounded integer as its minimum (-9007199254740991): write 1 instead. */
function plausible(value: unknown): unknown {
  if (typeof value === 'number' && Math.abs(value) > 1e12) return 1;
  if (Array.isArray(value)) return value.map(plausible);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plausible(v)]));
  return value;
}

/** A request example for every body, and a response example for each success. */
function addExamples(document: Document, operation: Operation) {
  exampled(document, (operation.requestBody as OpenAPIV3_1.RequestBodyObject | undefined)?.content);
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    if (status.startsWith('2')) exampled(document, (response as Response).content);
  }
}

/** fastify-type-provider-zod writes an input variant of every named schema; the unused ones go. */
function dropUnusedSchemas(document: Document) {
  const schemas = document.components?.schemas ?? {};
  for (;;) {
    const text = JSON.stringify({ ...document, components: { ...document.components, schemas: Object.fromEntries(Object.entries(schemas).map(([name, s]) => [name, { ...s, __self: name }])) } });
    const unused = Object.keys(schemas).filter((name) => !text.includes(`"#/components/schemas/${name}"`));
    if (unused.length === 0) return;
    for (const name of unused) delete schemas[name];
  }
}
