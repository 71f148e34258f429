// The table of how wink-nlp splits the built-in lexicons' terms (src/doc/term-tokens.json), so that compiling the
// default analyzer reads no text with wink-nlp.   npm run build:term-tokens
// test/term-tokens.test.ts rebuilds it in memory and fails when the file is out of date.
import { writeFileSync } from 'node:fs';
import { isOneToken, splitsAtSpaces, tokenizeWithWink } from '../src/doc/nlp.js';
import { defaultLexicons } from '../src/lexicons.js';
import { parsePattern } from '../src/patterns/pattern.js';

/** The built-in terms the table holds: those whose tokens their shape alone does not tell. */
export function builtInTerms(): string[] {
  return everyBuiltInTerm().filter((term) => !isOneToken(term) && !splitsAtSpaces(term));
}

/**
 * Every term of the built-in lexicons that compiling them splits: entries, formulas, intensifiers, metrics, directions,
 * emotion words, pattern and situation words.
 */
export function everyBuiltInTerm(): string[] {
  const terms = new Set<string>();
  // A compound metric ("* time") is split without its wildcard.
  const add = (written: string) => terms.add(written.startsWith('* ') ? written.slice(2) : written);
  for (const lexicon of defaultLexicons) {
    for (const record of [lexicon.entries, lexicon.sarcasm, lexicon.scareQuoted, lexicon.intensifiers, lexicon.metrics, lexicon.directions])
      for (const term in record) add(term);
    for (const emotion in lexicon.emotions) for (const term in lexicon.emotions[emotion]) add(term);
    const patterns = [
      ...Object.values(lexicon.intents),
      ...Object.values(lexicon.aspects),
      ...Object.values(lexicon.riskFactors).map((factor) => factor?.patterns ?? null),
      Object.keys(lexicon.situations),
    ];
    for (const list of patterns) {
      for (const source of list ?? []) {
        parsePattern(source, (word) => {
          add(word);
          return [word];
        });
      }
    }
  }
  return [...terms].sort();
}

/** The table: each term and its tokens, as wink-nlp splits it now (stored as 0 when they are the term's words). */
export function termTokens(): Record<string, string[]> {
  return Object.fromEntries(builtInTerms().map((term) => [term, tokenizeWithWink(term)]));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const table = termTokens();
  // Most terms split at their spaces; those are stored as 0 to keep the table small.
  const lines = Object.entries(table).map(
    ([term, tokens]) => `${JSON.stringify(term)}:${tokens.join(' ') === term ? 0 : JSON.stringify(tokens)}`,
  );
  writeFileSync(new URL('../src/doc/term-tokens.json', import.meta.url), `{\n${lines.join(',\n')}\n}\n`);
  console.log(`${Object.keys(table).length} terms written to src/doc/term-tokens.json`);
}
