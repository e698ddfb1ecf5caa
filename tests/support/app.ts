import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import request from 'supertest';
import { inject } from 'vitest';
import { buildApp, type AppOptions } from '../../src/app.ts';
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

/** No test depends on the real date: today is fixed (2026-27 the current year, 2027-28 the next). */
export const TEST_TODAY = '2026-06-15';

/** The bootstrap admin key every test app accepts (ADMIN_API_KEY). */
export const TEST_ADMIN_KEY = 'test-admin-key-0123456789-abcdefghijklmnop';

export type Http = ReturnType<typeof request.agent>;

/** A supertest agent that sends the given API key with every request. */
export function httpAs(app: FastifyInstance, key: string): Http {
  return request.agent(app.server).set('authorization', `Bearer ${key}`);
}

export type TestApp = {
  app: FastifyInstance;
  db: TestDatabase;
  /** Requests as an admin (the bootstrap key). */
  http: Http;
  close(): Promise<void>;
};

/** The real app, built by the same factory as the service, on its own database. */
export async function createTestApp(
  options: {
    config?: Partial<Config>;
    logger?: ReturnType<typeof captureLogs>['logger'];
    ready?: boolean;
    /** Today, for rules that depend on the date (windows, the current year); TEST_TODAY unless given. */
    today?: string;
    tracing?: AppOptions['tracing'];
  } = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  const app = await buildApp({
    config: testConfig({ databaseUrl: db.url, adminApiKey: TEST_ADMIN_KEY, ...options.config }),
    ...(options.logger ? { logger: options.logger } : {}),
    clock: () => new Date(`${options.today ?? TEST_TODAY}T12:00:00Z`),
    ...(options.tracing ? { tracing: options.tracing } : {}),
  });
  if (options.ready !== false) await app.ready();
  return {
    app,
    db,
    http: httpAs(app, TEST_ADMIN_KEY),
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
