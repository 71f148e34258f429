import { indexPatterns, type PatternIndex } from '../patterns/matcher.js';
import { parsePattern } from '../patterns/pattern.js';
import type { Lexicon, RiskFactorData } from './types.js';

/** Intent and risk-factor patterns of all lexicons, merged and indexed. */
export interface CompiledPatterns {
  intents: PatternIndex;
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
  const intents = new Map<string, { source: string; lexicon: string }[]>();
  const factors = new Map<string, { data: RiskFactorData; lexicon: string }>();
  for (const lexicon of lexicons) {
    for (const intent in lexicon.intents) {
      const patterns = lexicon.intents[intent];
      if (patterns === null || patterns === undefined) intents.delete(intent);
      else intents.set(intent, [...(intents.get(intent) ?? []), ...patterns.map((source) => ({ source, lexicon: lexicon.name }))]);
    }
    for (const name in lexicon.riskFactors) {
      const data = lexicon.riskFactors[name];
      if (data === null || data === undefined) factors.delete(name);
      else factors.set(name, { data, lexicon: lexicon.name });
    }
  }
  const intentPatterns = [...intents].flatMap(([name, list]) => list.map(({ source, lexicon }) => ({ name, lexicon, pattern: parsePattern(source) })));
  const factorPatterns = [...factors].flatMap(([name, { data, lexicon }]) => data.patterns.map((source) => ({ name, lexicon, pattern: parsePattern(source) })));
  return {
    intents: indexPatterns(intentPatterns),
    intentNames: [...intents.keys()].filter((name) => intents.get(name)!.length > 0),
    riskFactors: indexPatterns(factorPatterns),
    factors: new Map([...factors].map(([name, { data }]) => [name, { risk: data.risk, weight: data.weight }])),
  };
}
