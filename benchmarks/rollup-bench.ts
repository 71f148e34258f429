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

// Two states of half a million accounts each (one day, one contact, one quote per account), merged at Node's
// default heap limit: the merge must fit where the states themselves fit.
const MERGE_ACCOUNTS = Number(flag(args, 'merge-accounts') ?? 1_000_000);
const mergeChild = `
const { createRollup, mergeRollups } = require('./dist/rollup.cjs');
const half = ${MERGE_ACCOUNTS} / 2;
const make = (offset) => {
  const live = createRollup();
  for (let i = 0; i < half; i++) live.add({ id: 'r' + (2 * i + offset), accountId: 'a' + (2 * i + offset), contactId: 'c', role: 'champion', channel: 'email',
    at: Date.UTC(2026, 2, 1 + (i % 28)), result: { score: -0.5, label: 'negative', quotes: [{ text: 'bad', start: 0, end: 3, weight: -1 }] } });
  return live.state();
};
const a = make(0);
const b = make(1);
global.gc();
const t0 = process.hrtime.bigint();
const merged = mergeRollups(a, b);
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(JSON.stringify({ accounts: Object.keys(merged.accounts).length, seconds, heapMb: process.memoryUsage().heapUsed / 1048576,
  limitMb: require('node:v8').getHeapStatistics().heap_size_limit / 1048576, maxRssMb: process.resourceUsage().maxRSS / 1024 }));`;
const merge = JSON.parse(
  execFileSync(process.execPath, ['--expose-gc', '-e', mergeChild], { cwd: new URL('..', import.meta.url).pathname }).toString(),
);

const runs = sizes.map((count) =>
  JSON.parse(
    execFileSync(process.execPath, ['--expose-gc', '-e', child(count)], { cwd: new URL('..', import.meta.url).pathname }).toString(),
  ),
);
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

Target: ≥ 1,000,000 records/s: ${runs.every((run) => run.recordsPerSecond >= 1e6) ? 'met' : 'NOT met'}.

Merging two states of ${(MERGE_ACCOUNTS / 2).toLocaleString('en-US')} accounts each (\`mergeRollups\`, every field checked on the way in)
at Node's default heap limit (${merge.limitMb.toFixed(0)} MB): ${merge.accounts.toLocaleString('en-US')} accounts in ${merge.seconds.toFixed(1)} s,
heap ${merge.heapMb.toFixed(0)} MB afterwards, peak RSS ${merge.maxRssMb.toFixed(0)} MB.`;
console.log(report);
if (!args.includes('--no-write')) writeResultsSection('rollup', report);
