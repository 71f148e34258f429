import type { Doc } from '../doc/readDoc.js';
import { dict } from '../dict.js';
import { round } from '../math.js';
import { alongDirection, type CompiledModel, scratchRow, toProbabilities, type WeightRow, weightFor } from '../model/compiled.js';
import { lexiconFeatures } from '../model/features.js';
import { addPlaced, type PlacedFeatures, readUnplaced, readWithModel } from '../model/read.js';
import type {
  AnalysisResult,
  Evidence,
  IntentEvidence,
  IntentResult,
  ModelVerdict,
  SentimentLabel,
  SentimentScore,
  UnplacedContribution,
} from '../result.js';
import { documentEvidence } from './document.js';

/**
 * A fitted sentiment model's verdicts replace the lexicon's, sentence by sentence and for the document; the words'
 * contributions join each sentence's evidence. A word weighs the same in its sentence as in the document (features
 * are counts), and the document's verdict reads all its sentences' words plus its own lexicon reading.
 */
export function applySentimentModel(compiled: CompiledModel, doc: Doc, result: AnalysisResult): void {
  const { model } = compiled;
  const direction = sentimentDirection(compiled);
  const reading = readWithModel(compiled, doc);
  const labels = model.labels.length;
  // Scratch rows for the arithmetic: a text's verdicts keep numbers, not these arrays.
  const documentLogits = scratchRow(compiled, 0);
  const placedLogits = scratchRow(compiled, 1);
  const logits = scratchRow(compiled, 2);
  for (let index = 0; index < result.sentences.length; index++) {
    const sentence = result.sentences[index]!;
    const placed = reading.sentences[index]!;
    placedLogits.fill(0);
    addPlaced(placed, reading.value, placedLogits);
    for (let k = 0; k < labels; k++) documentLogits[k]! += placedLogits[k]!;
    sentence.sentiment = fittedSentiment(compiled, placedLogits, sentence.sentiment, direction, logits);
    sentence.evidence = mergeByStart(sentence.evidence, toEvidence(doc, model.name, placed, reading.value, direction));
  }
  result.sentiment = fittedSentiment(compiled, documentLogits, result.sentiment, direction, logits);
  result.evidence = documentEvidence(result.sentences);
}

/** The intents a fitted intent model reports for the document, each with the words that spoke for it. */
export function fittedIntents(compiled: CompiledModel, doc: Doc, result: AnalysisResult): IntentResult[] {
  const { model } = compiled;
  const logits = scratchRow(compiled, 0);
  const reading = readWithModel(compiled, doc);
  for (const placed of reading.sentences) addPlaced(placed, reading.value, logits);
  const lexicon = readUnplaced(compiled, lexiconOf(model.features.lexicon, result.sentiment), logits);
  for (let k = 0; k < logits.length; k++) logits[k]! += compiled.bias[k]!;
  const probabilities = toProbabilities(logits, model.exclusive, logits);
  // An exclusive model reports its likeliest label and shows the runners-up; the others every label over the threshold.
  const ranked = model.exclusive ? highest(probabilities, 3, -Infinity) : highest(probabilities, Infinity, model.threshold);
  const reported = model.exclusive ? ranked.slice(0, 1).filter((label) => probabilities[label]! >= model.threshold) : ranked;
  const intents: IntentResult[] = [];
  for (const label of reported) {
    const evidence: IntentEvidence[] = [];
    for (const placed of reading.sentences) {
      for (const group of placed) {
        const weight = round(weightFor(group.row, label) * reading.value);
        if (weight === 0) continue;
        const { start, end, term } = group;
        evidence.push({
          text: doc.text.slice(start, end),
          start,
          end,
          pattern: term,
          source: model.name,
          weight,
          conditional: false,
          hedged: false,
        });
      }
    }
    const likeliest = model.exclusive ? ranked.slice(0, 3) : [label];
    intents.push({
      intent: model.labels[label]!,
      confidence: round(probabilities[label]!),
      evidence,
      model: verdict(compiled, likeliest, probabilities, unplaced(compiled, lexicon, labelDirection(compiled, label))),
    });
  }
  return intents;
}

// One label's direction (1 for it, 0 for the others), made once per model and label.
const labelDirections = new WeakMap<CompiledModel, Float64Array[]>();

function labelDirection(compiled: CompiledModel, label: number): Float64Array {
  let directions = labelDirections.get(compiled);
  if (!directions) labelDirections.set(compiled, (directions = []));
  return (directions[label] ??= Float64Array.from(compiled.bias, (_, k) => (k === label ? 1 : 0)));
}

