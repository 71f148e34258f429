// Measures analyze() on generated inputs of two sizes, ten times apart, and prints the time ratios as JSON.
// Run by test/linearity.test.ts in its own process with --expose-gc: each timed run starts from a collected heap,
// so the ratio measures the algorithm, not when the garbage collector happened to run.
import { analyze } from '../../src/index.js';
import { SHAPES } from './linearity-probe-shapes.js';

const CHEAP = new Set(['a long run of punctuation', 'a pyramid of quoted replies']);

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

function time(text: string, aspects: boolean): number {
  gc!();
  const start = performance.now();
  analyze(text, { aspects });
  return performance.now() - start;
}

const [small, rounds] = process.argv.slice(2).map(Number) as [number, number];
const ratios: Record<string, { size: number; small: number; large: number; ratio: number }> = {};
for (const [shape, make] of Object.entries(SHAPES)) {
  const aspects = shape === 'many aspects';
  // Cheap shapes are measured on larger inputs, so that the small one takes long enough to time.
  const size = small * (CHEAP.has(shape) ? 10 : 1);
  const texts = [make(size), make(size * 10)] as const;
  time(texts[0], aspects);
  time(texts[1], aspects);
  const best = [Infinity, Infinity];
  for (let round = 0; round < rounds; round++) {
    texts.forEach((text, k) => {
      best[k] = Math.min(best[k]!, time(text, aspects));
    });
  }
  ratios[shape] = { size, small: best[0]!, large: best[1]!, ratio: best[1]! / best[0]! };
}
process.stdout.write(JSON.stringify(ratios));
