// No input may take quadratic time (issue 24): each shape of input, ten times larger, may take at most 15× as long.
// Ratios of CPU time measured in one child process (test/support/linearity-probe.ts), best of interleaved rounds,
// never an absolute time. The child's young generation is made large enough that neither size triggers a collection
// while it is timed: otherwise the small run allocates within the nursery and pays no GC while the large one
// does, and the ratio measures the collector's thresholds rather than the algorithm.
import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { SHAPES } from './support/linearity-probe-shapes.js';

const SMALL = 30_000;
const ROUNDS = 5;
const MAX_RATIO = 15;

const probe = new URL('./support/linearity-probe.ts', import.meta.url).pathname;
let measured: Record<string, { size: number; small: number; large: number; ratio: number }> | undefined;
const measure = () =>
  (measured ??= JSON.parse(
    execFileSync(process.execPath, ['--expose-gc', '--max-semi-space-size=512', '--import', 'tsx', probe, String(SMALL), String(ROUNDS)], {
      encoding: 'utf8',
    }),
  ));

describe('time grows linearly with input', () => {
  test.each(Object.keys(SHAPES))(
    '%s: 10× the input takes at most 15× the time',
    (shape) => {
      const { size, small, large, ratio } = measure()[shape]!;
      expect(ratio, `${small.toFixed(1)} ms for ${size} characters, ${large.toFixed(1)} ms for ten times as many`).toBeLessThanOrEqual(
        MAX_RATIO,
      );
    },
    180_000,
  );
});
