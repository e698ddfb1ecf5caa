import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { dropDatabase, ensureDatabase, withDatabase } from '../../src/db/admin.ts';

export type TestDatabase = { name: string; url: string; drop(): Promise<void> };

/** A fresh database for one test file, cloned from the migrated template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('databaseAdminUrl');
  const name = `staff_ratio_test_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(adminUrl, name, inject('templateDatabase'));
  return { name, url: withDatabase(adminUrl, name), drop: () => dropDatabase(adminUrl, name) };
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ LOG_LEVEL: 'silent' }), ...overrides };
}

/** Collects the JSON log lines an app writes, for assertions on logging. */
export function captureLogs() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createLogger({ logLevel: 'info' }, stream) };
}

export type TestApp = { app: FastifyInstance; db: TestDatabase; close(): Promise<void> };

/** The real app, built by the same factory as the service, on its own database. */
export async function createTestApp(
  options: { config?: Partial<Config>; logger?: ReturnType<typeof captureLogs>['logger']; ready?: boolean } = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  const app = await buildApp({
    config: testConfig({ databaseUrl: db.url, ...options.config }),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  if (options.ready !== false) await app.ready();
  return {
    app,
    db,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
