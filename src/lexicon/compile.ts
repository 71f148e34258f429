import { isPlainWord, tokenizeTerm } from '../doc/nlp.js';
import { LexiconError } from '../errors.js';
import { indexPatterns, type PatternIndex } from '../patterns/matcher.js';
import { type Pattern, parsePattern } from '../patterns/pattern.js';
import { forEachEntry } from './defineLexicon.js';
import type { Lexicon } from './types.js';

/** One lexicon entry, resolved: its valence on cxtone's -1..1 scale and the lexicon it won from. */
export interface LexiconEntry {
  term: string;
  valence: number;
  source: string;
  /** Set on entries that are sarcasm cues by themselves: a formula, or a word in scare quotes. */
  cue?: 'formula' | 'scare-quotes';
  /** Set on negative situations ("being on hold"): the half of a contrast that praise can mock (see situation.ts). */
  situation?: true;
  /** Set on entries that report a problem ("crash", "not working"): its severity 0..1 (see rules/calm.ts). */
  problem?: number;
}

export interface PhraseEntry extends LexiconEntry {
  tokens: string[];
}

/** All lexicons of an analyzer merged into lookup tables. Built once per analyzer. */
export interface CompiledLexicon {
  words: Map<string, LexiconEntry>;
  /** Phrases keyed by their first token, longest first. */
  phrases: Map<string, PhraseEntry[]>;
  /** Intensifier strength keyed by its tokens joined with a space ("a bit"). */
  intensifiers: Map<string, number>;
  /** The longest intensifier, in tokens: how far back the intensifier rule has to look. */
  longestIntensifier: number;
  technical: Set<string>;
  /** Entries that rate urgency or severity: denied, they weigh nothing (see the negation rule). */
  severity: Set<string>;
  /** Words that read as sarcastic praise in scare quotes, with their literal valence. */
  scareQuoted: Map<string, LexiconEntry>;
  /** Entries derived from stems for words the lexicons lack (see derive.ts); null marks a known miss. */
  derived: Map<string, LexiconEntry | null>;
  /** Metrics and the words that move them (see movement.ts). */
  movements: CompiledMovements;
  /** Negative situations, matched as patterns. */
  situations: CompiledSituations;
  /** Whether ratings written in figures ("2/5", "five stars") are read: sentiment's lexicon, not the emotions'. */
  readsRatings: boolean;
}

/** A metric or a direction word, split into tokens: `sign` is +1 for higher-is-better and up, -1 for their opposites. */
export interface MovementTerm {
  term: string;
  tokens: string[];
  sign: 1 | -1;
  /** A direction that says the change is large by itself ("double", "plummet"). */
  sharp: boolean;
  source: string;
  /** A metric written `* time`: the head of any compound ("onboarding time", "build time"), `tokens` being the head's. */
  head?: boolean;
  /** How much a movement of it weighs, when not the standard strength: a count of a judged thing weighs as the judgement. */
  strength?: number;
}

/** Metric and direction terms keyed by their first token, longest first. */
export interface CompiledMovements {
  metrics: Map<string, MovementTerm[]>;
  /** Metrics written `* head`, keyed by the head's first token. */
  heads: Map<string, MovementTerm[]>;
  directions: Map<string, MovementTerm[]>;
}

/** No metrics: the emotion pass and lexicons without the section. */
export const NO_MOVEMENTS: CompiledMovements = Object.freeze({ metrics: new Map(), heads: new Map(), directions: new Map() });

/**
 * Merges lexicons in order: an entry in a later lexicon replaces the same term from an earlier one,
 * and `null` removes it.
 */
