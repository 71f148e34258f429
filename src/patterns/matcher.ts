import { fillsFigureSlot, isFigureSlot, isNumberToken, type Token } from '../doc/token.js';
import { MEMO_BRANCHES, type Pattern, type PatternElement, type WordTest } from './pattern.js';

/** A pattern with the name it reports under (an intent, a risk factor) and the lexicon it came from. */
export interface NamedPattern {
  name: string;
  source: string;
  pattern: Pattern;
}

/** A match of a named pattern: tokens `[first, end)`. */
export interface PatternMatch {
  name: string;
  lexicon: string;
  pattern: string;
  first: number;
  end: number;
  veto: boolean;
}

/** Patterns indexed by the words they can start with, so a sentence is scanned once. */
export interface PatternIndex {
  /**
   * What each word form does for the patterns (see {@link WordPatterns}): the patterns it starts; the patterns it
   * anchors, by being the word of a later required element (see {@link anchorOf}), without which a sentence cannot match
   * them, so that common first words ("we", "the") cost little; and whether it opens the gate.
   */
  byWord: Map<string, WordPatterns>;
  /**
   * Patterns starting with a prefix word (`refund*`), keyed by its first {@link PREFIX_KEY} letters as one number
   * ({@link prefixCode}): looked up at every token without cutting a string.
   */
  byPrefix: Map<number, IndexedPattern[]>;
  /** Patterns that start with a number (`# hours on hold`): tried at numbers only. */
  byNumber: IndexedPattern[];
  /** Patterns that can start anywhere (an optional or wildcard first element, a prefix word). */
  unanchored: IndexedPattern[];
  /**
   * Whether every match needs one of a set of words (each pattern's anchor, or its first words when it has none), so
   * that a sentence without any of them is skipped; false when some pattern can start anywhere. The words are those
   * whose {@link WordPatterns} open the gate.
   */
  gated: boolean;
  size: number;
}

/** What one word form can do for the patterns of an index: start some, anchor some, open the gate. */
interface WordPatterns {
  starts?: IndexedPattern[];
  anchors?: IndexedPattern[];
  opensGate: boolean;
}

interface IndexedPattern {
  name: string;
  lexicon: string;
  pattern: Pattern;
  /** Partial results of a pattern that branches a lot, made on first use and reused for every sentence. */
  memo?: Memo;
  /** Whether the pattern has an anchor, and the last sentence (epoch) in which one of its anchor words was seen. */
  anchored?: boolean;
  anchorSeen?: number;
}

const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;

// Words too common to anchor a pattern: an element made of one of them filters nothing.
const COMMON_WORDS = new Set(
  `a an the my our your his her their me us you it this that at on in into for with to of from by up out over all so
  every again during before after until till without between around and or not no be is are was were`.split(/\s+/),
);

/** How rare a set of alternative words is: its shortest word's length (longer words are rarer), common words last. */
const rarity = (words: readonly string[]) => {
  const shortest = Math.min(...words.map((word) => word.length));
  return words.some((word) => COMMON_WORDS.has(word)) ? shortest / 100 : shortest;
};

/**
 * The words of the pattern's best anchor: a required element after the first, without prefix tests, whose
 * shortest first word is longest (longer words are rarer), common words last. None when there is no such element.
 */
function anchorOf(pattern: Pattern): string[] | undefined {
  let best: string[] | undefined;
  let bestScore = 0;
  for (const element of pattern.elements.slice(1)) {
    if (element.kind !== 'words' || element.optional) continue;
    const firsts = element.alternatives.map((words) => words[0]!);
    if (firsts.some(({ word, prefix }) => prefix || !HAS_WORD_CHARACTER.test(word))) continue;
    const score = rarity(firsts.map(({ word }) => word));
    if (score > bestScore) {
      best = firsts.map(({ word }) => word);
      bestScore = score;
    }
  }
  return best;
}

/** Letters of a prefix word used to index it; shorter prefixes are tried at every token. */
const PREFIX_KEY = 3;

