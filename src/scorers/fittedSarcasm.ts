import type { Doc } from '../doc/readDoc.js';
import { round } from '../math.js';
import { type CompiledModel, toProbabilities } from '../model/compiled.js';
import { addPlaced, readUnplaced, readWithModel } from '../model/read.js';
import type { AnalysisResult, Evidence, SarcasmModelReading, SarcasmResult, SentenceResult } from '../result.js';
import { documentEvidence, scoreDocument } from './document.js';
import { lexiconOf, toEvidence, unplaced, verdict } from './fitted.js';
import { type LabelThresholds, normalizeScore, toSentimentScore } from './label.js';

// Label 0 is `sarcastic`, 1 `sincere` (SARCASM_LABELS; a model with other labels does not load). A contribution's
// weight is what it adds to the log-odds of sarcasm.
const SARCASTIC = 0;
const LOG_ODDS = Float64Array.of(1, -1);

/**
 * A fitted sarcasm model reads the whole text. When the probability of `sarcastic` reaches the model's threshold, the
 * praise of every sentence is read as its opposite, as the `sarcasm` rule reads praise its cues mark: the weight is
 * inverted, the rule `sarcasm` is added to the evidence, and the sentence gets a `sarcasm` result with the cue `model`.
 * Without praise, the sentence whose words spoke most for sarcasm carries the mark, and nothing is inverted.
 *
 * It runs before the other scorers, so emotions and intents treat inverted praise as they treat the rule's.
 */
export function applySarcasmModel(compiled: CompiledModel, doc: Doc, result: AnalysisResult, thresholds: LabelThresholds): void {
  // Nothing read, nothing to call sarcastic: the bias alone may lean either way.
  if (!doc.language.scored || result.sentences.length === 0) return;
  const { model } = compiled;
  const reading = readWithModel(compiled, doc);
  const logits = new Float64Array(model.labels.length);
  for (const placed of reading.sentences) addPlaced(placed, reading.value, logits);
  const lexicon = readUnplaced(compiled, lexiconOf(model.features.lexicon, result.sentiment), logits);
  for (let k = 0; k < logits.length; k++) logits[k]! += compiled.bias[k]!;
  const probabilities = toProbabilities(logits, true);
  const probability = probabilities[SARCASTIC]!;
  if (probability < model.threshold) return;

  const modelVerdict = verdict(compiled, [0, 1], probabilities, unplaced(compiled, lexicon, LOG_ODDS));
  const words = reading.sentences.map((placed) => toEvidence(doc, model.name, placed, reading.value, LOG_ODDS));
  const praised = result.sentences.flatMap((sentence, index) => (sentence.evidence.some(isPraise) ? [index] : []));
  const marked = praised.length > 0 ? praised : [mostSarcastic(words)];
  for (const index of marked) {
    const sentence = result.sentences[index]!;
    const inverted = sentence.evidence.filter(isPraise);
    for (const item of inverted) {
      item.weight = -item.weight;
      item.rules = [...item.rules, 'sarcasm'];
    }
    sentence.sarcasm = withModelCue(sentence.sarcasm, probability, inverted, { verdict: modelVerdict, evidence: words[index]! });
    sentence.sentiment = sentenceSentiment(sentence, thresholds);
  }
  result.sentiment = scoreDocument(result.sentences.map(sums), thresholds);
  result.evidence = documentEvidence(result.sentences);
}

/**
 * Praise the rules left standing: praise a cue inverted already is not turned back, and a negated complaint ("not
 * bad") is not praise.
 */
const isPraise = (item: Evidence) => item.weight > 0 && item.valence > 0;

function mostSarcastic(words: readonly Evidence[][]): number {
  let best = 0;
  let bestWeight = -Infinity;
  words.forEach((evidence, index) => {
    const weight = evidence.reduce((sum, item) => sum + item.weight, 0);
    if (weight > bestWeight) [best, bestWeight] = [index, weight];
  });
  return best;
}

function withModelCue(
  current: SarcasmResult | undefined,
  probability: number,
  inverted: Evidence[],
  reading: SarcasmModelReading,
): SarcasmResult {
  const result: SarcasmResult = current ?? { detected: true, confidence: 0, cues: [], evidence: [] };
  result.cues.push('model');
  result.evidence.push(...inverted);
  // The model is one more independent cue: the detection is wrong only if every cue is.
  result.confidence = round(1 - (1 - result.confidence) * (1 - probability));
  result.model = reading;
  return result;
}

/** A sentence's positive and negative evidence mass and its score, from its evidence. */
function sums(sentence: SentenceResult): { score: number; positive: number; negative: number } {
  let positive = 0;
  let negative = 0;
  for (const { weight } of sentence.evidence) {
    if (weight > 0) positive += weight;
    else negative -= weight;
  }
  return { score: normalizeScore(positive - negative), positive, negative };
}

function sentenceSentiment(sentence: SentenceResult, thresholds: LabelThresholds) {
  const { score, positive, negative } = sums(sentence);
  return toSentimentScore(score, positive, negative, thresholds);
}
