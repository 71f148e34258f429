// Browser bundle size, minified and gzipped: the whole library, its own code and lexicons, and what each
// optional scorer's data pack adds. `--check` fails when a bundle is over benchmarks/size-budget.json.
//   npx tsx benchmarks/size.ts [--check] [--no-write]     (after npm run build)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { markdownTable, writeResultsSection } from './results-file.js';

const args = process.argv.slice(2);
const budget = JSON.parse(readFileSync(new URL('./size-budget.json', import.meta.url), 'utf8')) as {
  own: number;
  full: number;
  entries: Record<string, number>;
};

async function bundle(external: string[], entry = 'index', platform: 'browser' | 'node' = 'browser'): Promise<number> {
  const result = await build({
    entryPoints: [new URL(`../dist/${entry}.js`, import.meta.url).pathname],
    bundle: true,
    minify: true,
    platform,
    format: 'esm',
    write: false,
    external,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]!.contents).length;
}
// A dependency's share: what it adds when bundled on its own, through the one import cxtone makes of it.
async function dependency(source: string): Promise<number> {
  const result = await build({
    stdin: { contents: source, resolveDir: new URL('..', import.meta.url).pathname },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]!.contents).length;
}
// A data pack's share: its JSON minified and gzipped on its own (the scorer code around it is a few KB).
const pack = (file: string) =>
  gzipSync(JSON.stringify(JSON.parse(readFileSync(new URL(`../lexicons/${file}`, import.meta.url), 'utf8')))).length;

const full = await bundle([]);
const own = await bundle(['wink-nlp', 'wink-eng-lite-web-model']);
// Every published entry, each bundled with all it imports: what a user of that entry alone ships.
const ENTRIES: [name: string, file: string, platform: 'browser' | 'node'][] = [
  ['cxtone', 'index', 'browser'],
  ['cxtone/lexicons', 'lexicons', 'browser'],
  ['cxtone/rollup', 'rollup', 'browser'],
  ['cxtone/fit', 'fit', 'browser'],
  ['cxtone/inputs', 'inputs', 'browser'],
  ['cxtone/node (Node only)', 'node', 'node'],
];
const entrySizes = new Map<string, number>();
for (const [name, file, platform] of ENTRIES) entrySizes.set(name, await bundle([], file, platform));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = [
  ['everything (cxtone, wink-nlp, English model)', kb(full), kb(budget.full)],
  ['cxtone code and lexicons (wink-nlp external)', kb(own), kb(budget.own)],
  [
    '  of which sentiment lexicons (base, opinion, emoji, b2b-support)',
    kb(['base.en.json', 'opinion.en.json', 'emoji.json', 'b2b-support.en.json'].map(pack).reduce((a, b) => a + b)),
    '',
  ],
  ["  of which the emotion scorer's pack (emotion.en.json)", kb(pack('emotion.en.json')), ''],
  ["  of which the intent and risk scorers' pack (intents.en.json)", kb(pack('intents.en.json')), ''],
  ["  of which the aspect scorer's taxonomy (taxonomy.en.json)", kb(pack('taxonomy.en.json')), ''],
  ['  of which htmlparser2 (reading HTML bodies)', kb(await dependency("export { Tokenizer } from 'htmlparser2';")), ''],
  ['  of which tinyld/light (naming a language)', kb(await dependency("export { detect } from 'tinyld/light';")), ''],
];
const report = `## Browser bundle size

esbuild, minified, ESM, gzipped; every scorer ships in the one entry, so each optional scorer's cost is its
data pack (gzipped alone, an upper bound on what it adds) plus a few KB of code. CI fails above the budget
(\`benchmarks/size-budget.json\`). Reproduce with \`npm run build && npx tsx benchmarks/size.ts\`.

${markdownTable(['bundle', 'gzipped', 'budget'], rows)}

Each entry on its own, with everything it imports (the Node entry bundled for Node):

${markdownTable(
  ['entry', 'gzipped', 'budget'],
  ENTRIES.map(([name]) => [name, kb(entrySizes.get(name)!), budget.entries[name] === undefined ? '' : kb(budget.entries[name]!)]),
)}`;
console.log(report);
if (!args.includes('--no-write')) writeResultsSection('size', report);
if (args.includes('--check')) {
  const over = [
    full > budget.full && `everything ${kb(full)} > ${kb(budget.full)}`,
    own > budget.own && `cxtone alone ${kb(own)} > ${kb(budget.own)} (${own} > ${budget.own} bytes)`,
    ...ENTRIES.map(
      ([name]) =>
        budget.entries[name] !== undefined &&
        entrySizes.get(name)! > budget.entries[name]! &&
        `${name} ${kb(entrySizes.get(name)!)} > ${kb(budget.entries[name]!)}`,
    ),
  ].filter(Boolean);
  if (over.length > 0) {
    console.error(`\nsize budget FAILED: ${over.join('; ')}`);
    process.exit(1);
  }
  console.log('\nsize budget passed');
}
