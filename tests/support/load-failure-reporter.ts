import type { RunnerTestCase } from 'vitest';
import type { Reporter, Vitest } from 'vitest/node';

/**
 * For mutation runs only (vitest.rules.config.ts under Stryker): a test file that failed to load
 * (so it has no tests) gains one failed test. Stryker's vitest runner counts only the tests it collects, so a mutant that breaks
 * a module at load time (a schema built wrong, a locale that does not exist) was scored as
 * survived although the suite fails on it. Written by hand because neither Stryker nor vitest has
 * this option (stryker-js#6150).
 */
export default class LoadFailureAsFailedTest implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  /** Runs before the run returns to Stryker, which then reads the same files from vitest's state. */
  onTestRunEnd(): void {
    for (const file of this.vitest?.state.getFiles() ?? []) {
      // Only files with no tests: under Stryker every file is marked failed by Stryker's own afterAll
      // hook (it asks vitest 4 for a context it no longer gives), so a failed file with tests
      // proves nothing. tests/rules has no hooks of its own for that reason.
      if (file.result?.state !== 'fail' || file.tasks.length > 0) continue;
      const fileFailure = {
        type: 'test',
        id: `${file.id}_fails`,
        name: 'the test file loads',
        mode: 'run',
        meta: {},
        file,
        suite: file,
        timeout: 0,
        annotations: [],
        artifacts: [],
        result: { state: 'fail', errors: file.result.errors ?? [] },
      };
      // A synthetic task: vitest types a test with a context only its runner builds, unused after the run.
      file.tasks.push(fileFailure as unknown as RunnerTestCase);
    }
  }
}

