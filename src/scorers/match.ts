import type { Token } from '../doc/token.js';
import type { CompiledLexicon, LexiconEntry, PhraseEntry } from '../lexicon/compile.js';
import type { Hit } from './hit.js';

// Token types that never carry sentiment: ticket numbers like "187" or "143" are valenced slang in
// VADER's lexicon, and URLs, mentions and e-mail addresses are names.
const UNSCORED_TYPES = new Set(['number', 'url', 'email', 'mention', 'ordinal', 'currency', 'time', 'date']);

// Words whose valence belongs to one part of speech only: "like" the verb, not the preposition.
const POS_GATED: Readonly<Record<string, string>> = { like: 'VERB', likes: 'VERB', kind: 'ADJ', well: 'ADJ', pretty: 'ADJ' };

function lookupWord(token: Token, lexicon: CompiledLexicon): LexiconEntry | undefined {
  const entry = lexicon.words.get(token.normal) ?? lexicon.words.get(token.lemma);
  if (!entry) return undefined;
  const requiredPos = POS_GATED[entry.term];
  return requiredPos === undefined || requiredPos === token.pos ? entry : undefined;
}

function matchesAt(tokens: readonly Token[], index: number, end: number, phrase: readonly string[]): boolean {
  if (index + phrase.length > end) return false;
  for (let k = 0; k < phrase.length; k++) {
    const token = tokens[index + k]!;
    if (token.normal !== phrase[k] && token.lemma !== phrase[k]) return false;
  }
  return true;
}

function findPhrase(tokens: readonly Token[], index: number, end: number, candidates: PhraseEntry[] | undefined): PhraseEntry | undefined {
  if (!candidates) return undefined;
  for (const phrase of candidates) if (matchesAt(tokens, index, end, phrase.tokens)) return phrase;
  return undefined;
}

/**
 * Lexicon matches in tokens `[first, end)`, longest phrase first. Entries with valence 0 claim their
 * tokens (so "kill the process" hides "kill") but produce no hit.
 */
export function matchLexicon(tokens: readonly Token[], first: number, end: number, lexicon: CompiledLexicon): Hit[] {
  const hits: Hit[] = [];
  let i = first;
  while (i < end) {
    const token = tokens[i]!;
    if (UNSCORED_TYPES.has(token.type)) {
      i++;
      continue;
    }
    let phrase = findPhrase(tokens, i, end, lexicon.phrases.get(token.normal));
    if (!phrase && token.lemma !== token.normal) phrase = findPhrase(tokens, i, end, lexicon.phrases.get(token.lemma));
    const entry: LexiconEntry | undefined = phrase ?? lookupWord(token, lexicon);
    const length = phrase ? phrase.tokens.length : 1;
    if (entry && entry.valence !== 0) {
      hits.push({ first: i, end: i + length, entry, weight: entry.valence, rules: [] });
    }
    i += length;
  }
  return hits;
}
