import { afterAll, beforeAll, expect, it } from 'vitest';
import { compileErrors, validate } from '@readme/openapi-parser';
import { createTestApp, type TestApp } from './support/app.ts';
import { examples } from '../src/modules/analysis/examples.ts';
import { benchmarkList, projections, scenario } from '../src/modules/analysis/schemas.ts';
import { XLSX_TYPE } from '../src/http/xlsx.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('publishes an OpenAPI 3.1 document that a validator accepts', async () => {
  const res = await t.http.get('/docs/json');
  expect(res.status).toBe(200);
  expect(res.body.openapi).toMatch(/^3\.1\./);
  const result = await validate(structuredClone(res.body));
  expect(result.valid ? '' : compileErrors(result)).toBe('');
  expect(result.valid).toBe(true);
});

it('describes errors as problem+json with the Problem schema', async () => {
  const res = await t.http.get('/docs/json');
  const ready = res.body.paths['/health/ready'].get;
  expect(Object.keys(ready.responses['503'].content)).toEqual(['application/problem+json']);
  expect(res.body.components.schemas.Problem.properties).toHaveProperty('requestId');
});

it('serves the interactive documentation', async () => {
  const res = await t.http.get('/docs/').redirects(1);
  expect(res.status).toBe(200);
  expect(res.text).toContain('swagger-ui');
});

it('documents every endpoint of the contract with its error responses', async () => {
  const res = await t.http.get('/docs/json');
  const expected: [string, string][] = [
    ['get', '/v1/regions'],
    ['post', '/v1/regions'],
    ['get', '/v1/organisations'],
    ['post', '/v1/organisations'],
    ['get', '/v1/organisations/{odsCode}'],
    ['patch', '/v1/organisations/{odsCode}'],
    ['get', '/v1/policies'],
    ['post', '/v1/policies'],
    ['get', '/v1/years'],
    ['put', '/v1/years/{year}'],
    ['put', '/v1/organisations/{odsCode}/returns/{year}'],
    ['get', '/v1/organisations/{odsCode}/returns/{year}'],
    ['get', '/v1/organisations/{odsCode}/returns'],
    ['get', '/v1/organisations/{odsCode}/returns/{year}/revisions'],
    ['get', '/v1/returns'],
    ['post', '/v1/returns/bulk'],
    ['get', '/v1/monitoring/{year}/summary'],
    ['get', '/v1/monitoring/{year}/flagged'],
    ['get', '/v1/monitoring/{year}/completeness'],
    ['get', '/v1/monitoring/trends'],
    ['get', '/v1/monitoring/{year}/organisations'],
    ['get', '/v1/monitoring/projections'],
    ['get', '/v1/monitoring/{year}/scenario'],
    ['get', '/v1/charts/{name}'],
    ['get', '/v1/publications/{year}/report'],
    ['post', '/v1/api-keys'],
    ['get', '/v1/api-keys'],
    ['delete', '/v1/api-keys/{id}'],
    ['get', '/v1/audit'],
  ];
  for (const [method, path] of expected) {
    const operation = res.body.paths[path]?.[method];
    expect(operation, `${method} ${path}`).toBeDefined();
    const errors = Object.entries(operation.responses).filter(([status]) => Number(status) >= 400);
    expect(errors.length, `${method} ${path} error responses`).toBeGreaterThan(0);
    for (const [status, response] of errors) {
      const types = Object.keys((response as { content: object }).content);
      if (path === '/v1/returns/bulk' && status === '422') expect(types.sort()).toEqual(['application/json', 'application/problem+json']);
      else expect(types, `${method} ${path} ${status}`).toEqual(['application/problem+json']);
    }
  }
  const bulk = res.body.paths['/v1/returns/bulk'].post;
  expect(Object.keys(bulk.requestBody.content)).toEqual(['application/json', 'text/csv']);
  const put = res.body.paths['/v1/organisations/{odsCode}/returns/{year}'].put;
  expect(Object.keys(put.responses)).toEqual(expect.arrayContaining(['200', '201', '400', '404', '409', '412', '422']));
});

it('offers CSV and XLSX on every list and monitoring table', async () => {
  const res = await t.http.get('/docs/json');
  for (const path of ['/v1/regions', '/v1/organisations', '/v1/policies', '/v1/years', '/v1/returns', '/v1/monitoring/{year}/summary', '/v1/monitoring/trends']) {
    expect(Object.keys(res.body.paths[path].get.responses['200'].content), path).toEqual(['application/json', 'text/csv', XLSX_TYPE]);
  }
  // Wherever `format` is a parameter, all three are documented.
  for (const [path, item] of Object.entries(res.body.paths as Record<string, { get?: { parameters?: { name: string }[]; responses: Record<string, { content?: object }> } }>)) {
    if (!item.get?.parameters?.some((p) => p.name === 'format')) continue;
    expect(Object.keys(item.get.responses['200']!.content ?? {}), path).toEqual(['application/json', 'text/csv', XLSX_TYPE]);
  }
});

