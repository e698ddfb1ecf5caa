import { afterAll, beforeAll, expect, it } from 'vitest';
import request from 'supertest';
import { compileErrors, validate } from '@readme/openapi-parser';
import { createTestApp, type TestApp } from './support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('publishes an OpenAPI 3.1 document that a validator accepts', async () => {
  const res = await request(t.app.server).get('/docs/json');
  expect(res.status).toBe(200);
  expect(res.body.openapi).toMatch(/^3\.1\./);
  const result = await validate(structuredClone(res.body));
  expect(result.valid ? '' : compileErrors(result)).toBe('');
  expect(result.valid).toBe(true);
});

it('describes errors as problem+json with the Problem schema', async () => {
  const res = await request(t.app.server).get('/docs/json');
  const ready = res.body.paths['/health/ready'].get;
  expect(Object.keys(ready.responses['503'].content)).toEqual(['application/problem+json']);
  expect(res.body.components.schemas.Problem.properties).toHaveProperty('requestId');
});

it('serves the interactive documentation', async () => {
  const res = await request(t.app.server).get('/docs/').redirects(1);
  expect(res.status).toBe(200);
  expect(res.text).toContain('swagger-ui');
});
