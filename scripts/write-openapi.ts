import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { apiTypesOf } from './api-types.ts';
import { openApiDocument } from './openapi-document.ts';

/*
 * Writes the OpenAPI document to a file (default openapi.json), for Spectral; with a second
 * argument, also its TypeScript types (the CLI's typed client reads src/cli/api-types.ts).
 */
const out = process.argv[2] ?? 'openapi.json';
const typesOut = process.argv[3];
const document = await openApiDocument();
await mkdir(dirname(out), { recursive: true });
await writeFile(out, `${JSON.stringify(document, null, 2)}\n`);
console.log(`wrote the OpenAPI document (${Object.keys((document as { paths?: object }).paths ?? {}).length} paths) to ${out}`);
if (typesOut) {
  await writeFile(typesOut, await apiTypesOf(document));
  console.log(`wrote its TypeScript types to ${typesOut}`);
}