export function compileLexicons(lexicons: readonly Lexicon[]): CompiledLexicon {
  const merged = new Map<string, LexiconEntry>();
  const formulas = new Map<string, LexiconEntry>();
  const scareQuoted = new Map<string, LexiconEntry>();
  const intensifiers = new Map<string, number>();
  const technical = new Set<string>();
  const severity = new Set<string>();
  const metrics = new Map<string, MovementTerm>();
  const directions = new Map<string, MovementTerm>();
  const situations = new Map<string, LexiconEntry>();
  const problems = new Map<string, { severity: number; source: string }>();
  for (const lexicon of lexicons) {
    const [min, max] = lexicon.scale;
    // Each side of the scale maps to its own half of -1..1, so asymmetric scales keep their extremes.
    const toValence = (value: number) => (value >= 0 ? value / max : -value / min);
    const mergeInto = (target: Map<string, LexiconEntry>, record: Readonly<Record<string, number | null>>, cue?: LexiconEntry['cue']) => {
      for (const term in record) {
        const value = record[term];
        if (value === null || value === undefined) target.delete(term);
        else
          target.set(
            term,
            cue
              ? { term, valence: toValence(value), source: lexicon.name, cue }
              : { term, valence: toValence(value), source: lexicon.name },
          );
      }
    };
    forEachEntry(lexicon, (term, value) => {
      if (value === null) merged.delete(term);
      else merged.set(term, { term, valence: toValence(value), source: lexicon.name });
    });
    mergeInto(formulas, lexicon.sarcasm, 'formula');
    mergeInto(scareQuoted, lexicon.scareQuoted, 'scare-quotes');
    for (const pattern in lexicon.situations) {
      const value = lexicon.situations[pattern];
      if (value === null || value === undefined) situations.delete(pattern);
      else situations.set(pattern, { term: pattern, valence: toValence(value), source: lexicon.name, situation: true });
    }
    for (const term in lexicon.intensifiers) {
      const value = lexicon.intensifiers[term];
      const key = tokenizeTerm(term).join(' ');
      if (value === null || value === undefined) intensifiers.delete(key);
      else intensifiers.set(key, value);
    }
    for (const word of lexicon.technical) technical.add(word);
    for (const term of lexicon.severity) severity.add(term);
    for (const term in lexicon.problems) {
      const severity = lexicon.problems[term];
      if (severity === null || severity === undefined) problems.delete(term);
      else problems.set(term, { severity, source: lexicon.name });
    }
    mergeMovementTerms(metrics, lexicon.metrics, lexicon.name, (value) => [value === 'higher-is-better' ? 1 : -1, false]);
    mergeMovementTerms(directions, lexicon.directions, lexicon.name, (value) => [
      value.startsWith('up') ? 1 : -1,
      value.endsWith('sharply'),
    ]);
  }

  markProblems(merged, problems);
  // The merged entries become the word table in place: phrases leave it, and no entry is copied.
  const words = merged;
  const phrases = new Map<string, PhraseEntry[]>();
  const addPhrase = (entry: LexiconEntry, tokens: string[]) => {
    const first = tokens[0]!;
    const list = phrases.get(first);
    if (list) list.push({ ...entry, tokens });
    else phrases.set(first, [{ ...entry, tokens }]);
  };
  for (const entry of merged.values()) {
    if (isPlainWord(entry.term)) continue;
    const tokens = tokenizeTerm(entry.term);
    if (tokens.length === 1) continue;
    addPhrase(entry, tokens);
    // A spaceless term such as ":d" or "</3" may split differently in the lexicon than in running text,
    // where the tokenizer sees it whole; keep it findable both ways.
    if (entry.term.includes(' ')) words.delete(entry.term);
  }
  // A formula is a phrase that wins over the plain entries it overlaps ("thanks for nothing" over "thanks").
  for (const entry of formulas.values()) {
    const tokens = tokenizeTerm(entry.term);
    if (tokens.length > 1) addPhrase(entry, tokens);
  }
  // Longest first; at equal length a formula beats a plain phrase, then the longer term: "never showed up" matches only
  // what "never show up" matches through its lemmas, so the more inflected one is the more specific. The rest by term, so
  // that the order in which a lexicon lists its entries never decides a match.
  for (const list of phrases.values()) list.sort(byPrecedence);
  let longestIntensifier = 1;
  for (const key of intensifiers.keys()) longestIntensifier = Math.max(longestIntensifier, key.split(' ').length);
  const [heads, plain] = [[...metrics.values()].filter((term) => term.head), [...metrics.values()].filter((term) => !term.head)];
  const movements = { metrics: byFirstToken(plain), heads: byFirstToken(heads), directions: byFirstToken(directions.values()) };
  return {
    words,
    phrases,
    intensifiers,
    longestIntensifier,
    technical,
    severity,
    scareQuoted,
    derived: new Map(),
    movements,
    situations: compileSituations(situations),
    readsRatings: true,
  };
}

