import type { RunnerTask, RunnerTestCase, RunnerTestFile } from 'vitest';
import type { Reporter, Vitest } from 'vitest/node';

/**
 * For mutation runs only (vitest.rules.config.ts under Stryker): a test file that failed without
 * any of its tests failing (it could not load, or a hook outside every test threw) gains one
 * failed test. Stryker's vitest runner counts only the tests it collects, so a mutant that breaks
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
      if (file.result?.state !== 'fail' || hasFailedTest(file)) continue;
      const fileFailure = {
        type: 'test',
        id: `${file.id}_fails`,
        name: 'the test file loads and its hooks pass',
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

function hasFailedTest(task: RunnerTask | RunnerTestFile): boolean {
  if (task.type === 'test') return task.result?.state === 'fail';
  return 'tasks' in task && task.tasks.some(hasFailedTest);
}
