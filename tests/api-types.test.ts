import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { apiTypesOf } from '../scripts/api-types.ts';
import { openApiDocument } from '../scripts/openapi-document.ts';

/*
 * The CLI's typed client reads src/cli/api-types.ts, generated from the OpenAPI document by
 * openapi-typescript. A change to a route's schema without regenerating it fails here.
 */
describe("the CLI's API types", () => {
  it('are what openapi-typescript makes of the current OpenAPI document (regenerate: npm run openapi:types)', async () => {
    const expected = await apiTypesOf(await openApiDocument());
    const committed = await readFile('src/cli/api-types.ts', 'utf8');
    expect(committed === expected, 'src/cli/api-types.ts is out of date: run npm run openapi:types').toBe(true);
  });
});
