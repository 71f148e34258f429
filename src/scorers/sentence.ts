import { addEllipses } from '../lexicon/ellipsis.js';
import { describeValue, InvalidOptionsError } from '../errors.js';
import type { Doc } from '../doc/readDoc.js';
import type { SentenceSpan } from '../doc/token.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import type { Evidence, ProblemResult, SarcasmResult } from '../result.js';
import { hasMark, type Rule, type RuleContext } from '../rules/rule.js';
import type { Hit } from '../lexicon/hit.js';
import { matchLexicon } from '../lexicon/match.js';
import type { PatternMatch } from '../patterns/matcher.js';
import { normalizeScore } from './label.js';
import { findProblem } from './problem.js';
import { round } from '../math.js';

/** A sentence's evidence and the sums the document scorer needs. */
export interface ScoredSentence {
  span: SentenceSpan;
  evidence: Evidence[];
  /** Normalised score in -1..1. */
  score: number;
  positive: number;
  negative: number;
  sarcasm: SarcasmResult | undefined;
  problem: ProblemResult | undefined;
}

const MIN_WEIGHT = 0.00005;

// The names of the rules whose problem words are not reported problems (imagined or ended), found once per (frozen)
// rule list rather than per text.
const unreportingRules = new WeakMap<readonly Rule[], readonly string[]>();

function unreportingOf(rules: readonly Rule[]): readonly string[] {
  let names = unreportingRules.get(rules);
  if (!names) {
    const unreporting = rules.filter((rule) => hasMark(rule, 'hypothetical') || hasMark(rule, 'resolved'));
    unreportingRules.set(rules, (names = unreporting.map((rule) => rule.name)));
  }
  return names;
}

/**
 * Scores every sentence of a document: lexicon matches first, then the rules, sentence by sentence. `situations`: each
 * sentence's situation matches, when the analyzer's one pattern scan has found them (else the lexicon finds its own).
 */
export function scoreSentences(
  doc: Doc,
  lexicon: CompiledLexicon,
  rules: readonly Rule[],
  situations?: readonly PatternMatch[][],
): ScoredSentence[] {
  const unreporting = unreportingOf(rules);
  return matchWithRules(doc, lexicon, rules, situations).map((hits, index) => scoreSentence(doc, doc.sentences[index]!, hits, unreporting));
}

/**
 * Each sentence's lexicon matches with their weights after every rule. The emotion scorer runs its own
 * lexicon through here, so negation, intensifiers, sarcasm and jargon work on feelings as on sentiment.
 */
export function matchWithRules(
  doc: Doc,
  lexicon: CompiledLexicon,
  rules: readonly Rule[],
  situations?: readonly PatternMatch[][],
): Hit[][] {
  const matches = doc.sentences.map((span, index) => matchLexicon(doc.tokens, span.first, span.end, lexicon, situations?.[index]));
  addEllipses(doc.tokens, doc.sentences, matches);
  doc.sentences.forEach((span, index) => {
    const hits = matches[index]!;
    if (hits.length === 0) return;
    const buffer = takeIndexBuffer(span.end - span.first);
    const context: RuleContext = {
      tokens: doc.tokens,
      sentence: span,
      hits,
      hitAt: indexHits(buffer, hits, span),
      nextHits: matches[index + 1] ?? [],
      previousHits: matches[index - 1] ?? [],
      lexicon,
      shouting: doc.shouting,
    };
    applyRules(rules, context, hits);
    keepIndexBuffer(buffer);
  });
  return matches;
}

/** Sums one sentence's matches after the rules. */
function scoreSentence(doc: Doc, span: SentenceSpan, hits: readonly Hit[], unreporting: readonly string[]): ScoredSentence {
  const evidence: Evidence[] = [];
  let positive = 0;
  let negative = 0;
  let sarcasm: SarcasmResult | undefined;

  for (const hit of hits) {
    // Evidence is reported to four decimals and never with weight 0: a weight that rounds to 0 is no evidence.
    if (Math.abs(hit.weight) < MIN_WEIGHT) continue;
    if (hit.weight > 0) positive += hit.weight;
    else negative -= hit.weight;
    const item = toEvidence(doc, hit);
    evidence.push(item);
    if (hit.cues) sarcasm = addSarcasm(sarcasm, hit, item, (against) => toEvidence(doc, hits[against]!));
  }
  const problem = findProblem(doc, span, hits, unreporting);
  return { span, evidence, score: normalizeScore(positive - negative), positive, negative, sarcasm, problem };
}

