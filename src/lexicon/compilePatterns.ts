import { indexPatterns, type PatternIndex } from '../patterns/matcher.js';
import { tokenizeTerm } from '../doc/nlp.js';
import { parsePattern } from '../patterns/pattern.js';
import type { Lexicon, RiskFactorData } from './types.js';

/** Intent, risk-factor and aspect-taxonomy patterns of all lexicons, merged and indexed. */
export interface CompiledPatterns {
  intents: PatternIndex;
  /** Aspect categories, keyed by the patterns that name them. */
  aspects: PatternIndex;
  /** Every intent with at least one pattern. */
  intentNames: readonly string[];
  riskFactors: PatternIndex;
  /** Risk and weight of each factor, by name. */
  factors: ReadonlyMap<string, Pick<RiskFactorData, 'risk' | 'weight'>>;
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
  const indexNamed = (named: Map<string, { source: string; lexicon: string }[]>) =>
    indexPatterns([...named].flatMap(([name, list]) => list.map(({ source, lexicon }) => ({ name, lexicon, pattern: parsePattern(source, tokenizeTerm) }))));
  const factorPatterns = [...factors].flatMap(([name, { data, lexicon }]) => data.patterns.map((source) => ({ name, lexicon, pattern: parsePattern(source, tokenizeTerm) })));
  return {
    intents: indexNamed(intents),
    aspects: indexNamed(aspects),
    intentNames: [...intents.keys()].filter((name) => intents.get(name)!.length > 0),
    riskFactors: indexPatterns(factorPatterns),
    factors: new Map([...factors].map(([name, { data }]) => [name, { risk: data.risk, weight: data.weight }])),
  };
}

/** Patterns grouped by name across lexicons: later lexicons add patterns, `null` drops the name. */
function mergeNamedPatterns(lexicons: readonly Lexicon[], field: 'intents' | 'aspects'): Map<string, { source: string; lexicon: string }[]> {
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