/** The labels of the `count` highest probabilities not below `floor`, highest first (of equals, the earlier label). */
function highest(probabilities: Float64Array, count: number, floor: number): number[] {
  const top: number[] = [];
  for (let label = 0; label < probabilities.length; label++) {
    const probability = probabilities[label]!;
    if (probability < floor) continue;
    let at = top.length;
    while (at > 0 && probabilities[top[at - 1]!]! < probability) at--;
    if (at >= count) continue;
    top.splice(at, 0, label);
    if (top.length > count) top.pop();
  }
  return top;
}

// +1 for positive, -1 for negative: a contribution's weight is how far it moves the score P(positive) - P(negative).
const sentimentDirections = new WeakMap<CompiledModel, Float64Array>();

function sentimentDirection(compiled: CompiledModel): Float64Array {
  let direction = sentimentDirections.get(compiled);
  if (!direction) {
    direction = Float64Array.from(compiled.model.labels, (label) => (label === 'positive' ? 1 : label === 'negative' ? -1 : 0));
    sentimentDirections.set(compiled, direction);
  }
  return direction;
}

export function lexiconOf(enabled: boolean, sentiment: SentimentScore): [string, number][] {
  return enabled ? lexiconFeatures(sentiment.score, sentiment.magnitude) : [];
}

/** A sentiment verdict from the logits of the words, the lexicon's verdict read as features, and the bias. */
function fittedSentiment(
  compiled: CompiledModel,
  placedLogits: Float64Array,
  lexicon: SentimentScore,
  direction: Float64Array,
  logits: Float64Array,
): SentimentScore {
  const { model } = compiled;
  logits.set(placedLogits);
  const lexiconRead = readUnplaced(compiled, lexiconOf(model.features.lexicon, lexicon), logits);
  for (let k = 0; k < logits.length; k++) logits[k]! += compiled.bias[k]!;
  const probabilities = toProbabilities(logits, true, logits);
  let best = 0;
  for (let k = 1; k < probabilities.length; k++) if (probabilities[k]! > probabilities[best]!) best = k;
  let score = 0;
  for (let k = 0; k < probabilities.length; k++) score += direction[k]! * probabilities[k]!;
  return {
    label: model.labels[best] as SentimentLabel,
    score: round(score),
    magnitude: lexicon.magnitude,
    confidence: round(probabilities[best]!),
    model: verdict(compiled, null, probabilities, unplaced(compiled, lexiconRead, direction)),
  };
}

/** The model's verdict: the probabilities of `labels` (of every label when `null`), with what no quote stands for. */
export function verdict(
  compiled: CompiledModel,
  labels: readonly number[] | null,
  probabilities: Float64Array,
  contributions: UnplacedContribution[],
): ModelVerdict {
  const names = compiled.model.labels;
  // Labels are the user's ("__proto__" is a label like any other), and a model's top three vary from text to text:
  // keyed in a dictionary, not built up as a new object shape for each combination.
  const named = dict<number>();
  if (labels === null) for (let label = 0; label < names.length; label++) named[names[label]!] = round(probabilities[label]!);
  else for (const label of labels) named[names[label]!] = round(probabilities[label]!);
  return { model: compiled.model.name, probabilities: named, unplaced: contributions };
}

/** The bias and the lexicon features along `direction`: the part of the verdict no quote stands for. */
export function unplaced(compiled: CompiledModel, lexicon: [WeightRow, string, number][], direction: Float64Array): UnplacedContribution[] {
  let bias = 0;
  for (let k = 0; k < direction.length; k++) bias += direction[k]! * compiled.bias[k]!;
  const contributions: UnplacedContribution[] = [];
  const biasWeight = round(bias);
  if (biasWeight !== 0) contributions.push({ feature: 'bias', weight: biasWeight });
  for (const [row, feature, value] of lexicon) {
    const weight = round(value * alongDirection(row, direction));
    if (weight !== 0) contributions.push({ feature, weight });
  }
  return contributions;
}

/** The placed features as evidence along `direction`, each occurrence counting `value`; what rounds to nothing is not evidence. */
export function toEvidence(
  doc: Doc,
  source: string,
  placed: readonly PlacedFeatures[],
  value: number,
  direction: Float64Array,
): Evidence[] {
  const evidence: Evidence[] = [];
  for (const group of placed) {
    let weight = 0;
    weight += alongDirection(group.row, direction);
    weight = round(weight * value);
    if (weight === 0) continue;
    const rules = group.negated ? ['negation'] : [];
    evidence.push({
      text: doc.text.slice(group.start, group.end),
      start: group.start,
      end: group.end,
      term: group.term,
      valence: weight,
      weight,
      source,
      rules,
    });
  }
  return evidence;
}

/** Two lists in text order, merged in one pass. */
function mergeByStart(a: Evidence[], b: Evidence[]): Evidence[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const merged: Evidence[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const takeA = j >= b.length || (i < a.length && (a[i]!.start - b[j]!.start || a[i]!.end - b[j]!.end) <= 0);
    merged.push(takeA ? a[i++]! : b[j++]!);
  }
  return merged;
}
