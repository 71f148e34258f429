import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: [
      'test/dist.test.ts',
      'test/cli.test.ts',
      'test/cli-fit.test.ts',
      'test/cli-conversations.test.ts',
      'test/cli-queue.test.ts',
      'test/pool.test.ts',
      'test/playground.test.ts',
      'test/hostile/cli.test.ts',
      'test/hostile/pool.test.ts',
    ],
  },
});
