// The base lexicon as it ships (src/lexicon/base-compact.json): its entries as parallel lists, 2.5 KB smaller gzipped.
//   npm run build:base-compact          (after editing lexicons/base.en.json)
// test/base-compact.test.ts fails when the file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { compactLexicon } from '../src/lexicon/compact.js';
import type { LexiconData } from '../src/lexicon/types.js';

export const BASE = new URL('../lexicons/base.en.json', import.meta.url);
export const COMPACT = new URL('../src/lexicon/base-compact.json', import.meta.url);

/** The compact file's text for the base lexicon as it is now. */
export function compactBaseText(): string {
  return `${JSON.stringify(compactLexicon(JSON.parse(readFileSync(BASE, 'utf8')) as LexiconData))}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(COMPACT, compactBaseText());
  process.stdout.write(`${COMPACT.pathname} written\n`);
}