export function indexPatterns(patterns: readonly IndexedPattern[]): PatternIndex {
  const byFirstWord = new Map<string, IndexedPattern[]>();
  const byPrefix = new Map<string, IndexedPattern[]>();
  const byNumber: IndexedPattern[] = [];
  const unanchored: IndexedPattern[] = [];
  const byAnchor = new Map<string, IndexedPattern[]>();
  // A pattern is added under all its keys before the next one, so a key it already has ends its list: no search of a
  // list that grows with every pattern under a common word (time quadratic in its length; no measurable cost today).
  const add = (map: Map<string, IndexedPattern[]>, key: string, entry: IndexedPattern) => {
    const list = map.get(key);
    if (!list) map.set(key, [entry]);
    else if (list[list.length - 1] !== entry) list.push(entry);
  };
  let gate: Set<string> | null = new Set<string>();
  for (const entry of patterns) {
    const anchor = anchorOf(entry.pattern);
    entry.anchored = anchor !== undefined;
    for (const word of anchor ?? []) add(byAnchor, word, entry);
    const first = entry.pattern.elements[0]!;
    const starts = first.kind === 'words' && !first.optional ? first.alternatives.map((words) => words[0]!) : undefined;
    // The sentence must hold the anchor or the first word, whichever is rarer.
    const firstWords =
      starts && !starts.some(({ word, prefix }) => prefix || isFigureSlot(word)) ? starts.map(({ word }) => word) : undefined;
    const gateWords = anchor && (!firstWords || rarity(anchor) >= rarity(firstWords)) ? anchor : firstWords;
    if (gateWords && gate) for (const word of gateWords) gate.add(word);
    else gate = null;
    if (first.kind === 'number') {
      byNumber.push(entry);
      continue;
    }
    if (starts?.some(({ word }) => isFigureSlot(word))) byNumber.push(entry);
    if (!starts || starts.some(({ word, prefix }) => prefix && word.length < PREFIX_KEY)) {
      unanchored.push(entry);
      continue;
    }
    for (const { word, prefix } of starts) {
      if (prefix) add(byPrefix, word.slice(0, PREFIX_KEY), entry);
      else add(byFirstWord, word, entry);
    }
  }
  const byWord = byWordOf(byFirstWord, byAnchor, gate);
  const byPrefixCode = new Map([...byPrefix].map(([prefix, list]) => [prefixCode(prefix), list]));
  return { byWord, byPrefix: byPrefixCode, byNumber, unanchored, gated: gate !== null, size: patterns.length };
}

/** The first {@link PREFIX_KEY} (three) UTF-16 units of a word as one number; -1 for a shorter word, which no key fits. */
function prefixCode(word: string): number {
  if (word.length < PREFIX_KEY) return -1;
  return word.charCodeAt(0) * 2 ** 32 + word.charCodeAt(1) * 2 ** 16 + word.charCodeAt(2);
}

function byWordOf(
  byFirstWord: ReadonlyMap<string, IndexedPattern[]>,
  byAnchor: ReadonlyMap<string, IndexedPattern[]>,
  gate: ReadonlySet<string> | null,
): Map<string, WordPatterns> {
  const byWord = new Map<string, WordPatterns>();
  const at = (word: string) => {
    let entry = byWord.get(word);
    if (!entry) byWord.set(word, (entry = { opensGate: false }));
    return entry;
  };
  for (const [word, list] of byFirstWord) at(word).starts = list;
  for (const [word, list] of byAnchor) at(word).anchors = list;
  for (const word of gate ?? []) at(word).opensGate = true;
  return byWord;
}

/**
 * Every pattern match in tokens `[first, end)` (one sentence), at most one per pattern and start token
 * (the longest), without the names a veto pattern matched in the sentence. Matches may overlap;
 * callers decide what overlapping matches of one name mean.
 */
export function findPatterns(tokens: readonly Token[], first: number, end: number, index: PatternIndex): PatternMatch[] {
  const matches = findAll(tokens, first, end, index);
  if (!matches.some((match) => match.veto)) return matches;
  const vetoed = new Set(matches.filter((match) => match.veto).map((match) => match.name));
  return matches.filter((match) => !vetoed.has(match.name));
}

