// The lexicons that ship compactly (src/lexicon/shipped/): their entries grouped by value (see src/lexicon/compact.ts).
//   npm run build:compact-lexicons   (after editing lexicons/base.en.json, opinion.en.json, b2b-support.en.json or emotion.en.json)
// test/compact-lexicons.test.ts fails when a shipped file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { compactLexicon } from '../src/lexicon/compact.js';
import type { LexiconData } from '../src/lexicon/types.js';

/** Each compacted lexicon: the data file people edit, and the file that ships. */
export const COMPACTED = ['base.en.json', 'opinion.en.json', 'b2b-support.en.json', 'emotion.en.json'].map((file) => ({
  source: new URL(`../lexicons/${file}`, import.meta.url),
  shipped: new URL(`../src/lexicon/shipped/${file}`, import.meta.url),
}));

/** The shipped file's text for a lexicon data file as it is now. */
export function compactText(source: URL): string {
  return `${JSON.stringify(compactLexicon(JSON.parse(readFileSync(source, 'utf8')) as LexiconData))}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const { source, shipped } of COMPACTED) {
    writeFileSync(shipped, compactText(source));
    process.stdout.write(`${shipped.pathname} written\n`);
  }
}