function byPrecedence(a: PhraseEntry, b: PhraseEntry): number {
  return (
    b.tokens.length - a.tokens.length ||
    Number(Boolean(b.cue)) - Number(Boolean(a.cue)) ||
    b.term.length - a.term.length ||
    (a.term < b.term ? -1 : a.term > b.term ? 1 : 0)
  );
}

/** Marks the entries that report a problem; a problem must name an entry, or it could never match. */
function markProblems(entries: Map<string, LexiconEntry>, problems: ReadonlyMap<string, { severity: number; source: string }>): void {
  for (const [term, { severity, source }] of problems) {
    const entry = entries.get(term);
    if (!entry) {
      throw new LexiconError(
        `lexicon "${source}": problem "${term}" is not an entry of any lexicon of this analyzer; a problem marks a sentiment ` +
          'entry, so add the term to "entries" as well.',
        { lexicon: source, entry: term },
      );
    }
    entries.set(term, { ...entry, problem: severity });
  }
}

// "* time": a metric that is the head of any compound.
const HEAD_PREFIX = '* ';

function mergeMovementTerms<T extends string>(
  target: Map<string, MovementTerm>,
  record: Readonly<Record<string, T | null>>,
  source: string,
  read: (value: T) => [1 | -1, boolean],
): void {
  for (const term in record) {
    const value = record[term];
    if (value === null || value === undefined) target.delete(term);
    else {
      const [sign, sharp] = read(value);
      const head = term.startsWith(HEAD_PREFIX);
      const tokens = tokenizeTerm(head ? term.slice(HEAD_PREFIX.length) : term);
      target.set(term, head ? { term, tokens, sign, sharp, source, head } : { term, tokens, sign, sharp, source });
    }
  }
}

function byFirstToken(terms: Iterable<MovementTerm>): Map<string, MovementTerm[]> {
  const index = new Map<string, MovementTerm[]>();
  for (const term of terms) {
    const list = index.get(term.tokens[0]!) ?? [];
    list.push(term);
    index.set(term.tokens[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return index;
}

/** Negative situations of all lexicons: one pattern index, each pattern's entry, and the patterns parsed. */
export interface CompiledSituations {
  /** Made on first use: an analyzer that reads intents or aspects scans the situations with them (see `scanFor`). */
  readonly index: PatternIndex;
  entries: ReadonlyMap<string, LexiconEntry>;
  /** The patterns, named by their terms: the analyzer indexes them again with the patterns its scorers read. */
  patterns: readonly { name: string; lexicon: string; pattern: Pattern }[];
}

export const NO_SITUATIONS: CompiledSituations = Object.freeze({ index: indexPatterns([]), entries: new Map(), patterns: [] });

/** Situations merged in lexicon order (a later lexicon replaces a pattern, `null` removes it), valences already on -1..1. */
export function compileSituations(merged: ReadonlyMap<string, LexiconEntry>): CompiledSituations {
  if (merged.size === 0) return NO_SITUATIONS;
  const patterns = [...merged.values()].map((entry) => ({
    name: entry.term,
    lexicon: entry.source,
    pattern: parsePattern(entry.term, tokenizeTerm),
  }));
  let index: PatternIndex | undefined;
  return {
    get index() {
      return (index ??= indexPatterns(patterns));
    },
    entries: merged,
    patterns,
  };
}