// The hit index of a sentence is written into a buffer kept from sentence to sentence: a typed array of more than 16
// entries lives outside the engine's heap, and allocating one took 1-3 µs, once or twice for every sentence of a text
// (sentiment, then emotions). A rule that analyzes text while it runs finds no spare buffer and its analysis allocates
// one. The buffer of a very long sentence is not kept: a pasted log must not hold memory after its text is done.
const INDEX_BUFFER_LENGTH = 256;
const KEPT_INDEX_BUFFER_LENGTH = 4096;
let spareIndexBuffer: Int32Array | undefined;

function takeIndexBuffer(length: number): Int32Array {
  const spare = spareIndexBuffer;
  spareIndexBuffer = undefined;
  return spare !== undefined && spare.length >= length ? spare : new Int32Array(Math.max(length, INDEX_BUFFER_LENGTH));
}

function keepIndexBuffer(buffer: Int32Array): void {
  if (buffer.length <= KEPT_INDEX_BUFFER_LENGTH) spareIndexBuffer = buffer;
}

function indexHits(buffer: Int32Array, hits: readonly Hit[], span: SentenceSpan): Int32Array {
  const hitAt = buffer.subarray(0, span.end - span.first).fill(-1);
  hits.forEach((hit, index) => {
    hitAt.fill(index, hit.first - span.first, hit.end - span.first);
  });
  return hitAt;
}

// A rule may invert a weight or triple it; past this a custom rule's factor is a bug, not a reading.
const MAX_RULE_FACTOR = 4;

/** Throws on an adjustment the engine cannot apply: a custom rule's mistake must not turn into silent figures. */
function checkAdjustment(rule: Rule, adjustment: unknown, hits: readonly Hit[]): void {
  const { hit, factor } = (adjustment ?? {}) as { hit?: unknown; factor?: unknown };
  if (typeof hit !== 'number' || !Number.isInteger(hit) || hit < 0 || hit >= hits.length) {
    throw new InvalidOptionsError(
      `rule "${rule.name}" returned an adjustment for hit ${describeValue(hit)}; the sentence has hits 0 to ${hits.length - 1}.`,
    );
  }
  if (typeof factor !== 'number' || !(Math.abs(factor) <= MAX_RULE_FACTOR)) {
    throw new InvalidOptionsError(
      `rule "${rule.name}" returned factor ${describeValue(factor)}; ` +
        `a factor must be a number from -${MAX_RULE_FACTOR} to ${MAX_RULE_FACTOR}.`,
    );
  }
}

function applyRules(rules: readonly Rule[], context: RuleContext, hits: Hit[]): void {
  for (const rule of rules) {
    const adjustments = rule.apply(context);
    if (!Array.isArray(adjustments))
      throw new InvalidOptionsError(`rule "${rule.name}" must return an array of adjustments, returned ${describeValue(adjustments)}.`);
    for (const adjustment of adjustments) {
      checkAdjustment(rule, adjustment, hits);
      const { hit, factor, cue } = adjustment;
      const target = hits[hit]!;
      if (factor === 1) continue;
      target.weight *= factor;
      if (!target.rules.includes(rule.name)) target.rules.push(rule.name);
      // Only a rule marked `sarcasm` reports cues: what they mean is the rule's mark, not its name.
      if (cue && hasMark(rule, 'sarcasm')) (target.cues ??= []).push({ rule: rule.name, ...cue });
    }
  }
}

function addSarcasm(current: SarcasmResult | undefined, hit: Hit, item: Evidence, quote: (against: number) => Evidence): SarcasmResult {
  const result: SarcasmResult = current ?? { detected: true, confidence: 0, cues: [], evidence: [] };
  result.evidence.push(item);
  for (const cue of hit.cues!) {
    if (!result.cues.includes(cue.name)) result.cues.push(cue.name);
    if (cue.against === undefined) continue;
    const situation = quote(cue.against);
    const situations = (result.situations ??= []);
    if (!situations.some((known) => known.start === situation.start)) situations.push(situation);
  }
  // Independent cues: the detection is wrong only if every cue is.
  let doubt = 1;
  for (const cue of hit.cues!) doubt *= 1 - cue.confidence;
  result.confidence = round(Math.max(result.confidence, 1 - doubt));
  return result;
}

export function toEvidence(doc: Doc, hit: Hit): Evidence {
  const start = doc.tokens[hit.first]!.start;
  const end = doc.tokens[hit.end - 1]!.end;
  const evidence: Evidence = {
    text: doc.text.slice(start, end),
    start,
    end,
    term: hit.entry.term,
    valence: round(hit.entry.valence),
    weight: round(hit.weight),
    source: hit.entry.source,
    rules: hit.rules,
  };
  if (hit.named) {
    const metricStart = doc.tokens[hit.named.first]!.start;
    const metricEnd = doc.tokens[hit.named.end - 1]!.end;
    evidence.metric = { text: doc.text.slice(metricStart, metricEnd), start: metricStart, end: metricEnd };
  }
  return evidence;
}
