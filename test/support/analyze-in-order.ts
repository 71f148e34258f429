// Analyzes the JSON array of texts on standard input, in the order given (reversed with --reverse), and writes
// one result per line in the input's order: a fresh process for test/purity.test.ts.
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/index.js';

const texts = JSON.parse(readFileSync(0, 'utf8')) as string[];
const order = texts.map((_, k) => k);
if (process.argv.includes('--reverse')) order.reverse();
const lines: string[] = new Array(texts.length);
for (const k of order) lines[k] = JSON.stringify(analyze(texts[k]!, { aspects: true }));
process.stdout.write(lines.join('\n'));
