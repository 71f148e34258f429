// Time per kilobyte as inputs grow: one long text of support prose, and texts of many short lines.
//   npm run bench:linearity -- [--no-write]
// Each size in the built package, best of three runs, garbage collected before each (run with --expose-gc
// through the npm script): what grows here is the algorithm's cost, not the collector's.
import { markdownTable, writeResultsSection } from './results-file.js';

const args = process.argv.slice(2);
const { analyze } = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index.js');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

const PROSE =
  'The SSO sync failed again this morning, so our agents could not log in. Support was quick and kind, but the export is still slow and billing charged us twice. ';
const prose = (bytes: number) => PROSE.repeat(Math.ceil(bytes / PROSE.length)).slice(0, bytes);
const lines = (count: number) => 'Still broken after the update.\n'.repeat(count);
const ROW = '<tr><td style="padding:12px;color:#333"><p>Our new <b>dashboard</b> is faster &amp; easier.</p><img src="a.png"></td></tr>';
const newsletter = (bytes: number) =>
  `<!DOCTYPE html><html><body><table>${ROW.repeat(Math.ceil(bytes / ROW.length))}</table></body></html>`;
// One sentence without punctuation, naming aspects and praising them by the thousand: a transcript, a pasted table.
const SENTENCE = 'the export and the dashboard look great with the invoice ';
const sentence = (bytes: number) => SENTENCE.repeat(Math.ceil(bytes / SENTENCE.length)).slice(0, bytes);
const unclosed = (bytes: number) => `${'<div><font size="2">'.repeat(bytes / 20)}The sync is broken again.`;

function best(text: string, aspects = false): number {
  let fastest = Infinity;
  for (let run = 0; run < 3; run++) {
    gc();
    const start = performance.now();
    analyze(text, { aspects });
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

analyze(prose(10_000)); // warm-up
const rows: string[][] = [];
for (const [label, text, aspects] of [
  ['1 KB of prose', prose(1_000)],
  ['100 KB of prose', prose(100_000)],
  ['1 MB of prose', prose(1_000_000)],
  ['5 MB of prose', prose(5_000_000)],
  ['1,000 lines', lines(1_000)],
  ['10,000 lines', lines(10_000)],
  ['100,000 lines', lines(100_000)],
  ['100 KB HTML newsletter', newsletter(100_000)],
  ['4.9 MB HTML newsletter', newsletter(4_900_000)],
  ['1 MB of unclosed HTML elements', unclosed(1_000_000)],
  ['100 KB in one sentence, aspects on', sentence(100_000), true],
  ['1 MB in one sentence, aspects on', sentence(1_000_000), true],
] as const) {
  const ms = best(text, aspects === true);
  rows.push([label, (text.length / 1024).toFixed(0), ms.toFixed(1), (ms / (text.length / 1024)).toFixed(3)]);
}

const report = `## Linearity

The default analyzer on one text of repeated support prose, on texts of many short lines, on HTML, and (aspects on) on
one sentence of thousands of aspects and opinion words, from the built package;
best of three runs per size, garbage collected before each. Reproduce with \`npm run bench:linearity\`.

${markdownTable(['input', 'KB', 'ms', 'ms/KB'], rows)}

The unit test \`test/linearity.test.ts\` holds thirteen input shapes (many lines, many sentences, many matches of one
pattern, negated matches in one conditional sentence, a run of punctuation, quoted-reply pyramids, one huge line, many
movements in one sentence, many aspects, many aspects in one huge sentence, many fixes in one sentence, an HTML newsletter, unclosed HTML
elements) to at most 15× the time for 10× the input.`;
console.log(report);
if (!args.includes('--no-write')) writeResultsSection('linearity', report);
