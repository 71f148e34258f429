// Measures analyze() on generated inputs of two sizes, ten times apart, and prints the time ratios as JSON.
// Run by test/linearity.test.ts in its own process with --expose-gc: each timed run starts from a collected heap,
// so the ratio measures the algorithm, not when the garbage collector happened to run.
import { analyze } from '../../src/index.js';
import { ASPECT_SHAPES, SHAPES } from './linearity-probe-shapes.js';

const CHEAP = new Set(['a long run of punctuation', 'a pyramid of quoted replies']);

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

// CPU time, not wall time: on a shared machine the process is descheduled at random, and a long run is more likely to
// be, so wall time inflates the larger input's time more than the smaller's (CI once read 17x where a quiet machine
// reads 12x). CPU time also counts V8's background threads, a near-constant share that makes a ratio a little
// lower (4-9x for this linear code); a quadratic step still fails the bound (one planted in readDoc read 17-22x).
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function time(text: string, aspects: boolean): number {
  gc!();
  const start = cpuMs();
  analyze(text, { aspects });
  return cpuMs() - start;
}

const [small, rounds] = process.argv.slice(2).map(Number) as [number, number];
const ratios: Record<string, { size: number; small: number; large: number; ratio: number }> = {};
for (const [shape, make] of Object.entries(SHAPES)) {
  const aspects = ASPECT_SHAPES.has(shape);
  // Cheap shapes are measured on larger inputs, so that the small one takes long enough to time.
  const size = small * (CHEAP.has(shape) ? 10 : 1);
  const texts = [make(size), make(size * 10)] as const;
  time(texts[0], aspects);
  time(texts[1], aspects);
  const best = [Infinity, Infinity];
  // Even so, the small run of a cheap shape takes only 7-15 ms, where one stray millisecond moves the ratio by more than
  // 10 % (CI once read 16x for the punctuation run that reads 4-9x on a quiet machine): three times the rounds to find
  // a clean one.
  for (let round = 0; round < (CHEAP.has(shape) ? rounds * 3 : rounds); round++) {
    texts.forEach((text, k) => {
      best[k] = Math.min(best[k]!, time(text, aspects));
    });
  }
  ratios[shape] = { size, small: best[0]!, large: best[1]!, ratio: best[1]! / best[0]! };
}
process.stdout.write(JSON.stringify(ratios));
