import { defineConfig } from 'vitest/config';

/** The tests that run against the built package in dist/; the unit run leaves them out. */
export const DIST_TESTS = [
  'test/dist.test.ts',
  'test/cli.test.ts',
  'test/cli-fit.test.ts',
  'test/cli-conversations.test.ts',
  'test/cli-queue.test.ts',
  'test/pool.test.ts',
  'test/hostile/cli.test.ts',
  'test/hostile/pool.test.ts',
];

// Runs the smoke suite against the built package in dist/ (run `npm run build` first).
export default defineConfig({ test: { include: DIST_TESTS } });
