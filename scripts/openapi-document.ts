import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';

/**
 * The OpenAPI document the service serves at /docs/json, under the default configuration. The
 * app is built but never listens, and no database is needed: nothing is read from one.
 */
export async function openApiDocument(): Promise<object> {
  const config = { ...loadConfig({}), databaseUrl: 'postgresql://openapi@127.0.0.1:1/openapi', logLevel: 'silent' as const };
  const app = await buildApp({ config });
  await app.ready();
  const document = app.swagger();
  await app.close();
  return document;
}
