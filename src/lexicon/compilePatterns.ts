import { indexPatterns, type PatternIndex, type PatternMatch } from '../patterns/matcher.js';
import { type CompiledSituations, NO_SITUATIONS } from './compile.js';
import { tokenizeTerm } from '../doc/nlp.js';
import { type Pattern, parsePattern } from '../patterns/pattern.js';
import type { Lexicon, RiskFactorData } from './types.js';

/** Intent, risk-factor and aspect-taxonomy patterns of all lexicons, merged and indexed. */
export interface CompiledPatterns {
  /** Aspect categories, keyed by the patterns that name them; indexed on first use. */
  readonly aspects: PatternIndex;
  /**
   * One index of the patterns a text is read for, so that its tokens are scanned once: the negative situations, with
   * the intents and risk factors, the aspect taxonomy, or both; `undefined` for neither (the lexicon then scans for
   * its situations alone). Made on first use. Names are kept apart by kind (see {@link splitScan}): an intent and a
   * factor may share a name, and a veto stays within its kind.
   */
  scanFor(kinds: { intents: boolean; aspects: boolean }): PatternIndex | undefined;
  /** Risk, weight and the feelings of each factor, by name. */
  factors: ReadonlyMap<string, Pick<RiskFactorData, 'risk' | 'weight' | 'emotions' | 'amplifies'>>;
}

/**
 * Intents accumulate patterns across lexicons (a user lexicon adds phrasings); `null` drops an intent.
 * A risk factor is replaced whole by a later lexicon, since its weight belongs to its patterns.
 */
export function compilePatterns(lexicons: readonly Lexicon[], situations: CompiledSituations = NO_SITUATIONS): CompiledPatterns {
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
  // Aspects are off by default: their taxonomy is parsed for the first text that asks for them, not with every
  // analyzer, which keeps it out of the cold start. Its syntax was checked where its lexicon was defined.
  let taxonomy: ReturnType<typeof parseNamed> | undefined;
  const taxonomyPatterns = () => (taxonomy ??= parseNamed(aspects));
  let aspectIndex: PatternIndex | undefined;
  const scans: (PatternIndex | undefined)[] = [];
  return {
    get aspects() {
      return (aspectIndex ??= indexPatterns(taxonomyPatterns()));
    },
    scanFor({ intents: withIntents, aspects: withAspects }) {
      if (!withIntents && !withAspects) return undefined;
      const key = (withIntents ? 1 : 0) + (withAspects ? 2 : 0);
      // Each kind in the order of its own index, so the matches of a kind come out as that index alone gives them.
      return (scans[key] ??= indexPatterns([
        ...(withIntents ? ofKind(INTENT, intentPatterns) : []),
        ...(withIntents ? ofKind(RISK, factorPatterns) : []),
        ...ofKind(SITUATION, situations.patterns),
        ...(withAspects ? ofKind(ASPECT, taxonomyPatterns()) : []),
      ]));
    },
    factors: new Map(
      [...factors].map(([name, { data }]) => [
        name,
        { risk: data.risk, weight: data.weight, emotions: data.emotions, amplifies: data.amplifies },
      ]),
    ),
  };
}

// Kind prefixes of names in the merged index; a name never holds a NUL.
const INTENT = 'intent\u0000';
const RISK = 'risk\u0000';
const SITUATION = 'situation\u0000';
const ASPECT = 'aspect\u0000';

/** Patterns for a merged index: new entries (an index keeps its state on them), named by kind. */
const ofKind = (kind: string, patterns: readonly { name: string; lexicon: string; pattern: Pattern }[]) =>
  patterns.map(({ name, lexicon, pattern }) => ({ name: `${kind}${name}`, lexicon, pattern }));

/** One sentence's matches of a scan (see `scanFor`), by kind. */
export interface ScannedSentence {
  /** Negative situations, by their own names. */
  situations: PatternMatch[];
  /** Taxonomy categories, by their own names. */
  aspects: PatternMatch[];
  /** Intents and risk factors, named by kind for {@link splitByKind}. */
  intentsAndRisks: PatternMatch[];
}

/** A sentence's matches of a scan by kind; situations and aspects are renamed in place to their own names. */
export function splitScan(matches: readonly PatternMatch[]): ScannedSentence {
  const scanned: ScannedSentence = { situations: [], aspects: [], intentsAndRisks: [] };
  for (const match of matches) {
    if (match.name.startsWith(SITUATION)) {
      match.name = match.name.slice(SITUATION.length);
      scanned.situations.push(match);
    } else if (match.name.startsWith(ASPECT)) {
      match.name = match.name.slice(ASPECT.length);
      scanned.aspects.push(match);
    } else scanned.intentsAndRisks.push(match);
  }
  return scanned;
}

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
