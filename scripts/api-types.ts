import openapiTS, { astToString } from 'openapi-typescript';

/** The TypeScript types of an OpenAPI document, as openapi-typescript writes them (src/cli/api-types.ts). */
export async function apiTypesOf(document: object): Promise<string> {
  const ast = await openapiTS(document as never, { alphabetize: true });
  return `// Generated from the service's OpenAPI document by openapi-typescript: do not edit.\n// Regenerate with: npm run openapi:types (a test fails when this file is out of date).\n\n${astToString(ast)}`;
}
