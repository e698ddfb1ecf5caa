import { defineConfig } from 'vitest/config';
import LoadFailureAsFailedTest from './tests/support/load-failure-reporter.ts';

/*
 * The pure rules alone (tests/rules): no database, no app. Mutation testing (stryker.config.json)
 * runs these hundreds of times, so they stay fast and self-contained.
 */
export default defineConfig({
  test: {
    include: ['tests/rules/**/*.test.ts'],
    pool: 'forks',
    reporters: [new LoadFailureAsFailedTest(), 'default'],
  },
});