it("gives the analysis answers examples that their own schemas accept, and offers XLSX where a route makes it", async () => {
  const res = await t.http.get('/docs/json');
  const schemas = res.body.components.schemas;
  for (const [id, schema, example] of [
    ['BenchmarkedOrganisations', benchmarkList, examples.benchmark],
    ['Projections', projections, examples.projections],
    ['Scenario', scenario, examples.scenario],
  ] as const) {
    expect(schemas[id].examples, id).toEqual([JSON.parse(JSON.stringify(example))]);
    expect(schema.safeParse(example).error, id).toBeUndefined();
  }
  const organisations = res.body.paths['/v1/monitoring/{year}/organisations'].get.responses['200'].content;
  expect(Object.keys(organisations)).toEqual(['application/json', 'text/csv', XLSX_TYPE]);

});

it('names and describes every operation, with who may call it, and documents every error status and header it can answer', async () => {
  const document = (await t.http.get('/docs/json')).body as {
    info: { contact?: { name: string }; license?: { name: string } };
    paths: Record<string, Record<string, { operationId?: string; description?: string; security?: unknown[]; responses: Record<string, { headers?: Record<string, unknown> }> }>>;
  };
  expect(document.info.contact?.name).toBeTruthy();
  expect(document.info.license?.name).toBe('Open Government Licence v3.0');
  const ids: string[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const where = `${method} ${path}`;
      ids.push(operation.operationId!);
      expect(operation.operationId, where).toMatch(/^[a-z][A-Za-z]+$/);
      expect(operation.description, where).toMatch(/\*\*Who may call it:\*\* .+/);
      const statuses = Object.keys(operation.responses);
      const platform = path.startsWith('/health/') || path === '/metrics';
      for (const status of platform ? ['500'] : ['400', '429', '500', '503']) expect(statuses, where).toContain(status);
      if (/needs? an admin key|admin key only/.test(operation.description!)) expect(statuses, where).toEqual(expect.arrayContaining(['401', '403']));
      if (!operation.description!.includes('anyone; no API key')) expect(statuses, where).toContain('401');
      for (const [status, response] of Object.entries(operation.responses)) {
        expect(Object.keys(response.headers ?? {}), `${where} ${status}`).toContain('X-Request-Id');
        if (status === '429') expect(Object.keys(response.headers ?? {}), where).toEqual(expect.arrayContaining(['Retry-After', 'RateLimit', 'RateLimit-Policy']));
        if (status === '201') expect(Object.keys(response.headers ?? {}), where).toContain('Location');
        if (status === '200' && method === 'get') expect(Object.keys(response.headers ?? {}), where).toContain('ETag');
        if (status === '200' && (response as { content?: Record<string, unknown> }).content?.['text/csv']) expect(Object.keys(response.headers ?? {}), where).toContain('X-Total-Count');
      }
      if (method === 'get') expect(statuses, where).toContain('304');
    }
  }
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.length).toBeGreaterThanOrEqual(50);
  // What is not JSON is said under its own media type.
  const answered = (path: string) => Object.keys((document.paths[path]!.get!.responses['200'] as { content: object }).content);
  expect(answered('/metrics')).toEqual(['text/plain; version=0.0.4']);
  expect(answered('/v1/publications/{year}/report')).toEqual(['text/html']);
  expect(answered('/v1/charts/{name}')).toEqual(['image/svg+xml', 'text/csv', XLSX_TYPE]);
});

// Whether each example is valid for its schema is Spectral's check (oas3-valid-media-example), run
// on this document by `npm run lint:openapi` in `npm test`.
it('marks every timestamp as date-time, and gives every operation with a body a request and a response example', async () => {
  const document = (await t.http.get('/docs/json')).body;
  const timestamps: string[] = [];
  JSON.stringify(document, function (key, value) {
    if (/^[a-z]+At$|^at$/.test(key) && value && typeof value === 'object' && (value.type === 'string' || (Array.isArray(value.type) && value.type.includes('string')) || value.anyOf)) {
      timestamps.push(key);
      const format = value.format ?? value.anyOf?.find((s: { format?: string }) => s.format)?.format;
      expect(format, key).toBe('date-time');
    }
    return value;
  });
  expect(new Set(timestamps)).toEqual(new Set(['asAt', 'publishedAt', 'createdAt', 'revokedAt', 'at', 'updatedAt', 'withdrawnAt', 'submittedAt']));
  let bodies = 0;
  for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, { requestBody?: { content: Record<string, { example?: unknown }> }; responses: Record<string, { content?: Record<string, { example?: unknown }> }> }>>)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!operation.requestBody) continue;
      bodies++;
      expect(operation.requestBody.content['application/json']?.example, `${method} ${path}`).toBeDefined();
      const success = Object.entries(operation.responses).find(([status]) => status.startsWith('2'))![1];
      if (success.content?.['application/json']) expect(success.content['application/json'].example, `${method} ${path} answer`).toBeDefined();
    }
  }
  expect(bodies).toBeGreaterThanOrEqual(12);
});
