import type { LexiconData } from './types.js';

/**
 * A lexicon's entries written as two parallel lists, its terms joined by line breaks and their values: the base
 * lexicon's 7,491 entries ship 2.5 KB smaller gzipped than as an object of terms (the names of the fields repeat in
 * every entry of an object, and only their values in the lists). `lexicons/base.en.json` stays the data people read
 * and edit; `npm run build:base-compact` writes this form of it, and test/base-compact.test.ts fails when it is stale.
 */
export interface CompactLexiconData extends Omit<LexiconData, 'entries'> {
  terms: string;
  values: (number | null)[];
}

export function compactLexicon({ entries, ...rest }: LexiconData): CompactLexiconData {
  const terms = Object.keys(entries ?? {});
  if (terms.some((term) => term.includes('\n'))) throw new Error('a term holds a line break: it cannot be written compactly');
  return { ...rest, terms: terms.join('\n'), values: terms.map((term) => entries![term] ?? null) };
}

/** The lexicon data again, its entries in their order. Own properties throughout: a term is never a prototype's. */
export function expandLexicon({ terms, values, ...rest }: CompactLexiconData): LexiconData {
  const names = terms === '' ? [] : terms.split('\n');
  if (names.length !== values.length) throw new Error(`a compact lexicon has ${names.length} terms and ${values.length} values`);
  // A loop, not Object.fromEntries over pairs: this runs at import, where the pairs cost 9 ms and the loop under 3.
  const entries: Record<string, number | null> = {};
  for (let k = 0; k < names.length; k++) {
    const term = names[k]!;
    if (term === '__proto__')
      Object.defineProperty(entries, term, { value: values[k], enumerable: true, writable: true, configurable: true });
    else entries[term] = values[k]!;
  }
  return { ...rest, entries } as LexiconData;
}
