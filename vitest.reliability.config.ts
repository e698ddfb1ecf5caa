import { defineConfig } from 'vitest/config';

// npm run test:reliability: the real service as a process, its database killed, stalled and
// raced. One file at a time: each owns its processes and needs the machine's CPU to itself.
export default defineConfig({
  test: {
    include: ['tests/reliability/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 90_000,
  },
});
