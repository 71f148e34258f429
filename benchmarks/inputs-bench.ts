// The cost of reading HTML bodies and telling languages (issue 20), in one process:
//   - every dev text as a mail client's HTML body against the same text plain (target ≤ 1.5×);
//   - language detection on against off, on the same plain texts (English text never reaches the detector).
// CPU time, chunks alternating between the two sides, median of the per-round ratio. Writes the "inputs" section of
// RESULTS.md (--no-write to only print). Run after `npm run build`: npx tsx benchmarks/inputs-bench.ts [--rounds 7]
import { DEFAULT_DATA_DIR, flag, loadSentimentDatasets } from './data.js';
import { pairedRatio } from './paired.js';
import { markdownTable, writeResultsSection } from './results-file.js';

const args = process.argv.slice(2);
const rounds = Number(flag(args, 'rounds') ?? 7);
const CHUNKS = 20;
const cxtone = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index.js');
const plain = loadSentimentDatasets(flag(args, 'data') ?? DEFAULT_DATA_DIR).flatMap((dataset) => dataset.items.map((item) => item.text));

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;');
/** A text as Gmail sends it: a div per line, entities escaped, a signature block. */
const asGmailBody = (text: string) =>
  `<div dir="ltr">${text
    .split('\n')
    .map((line) => `<div>${escapeHtml(line) || '<br>'}</div>`)
    .join('')}<br><div class="gmail_signature" data-smartmail="gmail_signature">Dana Lee | Northwind</div></div>`;
const html = plain.map(asGmailBody);

const ratio = (a: (index: number) => void, b: (index: number) => void) => pairedRatio(plain.length, a, b, { rounds, chunks: CHUNKS });

const defaults = cxtone.createAnalyzer();
const noLanguage = cxtone.createAnalyzer({ detectLanguage: false });
const plainText = cxtone.createAnalyzer({ format: 'text' });
for (let k = 0; k < plain.length; k++) defaults.analyze(html[k]!); // warm-up
const cases: [string, ReturnType<typeof ratio>, string][] = [
  [
    'HTML body (Gmail form) over the same text plain',
    ratio(
      (k) => defaults.analyze(html[k]!),
      (k) => defaults.analyze(plain[k]!),
    ),
    '≤ 1.5×',
  ],
  [
    'language detection on over off, plain text',
    ratio(
      (k) => defaults.analyze(plain[k]!),
      (k) => noLanguage.analyze(plain[k]!),
    ),
    '',
  ],
  [
    'HTML detection (format auto) over format text, plain text',
    ratio(
      (k) => defaults.analyze(plain[k]!),
      (k) => plainText.analyze(plain[k]!),
    ),
    '',
  ],
];
// Languages: how many dev texts are left unscored for their language, and how the fixture of other languages fares.
const { readdirSync, readFileSync } = await import('node:fs');
const dataDir = flag(args, 'data') ?? DEFAULT_DATA_DIR;
const core = { emotions: false, intents: false, signals: false };
let devTexts = 0;
let devUnscored = 0;
for (const file of readdirSync(dataDir).filter((name) => name.endsWith('.jsonl') && !name.includes('goemotions.train'))) {
  for (const line of readFileSync(`${dataDir}/${file}`, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    devTexts++;
    if (!defaults.analyze(JSON.parse(line).text, core).language.scored) devUnscored++;
  }
}
const samples: Record<string, string[]> = JSON.parse(
  readFileSync(new URL('../test/fixtures/inputs/languages.json', import.meta.url), 'utf8'),
);
const foreign = Object.entries(samples).filter(([code]) => code !== 'about');
const foreignTexts = foreign.flatMap(([code, texts]) => texts.map((text) => ({ code, result: defaults.analyze(text, core) })));
const unscored = foreignTexts.filter(({ result }) => !result.language.scored).length;
const named = foreignTexts.filter(({ code, result }) => result.language.code === code).length;

const htmlBytes = html.reduce((sum, text) => sum + text.length, 0);
const plainBytes = plain.reduce((sum, text) => sum + text.length, 0);
const report = `## Inputs: HTML bodies and languages

CPU time of one side over the other on the ${plain.length} dev texts (plain ${(plainBytes / 1e6).toFixed(2)} MB; as Gmail HTML
bodies ${(htmlBytes / 1e6).toFixed(2)} MB), default scorers, ${rounds} rounds of ${CHUNKS} chunks alternating between the sides:
median and range of the per-round ratio. Reproduce with \`npm run build && npx tsx benchmarks/inputs-bench.ts\`.

${markdownTable(
  ['comparison', 'ratio', 'range', 'target'],
  cases.map(([name, { median, low, high }, target]) => [name, `${median.toFixed(3)}×`, `${low.toFixed(3)} – ${high.toFixed(3)}`, target]),
)}

Languages (\`result.language\`): of the ${devTexts} texts of the dev sets (English, bar a few tweets), ${devUnscored} are left
unscored as another language; of the ${foreignTexts.length} support messages in ${foreign.length} other languages of
\`test/fixtures/inputs/languages.json\`, ${unscored} are left unscored and ${named} have their language named.`;
console.log(report);
if (!args.includes('--no-write')) writeResultsSection('inputs', report);
