import { combine } from '../math.js';
import type { Doc } from '../doc/readDoc.js';
import type { PatternMatch } from '../patterns/matcher.js';
import { modifiesMeasureOrRule } from '../doc/compound.js';
import { isRemedied } from '../doc/remedy.js';
import { type MatchContext, readMatchContext, readSentenceFacts, type SentenceFacts } from '../patterns/context.js';
import { type CompiledMovements, NO_MOVEMENTS } from '../lexicon/compile.js';
import { findMovedMetrics, mayStartMetric } from '../lexicon/movement.js';
import type { IntentEvidence, IntentResult, Quote } from '../result.js';
import { round } from '../math.js';

// A pattern match is good evidence but not proof; hedged ones ("we might move to …") are weaker.
export const MATCH_CONFIDENCE = 0.8;
export const HEDGED_FACTOR = 0.6;

/** A pattern match that is not negated, with how it reads. */
export interface ContextualMatch extends PatternMatch, MatchContext {
  quote: Quote;
  confidence: number;
}

/**
 * Pattern matches of every sentence, read in context: negated ones are dropped ("we are not planning to
 * cancel"), and so are those that name a figure or a rule rather than an act ("churn dropped 15%", "the escalation
 * policy") and problems reported ended ("the crash is fixed"); conditional ones are kept and marked ("if this isn't
 * fixed by Friday we will cancel"). `scanned`: each sentence's matches, in the order of `doc.sentences`.
 */
export function findInContext(
  doc: Doc,
  scanned: readonly (readonly PatternMatch[])[],
  movements: CompiledMovements = NO_MOVEMENTS,
): ContextualMatch[] {
  const found: ContextualMatch[] = [];
  for (let index = 0; index < doc.sentences.length; index++) {
    const sentence = doc.sentences[index]!;
    let facts: SentenceFacts | undefined;
    let metricEnd: Int32Array | undefined;
    for (const match of scanned[index]!) {
      facts ??= readSentenceFacts(doc.tokens, sentence);
      const context = readMatchContext(doc.tokens, sentence, match.first, facts);
      if (context.negated || modifiesMeasureOrRule(doc.tokens, match.end, sentence.end)) continue;
      // A problem reported ended is no report of it: "thanks for fixing the crash" is no bug report.
      if (isRemedied(doc.tokens, match.first, match.end, sentence)) continue;
      if (mayStartMetric(doc.tokens[match.first]!, movements)) {
        metricEnd ??= findMovedMetrics(doc.tokens, sentence.first, sentence.end, movements);
        if (match.end <= metricEnd[match.first - sentence.first]!) continue;
      }
      const start = doc.tokens[match.first]!.start;
      const end = doc.tokens[match.end - 1]!.end;
      const confidence = MATCH_CONFIDENCE * (context.hedged ? HEDGED_FACTOR : 1);
      // Spelled out, not spread: this runs for every match, and the spreads here and in splitByKind's copies took about
      // 15 % of the default analyzer's time on support tickets.
      found.push({
        name: match.name,
        lexicon: match.lexicon,
        pattern: match.pattern,
        first: match.first,
        end: match.end,
        veto: match.veto,
        negated: context.negated,
        hedged: context.hedged,
        conditional: context.conditional,
        afterCondition: context.afterCondition,
        question: context.question,
        quote: { text: doc.text.slice(start, end), start, end },
        confidence,
      });
    }
  }
  return found;
}

/**
 * Matches grouped by name, overlapping ones merged to the longest; confidence combines independent matches.
 * Matches come in text order and each group's kept matches do not overlap, so a new match can only overlap the
 * last one kept: one comparison per match, linear in their number.
 */
export function groupMatches(matches: readonly ContextualMatch[]): Map<string, ContextualMatch[]> {
  const groups = new Map<string, ContextualMatch[]>();
  for (const match of matches) {
    let list = groups.get(match.name);
    if (!list) groups.set(match.name, (list = []));
    const last = list[list.length - 1];
    if (!last || last.quote.end <= match.quote.start) list.push(match);
    else if (match.quote.end - match.quote.start > last.quote.end - last.quote.start) list[list.length - 1] = match;
  }
  return groups;
}

/**
 * Matches that do not touch praise the sarcasm rule turned around: "Thanks so much for closing my ticket without
 * reading it" is no praise. Both lists come in text order, so one forward pass over each.
 */
export function withoutMockedPraise(matches: readonly ContextualMatch[], mocked: readonly Quote[]): ContextualMatch[] {
  if (mocked.length === 0) return matches as ContextualMatch[];
  const kept: ContextualMatch[] = [];
  let m = 0;
  for (const match of [...matches].sort((a, b) => a.quote.start - b.quote.start)) {
    while (m < mocked.length && mocked[m]!.end <= match.quote.start) m++;
    // Mocked praise is single hits in text order: the next one past the match start is the only one it can touch.
    if (m < mocked.length && mocked[m]!.start < match.quote.end) continue;
    kept.push(match);
  }
  return kept;
}

/** Intents of a document from its intent matches read in context, strongest first, each with the quotes that matched. */
export function scoreIntents(intentMatches: readonly ContextualMatch[]): IntentResult[] {
  const results: IntentResult[] = [];
  for (const [intent, matches] of groupMatches(intentMatches)) {
    const evidence: IntentEvidence[] = matches.map(({ quote, pattern, lexicon, conditional, hedged }) => ({
      text: quote.text,
      start: quote.start,
      end: quote.end,
      pattern,
      source: lexicon,
      conditional,
      hedged,
    }));
    results.push({ intent, confidence: round(combine(matches.map((match) => match.confidence))), evidence });
  }
  return results.sort((a, b) => b.confidence - a.confidence || a.evidence[0]!.start - b.evidence[0]!.start);
}
