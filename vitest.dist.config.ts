import { defineConfig } from 'vitest/config';

// Runs the smoke suite against the built package in dist/ (run `npm run build` first).
export default defineConfig({
  test: {
    include: [
      'test/dist.test.ts',
      'test/cli.test.ts',
      'test/cli-fit.test.ts',
      'test/cli-conversations.test.ts',
      'test/cli-queue.test.ts',
      'test/pool.test.ts',
      'test/hostile/cli.test.ts',
      'test/hostile/pool.test.ts',
    ],
  },
});
