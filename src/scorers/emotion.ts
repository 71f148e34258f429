import type { Doc } from '../doc/readDoc.js';
import type { EmotionEntry, EmotionLexicon } from '../lexicon/compileEmotions.js';
import type { AnalysisResult, EmotionResult, EmotionScore, Evidence, Quote, SentenceResult, SentimentScore } from '../result.js';
import type { Rule } from '../rules/rule.js';
import { own, ownOrAdd } from '../dict.js';
import { firstNotBefore, round } from '../math.js';
import { dominantEmotion } from '../presence.js';
import { HEDGED_FACTOR } from './intent.js';
import { matchWithRules, toEvidence } from './sentence.js';
import { inSentenceLabelled } from './signals.js';

// One word, however emphasised, is not certainty; a second one can still raise the intensity.
const MAX_CONTRIBUTION = 0.95;

/**
 * Whether the sentiment pass read a match's words the other way: its evidence of the other sign covers where the match
 * begins, as a whole phrase ("flaky at best", "no worries") or through a rule the emotion lexicon cannot follow
 * (sarcasm reads "Great, now prod is down" against sentiment words the emotion lexicon lacks); or a word inside the
 * match that a rule turned to the other sign: the sarcastic "appreciate" inside the emotion lexicon's "really
 * appreciate" ("Really appreciate being put on hold"). A word inside read with its own sign is the phrase's to judge
 * ("time sensitive" is urgency, whatever "sensitive" alone is).
 */
function opposedBySentiment(sentiment: readonly Evidence[]): (start: number, end: number, sign: number) => boolean {
  const spans = sentiment.filter((item) => item.weight !== 0).sort((a, b) => a.start - b.start);
  // The furthest end of the spans up to each one: the walk back from a match's end stops where nothing reaches it.
  const reach: number[] = [];
  for (const [k, item] of spans.entries()) reach.push(Math.max(item.end, k > 0 ? reach[k - 1]! : 0));
  return (start, end, sign) => {
    for (let k = firstNotBefore(spans.length, (j) => spans[j]!.start < end) - 1; k >= 0 && reach[k]! > start; k--) {
      const item = spans[k]!;
      if (item.end <= start || Math.sign(item.weight) !== -sign) continue;
      if (item.start <= start || Math.sign(item.valence) !== Math.sign(item.weight)) return true;
    }
    return false;
  };
}

/**
 * Scores emotions with the sentiment rules: a negated emotion word ("not confused anymore") or
 * inverted praise ("oh great") expresses nothing; intensifiers, capitals and "!!!" strengthen one;
 * courtesy, technical jargon and conditions damp one.
 */
export function scoreEmotions(
  doc: Doc,
  emotions: EmotionLexicon,
  rules: readonly Rule[],
  core: Pick<AnalysisResult, 'evidence' | 'sentences' | 'sentiment'>,
  situations: readonly Situation[] = [],
): EmotionResult {
  const opposed = opposedBySentiment(core.evidence);
  const scores: Record<string, EmotionScore> = {};
  const doubt: Record<string, number> = {};
  for (const name of emotions.names) {
    scores[name] = { intensity: 0, evidence: [] };
    doubt[name] = 1;
  }
  for (const hits of matchWithRules(doc, emotions.lexicon, rules)) {
    for (const hit of hits) {
      // A flipped sign means the rules read the word as its opposite: not this emotion.
      if (hit.weight === 0 || Math.sign(hit.weight) !== Math.sign(hit.entry.valence)) continue;
      // Where the sentiment pass read these words the other way, it saw more of the sentence: follow it.
      if (opposed(doc.tokens[hit.first]!.start, doc.tokens[hit.end - 1]!.end, Math.sign(hit.entry.valence))) continue;
      const scale = hit.weight / hit.entry.valence;
      const entry = hit.entry as EmotionEntry;
      for (const name in entry.emotions) {
        const contribution = Math.min(MAX_CONTRIBUTION, entry.emotions[name]! * scale);
        doubt[name] = doubt[name]! * (1 - contribution);
        const evidence = toEvidence(doc, hit);
        evidence.valence = round(entry.emotions[name]!);
        evidence.weight = round(contribution);
        scores[name]!.evidence.push(evidence);
      }
    }
  }
  if (situations.length > 0) addSituations(scores, doubt, situations, core.sentences);
  for (const name in scores) scores[name]!.intensity = round(1 - doubt[name]!);
  return { dominant: dominantEmotion(scores, feelingOf(core.sentiment)), scores };
}

// A threat made on a condition ("if it isn't fixed by Friday") weighs half as a feeling.
const CONDITIONAL_SITUATION = 0.5;

/** A risk-factor match that carries feelings ("third time" → frustration), read in its sentence. */
export interface Situation {
  factor: string;
  lexicon: string;
  quote: Quote;
  emotions: Readonly<Record<string, number>>;
  /** Supposed rather than reported: "if it is still down by Friday". */
  afterCondition: boolean;
  hedged: boolean;
}

/** Which emotions may be dominant: those that agree with the document's sentiment, when any of them is present. */
function feelingOf(sentiment: SentimentScore): 'pleasant' | 'unpleasant' | undefined {
  if (sentiment.label === 'negative' || (sentiment.label === 'mixed' && sentiment.score < 0)) return 'unpleasant';
  if (sentiment.label === 'positive' || (sentiment.label === 'mixed' && sentiment.score > 0)) return 'pleasant';
  return undefined;
}

/** Situations as evidence of the emotions they carry, in the negative sentences where they are complained of. */
function addSituations(
  scores: Record<string, EmotionScore>,
  doubt: Record<string, number>,
  situations: readonly Situation[],
  sentences: readonly SentenceResult[],
): void {
  const inNegative = inSentenceLabelled(sentences, 'negative');
  // The emotion lexicon may name the same words ("still waiting"): they are one piece of evidence, not two. Both lists
  // are in text order, so a cursor per emotion over its lexicon evidence finds the overlap in one pass.
  const lexiconCount = new Map<string, number>();
  for (const name in scores) lexiconCount.set(name, scores[name]!.evidence.length);
  const cursor = new Map<string, number>();
  const overlapsLexicon = (name: string, quote: Quote) => {
    const evidence = own(scores, name)?.evidence ?? [];
    const count = lexiconCount.get(name) ?? 0;
    let k = cursor.get(name) ?? 0;
    while (k < count && evidence[k]!.end <= quote.start) k++;
    cursor.set(name, k);
    return k < count && evidence[k]!.start < quote.end;
  };
  for (const situation of situations) {
    // A situation is felt where it is complained of: "still not fixed" is, "hang it up for a few days" and "you saved
    // our launch" are not.
    if (!inNegative(situation.quote.start)) continue;
    const reading = (situation.afterCondition ? CONDITIONAL_SITUATION : 1) * (situation.hedged ? HEDGED_FACTOR : 1);
    for (const name in situation.emotions) {
      if (overlapsLexicon(name, situation.quote)) continue;
      const intensity = situation.emotions[name]!;
      const contribution = Math.min(MAX_CONTRIBUTION, intensity * reading);
      // A situation may carry a feeling no lexicon word has, named as a user pleased ("constructor"): own keys only.
      doubt[name] = (own(doubt, name) ?? 1) * (1 - contribution);
      ownOrAdd(scores, name, () => ({ intensity: 0, evidence: [] })).evidence.push({
        text: situation.quote.text,
        start: situation.quote.start,
        end: situation.quote.end,
        term: situation.factor,
        valence: round(intensity),
        weight: round(contribution),
        source: situation.lexicon,
        rules: ['situation'],
      });
    }
  }
}
