import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { dropDatabase, ensureDatabase, withDatabase } from '../../src/db/admin.ts';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../src/db/embedded.ts';
import { applyMigrations } from '../../src/db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseAdminUrl: string;
    templateDatabase: string;
  }
}

const TEMPLATE = `staff_ratio_template_${process.pid}`;

/**
 * One PostgreSQL for the whole run: TEST_DATABASE_URL when given (a server where this user may
 * create databases), otherwise an embedded cluster in a temporary directory. The schema is
 * migrated once into a template database that each test file clones (tests/support/app.ts).
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    dataDir = await mkdtemp(path.join(tmpdir(), 'staff-ratio-test-'));
    await chmod(dataDir, 0o755);
    embedded = await startEmbeddedDatabase({ dataDir });
    adminUrl = embedded.adminUrl;
  }
  await dropDatabase(adminUrl, TEMPLATE);
  await ensureDatabase(adminUrl, TEMPLATE);
  await applyMigrations(withDatabase(adminUrl, TEMPLATE));

  project.provide('databaseAdminUrl', adminUrl);
  project.provide('templateDatabase', TEMPLATE);

  return async () => {
    await dropDatabase(adminUrl, TEMPLATE).catch(() => undefined);
    await embedded?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
