import { indexPatterns, type PatternIndex } from '../patterns/matcher.js';
import { tokenizeTerm } from '../doc/nlp.js';
import { parsePattern } from '../patterns/pattern.js';
import type { Lexicon, RiskFactorData } from './types.js';

/** Intent, risk-factor and aspect-taxonomy patterns of all lexicons, merged and indexed. */
export interface CompiledPatterns {
  /** Aspect categories, keyed by the patterns that name them; indexed on first use. */
  readonly aspects: PatternIndex;
  /**
   * Intents and risk factors in one index, so a text is scanned for both in one pass. Names are kept apart by
   * kind (see {@link splitByKind}): an intent and a factor may share a name, and a veto stays within its kind.
   */
  intentsAndRisks: PatternIndex;
  /** Risk, weight and the feelings of each factor, by name. */
  factors: ReadonlyMap<string, Pick<RiskFactorData, 'risk' | 'weight' | 'emotions'>>;
}

/**
 * Intents accumulate patterns across lexicons (a user lexicon adds phrasings); `null` drops an intent.
 * A risk factor is replaced whole by a later lexicon, since its weight belongs to its patterns.
 */
export function compilePatterns(lexicons: readonly Lexicon[]): CompiledPatterns {
  const intents = mergeNamedPatterns(lexicons, 'intents');
  const aspects = mergeNamedPatterns(lexicons, 'aspects');
  const factors = new Map<string, { data: RiskFactorData; lexicon: string }>();
  for (const lexicon of lexicons) {
    for (const name in lexicon.riskFactors) {
      const data = lexicon.riskFactors[name];
      if (data === null || data === undefined) factors.delete(name);
      else factors.set(name, { data, lexicon: lexicon.name });
    }
  }
  const parseNamed = (named: Map<string, { source: string; lexicon: string }[]>) =>
    [...named].flatMap(([name, list]) =>
      list.map(({ source, lexicon }) => ({ name, lexicon, pattern: parsePattern(source, tokenizeTerm) })),
    );
  const intentPatterns = parseNamed(intents);
  const factorPatterns = [...factors].flatMap(([name, { data, lexicon }]) =>
    data.patterns.map((source) => ({ name, lexicon, pattern: parsePattern(source, tokenizeTerm) })),
  );
  let aspectIndex: PatternIndex | undefined;
  return {
    // Aspects are off by default: their taxonomy is parsed for the first text that asks for them, not with every
    // analyzer, which keeps it out of the cold start. Its syntax was checked where its lexicon was defined.
    get aspects() {
      return (aspectIndex ??= indexPatterns(parseNamed(aspects)));
    },
    intentsAndRisks: indexPatterns([
      ...intentPatterns.map((entry) => ({ ...entry, name: `${INTENT}${entry.name}` })),
      ...factorPatterns.map((entry) => ({ ...entry, name: `${RISK}${entry.name}` })),
    ]),
    factors: new Map([...factors].map(([name, { data }]) => [name, { risk: data.risk, weight: data.weight, emotions: data.emotions }])),
  };
}

// Kind prefixes of names in the merged index; a name never holds a NUL.
const INTENT = 'intent\u0000';
const RISK = 'risk\u0000';

/**
 * Matches from the merged index split back into intents and risk factors, with their own names. The matches are renamed
 * in place, not copied: pass matches that nothing else holds (those `findInContext` has just made).
 */
export function splitByKind<T extends { name: string }>(matches: readonly T[]): { intents: T[]; risks: T[] } {
  const intents: T[] = [];
  const risks: T[] = [];
  for (const match of matches) {
    if (match.name.startsWith(INTENT)) {
      match.name = match.name.slice(INTENT.length);
      intents.push(match);
    } else {
      match.name = match.name.slice(RISK.length);
      risks.push(match);
    }
  }
  return { intents, risks };
}

/** Patterns grouped by name across lexicons: later lexicons add patterns, `null` drops the name. */
function mergeNamedPatterns(
  lexicons: readonly Lexicon[],
  field: 'intents' | 'aspects',
): Map<string, { source: string; lexicon: string }[]> {
  const named = new Map<string, { source: string; lexicon: string }[]>();
  for (const lexicon of lexicons) {
    const record = lexicon[field];
    for (const name in record) {
      const patterns = record[name];
      if (patterns === null || patterns === undefined) named.delete(name);
      else named.set(name, [...(named.get(name) ?? []), ...patterns.map((source) => ({ source, lexicon: lexicon.name }))]);
    }
  }
  return named;
}
