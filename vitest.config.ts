import { defineConfig } from 'vitest/config';
import { DIST_TESTS } from './vitest.dist.config.js';

// The dist suite runs against the build, and the playground in Chromium (vitest.browser.config.ts).
const NOT_HERE = [...DIST_TESTS, 'test/playground.test.ts'];
// The queue tests run worker processes and a Redis server: a second group, run after the first. The timing ratios of
// test/linearity.test.ts come last and alone, so that no other test file takes the CPU they are measured on.
const QUEUE = ['test/queue.test.ts'];
const TIMING = ['test/linearity.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...NOT_HERE, ...QUEUE, ...TIMING],
          sequence: { groupOrder: 0 },
        },
      },
      { test: { name: 'queue', include: QUEUE, sequence: { groupOrder: 1 } } },
      { test: { name: 'timing', include: TIMING, sequence: { groupOrder: 2 } } },
    ],
  },
});