function findAll(tokens: readonly Token[], first: number, end: number, index: PatternIndex): PatternMatch[] {
  const matches: PatternMatch[] = [];
  if (index.size === 0) return matches;
  // A partial match from (token, element) does not depend on where the match began: one memo per pattern, valid
  // for this sentence only.
  const epoch = nextEpoch();
  // One pass over the sentence: which anchored patterns it could match at all, whether it opens the gate, and each
  // word form's patterns, kept for the matching pass.
  const forms = wordForms(end - first);
  let open = !index.gated;
  for (let i = first; i < end; i++) {
    const token = tokens[i]!;
    const byNormal = index.byWord.get(token.normal);
    const byLemma = token.lemma === token.normal ? undefined : index.byWord.get(token.lemma);
    if (byNormal) {
      markAnchors(byNormal.anchors, epoch);
      open ||= byNormal.opensGate;
    }
    if (byLemma) {
      markAnchors(byLemma.anchors, epoch);
      open ||= byLemma.opensGate;
    }
    forms[2 * (i - first)] = byNormal;
    forms[2 * (i - first) + 1] = byLemma;
  }
  if (!open) return matches;
  // Patterns already tried at this token (a pattern may be listed under its normal form and its lemma): a
  // handful at most, so an array reused from token to token beats a Set made for each.
  const tried: IndexedPattern[] = [];
  const tryAt = (i: number, list: readonly IndexedPattern[] | undefined) => {
    if (!list) return;
    for (const entry of list) {
      if (entry.anchored && entry.anchorSeen !== epoch) continue;
      if (tried.includes(entry)) continue;
      tried.push(entry);
      const { elements, branches } = entry.pattern;
      let memo: Memo | undefined;
      if (branches > MEMO_BRANCHES) {
        memo = entry.memo ??= new Memo(entry.pattern);
        memo.begin(epoch);
      }
      const stop = matchElements(tokens, i, end, elements, 0, memo);
      if (stop > i)
        matches.push({
          name: entry.name,
          lexicon: entry.lexicon,
          pattern: entry.pattern.source,
          first: i,
          end: stop,
          veto: entry.pattern.veto,
        });
    }
  };
  for (let i = first; i < end; i++) {
    const token = tokens[i]!;
    if (token.type === 'punctuation') continue;
    tried.length = 0;
    tryAt(i, forms[2 * (i - first)]?.starts);
    tryAt(i, forms[2 * (i - first) + 1]?.starts);
    if (index.byPrefix.size > 0) {
      tryAt(i, index.byPrefix.get(prefixCode(token.normal)));
      if (token.lemma !== token.normal) tryAt(i, index.byPrefix.get(prefixCode(token.lemma)));
    }
    if (index.byNumber.length > 0 && (isNumberToken(token) || token.type === 'ordinal')) tryAt(i, index.byNumber);
    tryAt(i, index.unanchored);
  }
  return matches;
}

// The word forms of the sentence being matched, two slots a token (normal form, lemma): one array kept from sentence
// to sentence, as matching never starts inside a match. A pasted log's long sentence leaves its array at the next one.
const KEPT_FORMS = 4096;
let formsOfSentence: (WordPatterns | undefined)[] = [];

function wordForms(length: number): (WordPatterns | undefined)[] {
  if (formsOfSentence.length < 2 * length || formsOfSentence.length > 2 * KEPT_FORMS) formsOfSentence = new Array(2 * length);
  return formsOfSentence;
}

function markAnchors(entries: readonly IndexedPattern[] | undefined, epoch: number): void {
  if (entries) for (const entry of entries) entry.anchorSeen = epoch;
}

/**
 * Partial match results of one pattern, by (token, element). Matching moves forward through the sentence and a
 * match from token i reaches at most `reach` tokens, so results are kept in a ring of `reach + 1` token slots:
 * memory and time per token stay bounded by the pattern, however long the sentence.
 */
