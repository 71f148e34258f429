import type { CompiledLexicon, LexiconEntry } from './compile.js';
import { adverbStems, negatedStem } from './morphology.js';
import { NEGATION_SCALAR } from '../doc/negators.js';

const MAX_DERIVED_CACHE = 20_000;

/**
 * An entry for a word the lexicon lacks, derived from a stem it has; cached per lexicon, misses
 * included, because the same unknown words recur in every text.
 */
export function derivedEntry(word: string, lexicon: CompiledLexicon): LexiconEntry | undefined {
  if (!word.endsWith('ly') && !word.startsWith('un')) return undefined;
  const cached = lexicon.derived.get(word);
  if (cached !== undefined || lexicon.derived.has(word)) return cached ?? undefined;
  let entry: LexiconEntry | undefined;
  for (const stem of adverbStems(word)) {
    const base = lexicon.words.get(stem);
    if (base) {
      entry = { ...base };
      break;
    }
  }
  const stem = entry ? undefined : negatedStem(word);
  const base = stem === undefined ? undefined : lexicon.words.get(stem);
  // An "un-" word reverses its stem with negation's strength.
  if (base && base.valence > 0) entry = { term: base.term, valence: base.valence * NEGATION_SCALAR, source: base.source };
  // Bounded: a stream of unseen words must not grow the cache without end.
  if (lexicon.derived.size >= MAX_DERIVED_CACHE) lexicon.derived.clear();
  lexicon.derived.set(word, entry ?? null);
  return entry;
}
