import type { Doc } from '../doc/readDoc.js';
import type { SentenceSpan } from '../doc/token.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import type { Evidence, SarcasmResult } from '../result.js';
import type { Rule, RuleContext } from '../rules/rule.js';
import type { Hit } from './hit.js';
import { matchLexicon } from './match.js';
import { normalizeScore, round } from './label.js';

/** A sentence's evidence and the sums the document scorer needs. */
export interface ScoredSentence {
  span: SentenceSpan;
  evidence: Evidence[];
  /** Normalised score in -1..1. */
  score: number;
  positive: number;
  negative: number;
  sarcasm: SarcasmResult | undefined;
}

/** Scores every sentence of a document: lexicon matches first, then the rules, sentence by sentence. */
export function scoreSentences(doc: Doc, lexicon: CompiledLexicon, rules: readonly Rule[]): ScoredSentence[] {
  return matchWithRules(doc, lexicon, rules).map((hits, index) => scoreSentence(doc, doc.sentences[index]!, hits));
}

/**
 * Each sentence's lexicon matches with their weights after every rule. The emotion scorer runs its own
 * lexicon through here, so negation, intensifiers, sarcasm and jargon work on feelings as on sentiment.
 */
export function matchWithRules(doc: Doc, lexicon: CompiledLexicon, rules: readonly Rule[]): Hit[][] {
  const matches = doc.sentences.map((span) => matchLexicon(doc.tokens, span.first, span.end, lexicon));
  doc.sentences.forEach((span, index) => {
    const hits = matches[index]!;
    if (hits.length === 0) return;
    const context: RuleContext = { tokens: doc.tokens, sentence: span, hits, hitAt: indexHits(hits, span), nextHits: matches[index + 1] ?? [], lexicon, shouting: doc.shouting };
    applyRules(rules, context, hits);
  });
  return matches;
}

/** Sums one sentence's matches after the rules. */
function scoreSentence(doc: Doc, span: SentenceSpan, hits: readonly Hit[]): ScoredSentence {
  const evidence: Evidence[] = [];
  let positive = 0;
  let negative = 0;
  let sarcasm: SarcasmResult | undefined;
  for (const hit of hits) {
    if (hit.weight === 0) continue;
    if (hit.weight > 0) positive += hit.weight;
    else negative -= hit.weight;
    const item = toEvidence(doc, hit);
    evidence.push(item);
    if (hit.cues?.some((cue) => cue.rule === 'sarcasm')) sarcasm = addSarcasm(sarcasm, hit, item);
  }
  return { span, evidence, score: normalizeScore(positive - negative), positive, negative, sarcasm };
}

function indexHits(hits: readonly Hit[], span: SentenceSpan): Int32Array {
  const hitAt = new Int32Array(span.end - span.first).fill(-1);
  hits.forEach((hit, index) => hitAt.fill(index, hit.first - span.first, hit.end - span.first));
  return hitAt;
}

function applyRules(rules: readonly Rule[], context: RuleContext, hits: Hit[]): void {
  for (const rule of rules) {
    for (const { hit, factor, cue } of rule.apply(context)) {
      const target = hits[hit];
      if (!target || factor === 1 || !Number.isFinite(factor)) continue;
      target.weight *= factor;
      if (!target.rules.includes(rule.name)) target.rules.push(rule.name);
      if (cue) (target.cues ??= []).push({ rule: rule.name, ...cue });
    }
  }
}

function addSarcasm(current: SarcasmResult | undefined, hit: Hit, item: Evidence): SarcasmResult {
  const result = current ?? { detected: true, confidence: 0, cues: [], evidence: [] };
  result.evidence.push(item);
  for (const cue of hit.cues!) if (cue.rule === 'sarcasm' && !result.cues.includes(cue.name)) result.cues.push(cue.name);
  // Independent cues: the detection is wrong only if every cue is.
  let doubt = 1;
  for (const cue of hit.cues!) if (cue.rule === 'sarcasm') doubt *= 1 - cue.confidence;
  result.confidence = round(Math.max(result.confidence, 1 - doubt));
  return result;
}

export function toEvidence(doc: Doc, hit: Hit): Evidence {
  const start = doc.tokens[hit.first]!.start;
  const end = doc.tokens[hit.end - 1]!.end;
  return {
    text: doc.text.slice(start, end),
    start,
    end,
    term: hit.entry.term,
    valence: round(hit.entry.valence),
    weight: round(hit.weight),
    source: hit.entry.source,
    rules: hit.rules,
  };
}
