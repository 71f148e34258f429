import { defineConfig } from 'vitest/config';
import { DIST_TESTS } from './vitest.dist.config.js';

// The dist suite runs against the build, and the playground in Chromium (vitest.browser.config.ts).
const NOT_HERE = [...DIST_TESTS, 'test/playground.test.ts'];
// The queue tests run worker processes and a Redis server; run beside the timing ratios of test/linearity.test.ts they
// would take the CPU those ratios are measured on. So they form a second group, run after the first.
const QUEUE = ['test/queue.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...NOT_HERE, ...QUEUE],
          sequence: { groupOrder: 0 },
        },
      },
      { test: { name: 'queue', include: QUEUE, sequence: { groupOrder: 1 } } },
    ],
  },
});
