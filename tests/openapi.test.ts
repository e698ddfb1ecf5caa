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
