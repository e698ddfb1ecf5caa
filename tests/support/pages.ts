import { afterAll, beforeAll } from 'vitest';
import { loadDemoData } from '../../src/demo/load.ts';
import { createTestApp, type TestApp } from './app.ts';

/**
 * Two apps on the demo data for a test file, handed to `use` before its tests run: publications
 * open to all, and open to keys only (PUBLIC_PUBLICATIONS=false).
 */
export function withOpenAndClosedDemoApps(use: (open: TestApp, closed: TestApp) => void): void {
  let apps: TestApp[] = [];
  beforeAll(async () => {
    apps = await Promise.all([createTestApp(), createTestApp({ config: { publicPublications: false } })]);
    await Promise.all(apps.map((app) => loadDemoData(app.app.db.pool)));
    use(apps[0]!, apps[1]!);
  });
  afterAll(() => Promise.all(apps.map((app) => app.close())));
}
