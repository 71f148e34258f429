// Browser bundle size, minified and gzipped: the whole library, its own code and lexicons, and what each
// optional scorer's data pack adds. `--check` fails when a bundle is over benchmarks/size-budget.json.
//   npx tsx benchmarks/size.ts [--check] [--no-write]     (after npm run build)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { markdownTable, writeResultsSection } from './results-file.js';

const args = process.argv.slice(2);
const budget = JSON.parse(readFileSync(new URL('./size-budget.json', import.meta.url), 'utf8')) as { own: number; full: number };

async function bundle(external: string[]): Promise<number> {
  const result = await build({ entryPoints: [new URL('../dist/index.js', import.meta.url).pathname], bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, external, logLevel: 'silent' });
  return gzipSync(result.outputFiles[0]!.contents).length;
}
// A data pack's share: its JSON minified and gzipped on its own (the scorer code around it is a few KB).
const pack = (file: string) => gzipSync(JSON.stringify(JSON.parse(readFileSync(new URL(`../lexicons/${file}`, import.meta.url), 'utf8')))).length;

const full = await bundle([]);
const own = await bundle(['wink-nlp', 'wink-eng-lite-web-model']);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = [
  ['everything (cxtone, wink-nlp, English model)', kb(full), kb(budget.full)],
  ['cxtone code and lexicons (wink-nlp external)', kb(own), kb(budget.own)],
  ['  of which sentiment lexicons (base, opinion, emoji, b2b-support)', kb(['base.en.json', 'opinion.en.json', 'emoji.json', 'b2b-support.en.json'].map(pack).reduce((a, b) => a + b)), ''],
  ['  of which the emotion scorer\'s pack (emotion.en.json)', kb(pack('emotion.en.json')), ''],
  ['  of which the intent and risk scorers\' pack (intents.en.json)', kb(pack('intents.en.json')), ''],
  ['  of which the aspect scorer\'s taxonomy (taxonomy.en.json)', kb(pack('taxonomy.en.json')), ''],
];
const report = `## Browser bundle size

esbuild, minified, ESM, gzipped; every scorer ships in the one entry, so each optional scorer's cost is its
data pack (gzipped alone, an upper bound on what it adds) plus a few KB of code. CI fails above the budget
(\`benchmarks/size-budget.json\`). Reproduce with \`npm run build && npx tsx benchmarks/size.ts\`.

${markdownTable(['bundle', 'gzipped', 'budget'], rows)}`;
console.log(report);
if (!args.includes('--no-write')) writeResultsSection('size', report);
if (args.includes('--check')) {
  const over = [
    full > budget.full && `everything ${kb(full)} > ${kb(budget.full)}`,
    own > budget.own && `cxtone alone ${kb(own)} > ${kb(budget.own)}`,
  ].filter(Boolean);
  if (over.length > 0) {
    console.error(`\nsize budget FAILED: ${over.join('; ')}`);
    process.exit(1);
  }
  console.log('\nsize budget passed');
}
