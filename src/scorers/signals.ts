import type { Doc } from '../doc/readDoc.js';
import type { CompiledPatterns } from '../lexicon/compilePatterns.js';
import type { EmotionResult, Evidence, IntentResult, Quote, RiskFactor, RiskSignals, SentenceResult, SentimentScore } from '../result.js';
import { combine } from '../math.js';
import { type ContextualMatch, groupMatches, HEDGED_FACTOR } from './intent.js';
import { round } from '../math.js';

// Weights of the factors computed from the rest of the analysis rather than matched as patterns.
// A stated intent is the strongest sign; tone adds to it but never makes a threat by itself.
const INTENT_WEIGHT = 0.7;
const EMPHASIS_WEIGHT = 0.15;
const CLIPPED_WEIGHT = 0.1;
const EMOTION_WEIGHT = 0.3;
/** Sentences this short, several in a row, read as clipped anger ("Still down. No reply. Fix it."). */
const CLIPPED_WORDS = 4;
const CLIPPED_MINIMUM = 3;
const MAX_QUOTES = 3;
const MATCHES_PER_FACTOR = 2;

export interface SignalInputs {
  sentiment: SentimentScore;
  sentences: readonly SentenceResult[];
  evidence: readonly Evidence[];
  intents: readonly IntentResult[] | undefined;
  emotions: EmotionResult | undefined;
  /** Risk-factor matches of the document, read in context. */
  riskMatches: readonly ContextualMatch[];
  /** Names of the rules marked `emphasis`: negative evidence they strengthened counts toward escalation. */
  emphasisRules: ReadonlySet<string>;
}

/** Whether an offset lies in a sentence of the label: a binary search over the sentences, which are in text order. */
export function inSentenceLabelled(sentences: readonly SentenceResult[], label: SentimentScore['label']): (offset: number) => boolean {
  return (offset) => {
    let low = 0;
    let high = sentences.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const sentence = sentences[middle]!;
      if (offset < sentence.start) high = middle - 1;
      else if (offset >= sentence.end) low = middle + 1;
      else return sentence.sentiment.label === label;
    }
    return false;
  };
}

/** Escalation and churn risk: lexicon risk factors plus stated intents, emphasis, clipped sentences and anger. */
export function scoreSignals(doc: Doc, patterns: CompiledPatterns, inputs: SignalInputs): RiskSignals {
  const factors: RiskFactor[] = [];
  // "Thank you, you saved our launch" names a launch without any risk to it: factors count only in
  // sentences that are not positive.
  const inPositive = inSentenceLabelled(inputs.sentences, 'positive');
  // What only raises the stakes ("our launch is Friday") counts where something is wrong in the text.
  const troubled = inputs.sentences.some((sentence) => sentence.problem !== undefined || sentence.sentiment.label === 'negative');
  const riskMatches = inputs.riskMatches.filter(
    (match) => !inPositive(match.quote.start) && (troubled || !patterns.factors.get(match.name)?.amplifies),
  );
  for (const [name, matches] of groupMatches(riskMatches)) {
    const { risk, weight } = patterns.factors.get(name)!;
    // A second quote of the same factor ("SLA breach … our lawyers") strengthens it; a third adds little.
    const weights = matches.map((match) => (match.hedged ? weight * HEDGED_FACTOR : weight)).sort((a, b) => b - a);
    factors.push({
      risk,
      factor: name,
      weight: combine(weights.slice(0, MATCHES_PER_FACTOR)),
      evidence: matches.slice(0, MAX_QUOTES).map((match) => match.quote),
    });
  }
  const intentFactor = (intent: string, risk: RiskFactor['risk']) => {
    const found = inputs.intents?.find((result) => result.intent === intent);
    if (found)
      factors.push({
        risk,
        factor: `${intent}_intent`,
        weight: INTENT_WEIGHT * found.confidence,
        evidence: found.evidence.slice(0, MAX_QUOTES).map(toQuote),
      });
  };
  intentFactor('escalate', 'escalation');
  intentFactor('churn', 'churn');

  const negative = inputs.sentiment.score < 0;
  const emphasis = inputs.evidence.filter(
    (item) => item.weight < 0 && !inPositive(item.start) && item.rules.some((rule) => inputs.emphasisRules.has(rule)),
  );
  if (emphasis.length > 0)
    factors.push({ risk: 'escalation', factor: 'emphasis', weight: EMPHASIS_WEIGHT, evidence: emphasis.slice(0, MAX_QUOTES).map(toQuote) });
  const clipped = negative ? clippedSentences(doc) : [];
  if (clipped.length >= CLIPPED_MINIMUM)
    factors.push({ risk: 'escalation', factor: 'clipped', weight: CLIPPED_WEIGHT, evidence: clipped.slice(0, MAX_QUOTES) });
  emotionFactor(factors, inputs.emotions, 'anger', 'escalation');
  emotionFactor(factors, inputs.emotions, 'frustration', 'escalation');
  emotionFactor(factors, inputs.emotions, 'disappointment', 'churn');

  for (const factor of factors) factor.weight = round(factor.weight);
  factors.sort((a, b) => b.weight - a.weight);
  const riskOf = (risk: RiskFactor['risk']) =>
    round(combine(factors.filter((factor) => factor.risk === risk).map((factor) => factor.weight)));
  return { escalationRisk: riskOf('escalation'), churnRisk: riskOf('churn'), factors };
}

function emotionFactor(factors: RiskFactor[], emotions: EmotionResult | undefined, name: string, risk: RiskFactor['risk']): void {
  const score = emotions?.scores[name];
  if (!score || score.intensity === 0) return;
  factors.push({
    risk,
    factor: name,
    weight: EMOTION_WEIGHT * score.intensity,
    evidence: score.evidence.slice(0, MAX_QUOTES).map(toQuote),
  });
}

/** Sentences of at most a few words, when a text has several of them. */
function clippedSentences(doc: Doc): Quote[] {
  const quotes: Quote[] = [];
  if (doc.sentences.length < CLIPPED_MINIMUM) return quotes;
  for (const { first, end } of doc.sentences) {
    let words = 0;
    for (let i = first; i < end; i++) if (doc.tokens[i]!.type === 'word') words++;
    if (words === 0 || words > CLIPPED_WORDS) continue;
    const start = doc.tokens[first]!.start;
    const stop = doc.tokens[end - 1]!.end;
    quotes.push({ text: doc.text.slice(start, stop), start, end: stop });
  }
  return quotes;
}

const toQuote = ({ text, start, end }: Quote): Quote => ({ text, start, end });
