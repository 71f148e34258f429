// Analyzes the JSON array of texts on standard input, in the order given (reversed with --reverse), and writes
// one result per line in the input's order: a fresh process for test/purity.test.ts. With --tokens, each line is the
// text's tokens as read (text, offsets, type, normal form, lemma, part of speech) instead of its analysis.
import { readFileSync } from 'node:fs';
import { readDoc } from '../../src/doc/readDoc.js';
import { analyze } from '../../src/index.js';

const texts = JSON.parse(readFileSync(0, 'utf8')) as string[];
const order = texts.map((_, k) => k);
if (process.argv.includes('--reverse')) order.reverse();
const lines: string[] = new Array(texts.length);
const tokensOnly = process.argv.includes('--tokens');
const read = (text: string) =>
  tokensOnly
    ? readDoc(text).tokens.map(({ text, start, end, type, normal, lemma, pos }) => [text, start, end, type, normal, lemma, pos])
    : analyze(text, { aspects: true });
for (const k of order) lines[k] = JSON.stringify(read(texts[k]!));
process.stdout.write(lines.join('\n'));