class Memo {
  private readonly width: number;
  private readonly slots: number;
  private readonly positions: Int32Array;
  private readonly epochs: Int32Array;
  private readonly values: Int32Array;
  private epoch = 0;

  constructor(pattern: Pattern) {
    this.width = pattern.elements.length;
    this.slots = pattern.reach + 1;
    this.positions = new Int32Array(this.slots * this.width);
    this.epochs = new Int32Array(this.slots * this.width);
    this.values = new Int32Array(this.slots * this.width);
  }

  /** Starts a sentence: what was stored for an earlier one no longer counts, without clearing anything. */
  begin(epoch: number): void {
    this.epoch = epoch;
  }

  get(i: number, k: number): number | undefined {
    const slot = (i % this.slots) * this.width + k;
    return this.epochs[slot] === this.epoch && this.positions[slot] === i ? this.values[slot] : undefined;
  }

  set(i: number, k: number, value: number): void {
    const slot = (i % this.slots) * this.width + k;
    this.epochs[slot] = this.epoch;
    this.positions[slot] = i;
    this.values[slot] = value;
  }
}

// Sentences are numbered from 1 (a fresh memo's epochs are 0), wrapping long before Int32 overflow.
let epochs = 0;
const nextEpoch = () => (epochs = (epochs % 0x7fff_fffe) + 1);

/**
 * Matches `elements[k..]` from token `i`; returns the end of the longest match, or -1. With `memo`, each
 * (token, element) pair is worked out once, which bounds the cost of a pattern that branches a lot.
 */
function matchElements(
  tokens: readonly Token[],
  i: number,
  end: number,
  elements: readonly PatternElement[],
  k: number,
  memo?: Memo,
): number {
  if (k === elements.length) return i;
  const known = memo?.get(i, k);
  if (known !== undefined) return known;
  const element = elements[k]!;
  let best = -1;
  switch (element.kind) {
    case 'any':
      if (isWord(tokens[i], i, end)) best = matchElements(tokens, i + 1, end, elements, k + 1, memo);
      break;
    case 'number': {
      const token = tokens[i];
      if (isWord(token, i, end) && isNumberToken(token!)) best = matchElements(tokens, i + 1, end, elements, k + 1, memo);
      break;
    }
    case 'gap':
      for (let skip = 0; skip <= element.max; skip++) {
        if (skip > 0 && !isWord(tokens[i + skip - 1], i + skip - 1, end)) break;
        best = Math.max(best, matchElements(tokens, i + skip, end, elements, k + 1, memo));
      }
      break;
    case 'words':
      if (element.optional) best = matchElements(tokens, i, end, elements, k + 1, memo);
      for (const words of element.alternatives) {
        if (!matchesWords(tokens, i, end, words)) continue;
        best = Math.max(best, matchElements(tokens, i + words.length, end, elements, k + 1, memo));
      }
      break;
  }
  memo?.set(i, k, best);
  return best;
}

function isWord(token: Token | undefined, i: number, end: number): boolean {
  return i < end && token !== undefined && token.type !== 'punctuation';
}

function matchesWords(tokens: readonly Token[], i: number, end: number, words: readonly WordTest[]): boolean {
  if (i + words.length > end) return false;
  for (let k = 0; k < words.length; k++) {
    const token = tokens[i + k]!;
    const { word, prefix } = words[k]!;
    // "#" is a number among alternatives too: "(more|additional|#) seats"; "#th" an ordinal: "(fourth|#th) time".
    if (isFigureSlot(word)) {
      if (!fillsFigureSlot(word, token)) return false;
      continue;
    }
    // Punctuation matches only itself: the hyphen of "two-factor", never a word or a prefix.
    if (token.type === 'punctuation') {
      if (token.text !== word) return false;
      continue;
    }
    if (prefix ? !(token.normal.startsWith(word) || token.lemma.startsWith(word)) : token.normal !== word && token.lemma !== word)
      return false;
  }
  return true;
}
