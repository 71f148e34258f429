import { defineConfig } from 'vitest/config';

const NOT_HERE = [
  'test/dist.test.ts',
  'test/cli.test.ts',
  'test/cli-fit.test.ts',
  'test/cli-conversations.test.ts',
  'test/cli-queue.test.ts',
  'test/pool.test.ts',
  'test/playground.test.ts',
  'test/hostile/cli.test.ts',
  'test/hostile/pool.test.ts',
];
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
