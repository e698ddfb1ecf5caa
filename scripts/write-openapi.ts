import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';

/*
 * Writes the OpenAPI document the service serves at /docs/json to a file (default
 * openapi.json), for Spectral and openapi-typescript. The app is built but never listens, and
 * no database is needed: nothing is read from one to generate the document.
 */
const out = process.argv[2] ?? 'openapi.json';
const config = { ...loadConfig({}), databaseUrl: 'postgresql://openapi@127.0.0.1:1/openapi', logLevel: 'silent' as const };
const app = await buildApp({ config });
await app.ready();
const document = app.swagger();
await mkdir(dirname(out), { recursive: true });
await writeFile(out, `${JSON.stringify(document, null, 2)}\n`);
await app.close();
console.log(`wrote the OpenAPI document (${Object.keys(document.paths ?? {}).length} paths) to ${out}`);
