// Heap with words the language model has never seen: wink-nlp learns each one, so a long-running service must
// not grow with them. Analyzes random-word texts and compares the heap after 100 k texts with the heap after 1 M.
//   npm run bench:memory -- [--texts 1000000] [--no-write]
// Runs itself in a child process with --expose-gc, so each reading is of live objects only.
import { execFileSync } from 'node:child_process';
import { flag } from './data.js';
import { markdownTable, writeResultsSection } from './results-file.js';

const args = process.argv.slice(2);
const total = Number(flag(args, 'texts') ?? 1_000_000);

if (process.env.CXTONE_MEMORY_CHILD === undefined) {
  const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', new URL(import.meta.url).pathname, ...args], {
    env: { ...process.env, CXTONE_MEMORY_CHILD: '1' },
    maxBuffer: 1 << 24,
  });
  const readings = JSON.parse(output.toString()) as { texts: number; heapMb: number; seconds: number }[];
  const at = (texts: number) => readings.find((reading) => reading.texts === texts)!;
  const early = at(Math.min(100_000, total));
  const last = at(total);
  const ratio = last.heapMb / early.heapMb;
  const report = `## Memory with unseen words

${total.toLocaleString('en-US')} texts of 8 random lower-case words (4-9 letters, a seeded generator), each through the default
analyzer in one process; heap used after a forced garbage collection. Reproduce with \`npm run bench:memory\`.

${markdownTable(
  ['texts analyzed', 'heap MB', 'seconds'],
  readings.map((reading) => [reading.texts.toLocaleString('en-US'), reading.heapMb.toFixed(1), reading.seconds.toFixed(0)]),
)}

Heap after ${last.texts.toLocaleString('en-US')} texts is **${ratio.toFixed(2)}×** the heap after ${early.texts.toLocaleString('en-US')} (target ≤ 1.2×: ${ratio <= 1.2 ? 'met' : 'NOT met'}).
wink-nlp adds every word it has not seen to its vocabulary; cxtone replaces its wink instance after 50,000 such
words (\`src/doc/nlp.ts\`), and its own word caches are bounded.`;
  console.log(report);
  if (!args.includes('--no-write')) writeResultsSection('memory', report);
} else {
  const { analyze } = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index.js');
  let seed = 7;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const word = () =>
    Array.from({ length: 4 + Math.floor(random() * 6) }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
  const checkpoints = new Set([total / 10, total / 4, total / 2, total, 100_000].filter((n) => n <= total && Number.isInteger(n)));
  const readings: { texts: number; heapMb: number; seconds: number }[] = [];
  const started = performance.now();
  for (let texts = 1; texts <= total; texts++) {
    analyze(Array.from({ length: 8 }, word).join(' '));
    if (!checkpoints.has(texts)) continue;
    (globalThis as { gc?: () => void }).gc!();
    readings.push({ texts, heapMb: process.memoryUsage().heapUsed / 1e6, seconds: (performance.now() - started) / 1000 });
  }
  process.stdout.write(JSON.stringify(readings.sort((a, b) => a.texts - b.texts)));
}
