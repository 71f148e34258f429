// Which aspect each opinion word is about: within its clause first, then by distance, never across a contrast.
import type { Doc } from '../../doc/readDoc.js';
import type { SentenceSpan, Token } from '../../doc/token.js';
import type { Evidence, ProblemEvidence, Quote, SentenceResult } from '../../result.js';
import { type SentenceClauses, sentenceClauses } from './clauses.js';
import { findNeedsMet } from './needs.js';
import { findRecommendations } from './recommendations.js';
import { SpanIndex } from './spanIndex.js';
import { firstNotBefore, round } from '../../math.js';
import { CALM_FACTOR } from '../../rules/calm.js';
import { isComparative } from '../../rules/comparative.js';
import { isContrastWord } from '../../doc/clause.js';
import { UNSURPASSED } from '../../rules/negation.js';

/**
 * An opinion word whose clause names no aspect goes to the aspects of the sentence its own clause leaves without
 * opinion, at this share of its weight.
 */
export const ACROSS_CLAUSE = 0.5;

/** Opinion words up to this many tokens from an aspect count fully; beyond, they fade with distance. */
export const NEAR = 3;

/**
 * Past this distance an opinion word is about no aspect, whatever its clause: it would count for less than 1/80 of its
 * weight. Bounding it keeps a sentence of thousands of tokens (a pasted log, a transcript without punctuation) linear;
 * no text of the dev sets reaches it.
 */
export const REACH = 250;

/** Below this valence a word the taxonomy names is read as a name, not an opinion. */
export const WEAK_OPINION = 0.35;

/** Tokens `[first, end)` that name an aspect; a category-only mention ("charged us twice") is made of opinion words. */
export interface AspectSpan {
  first: number;
  end: number;
  categoryOnly?: boolean;
}

/** Opinion evidence attributed to one aspect span. */
export interface Attribution {
  weight: number;
  positive: number;
  negative: number;
  evidence: Evidence[];
}

/**
 * Gives every opinion word of a sentence to the aspects of its clause, so "love X but hate Y" splits at
 * "but"; within a clause a word weighs less the farther it stands, commas counting as distance, so in
 * "great food, terrible service" each aspect is mostly its own adjective. A word whose clause names no
 * aspect goes at half weight to the aspects of the sentence that their own clauses leave without opinion:
 * in "the service was a bit slow, but they were very friendly" the service stays slow.
 */
export function attribute(
  tokens: readonly Token[],
  sentence: SentenceSpan,
  spans: readonly AspectSpan[],
  opinions: readonly { index: number; evidence: Evidence }[],
  clauses: SentenceClauses = sentenceClauses(tokens, sentence),
): Attribution[] {
  const out: Attribution[] = spans.map(() => ({ weight: 0, positive: 0, negative: 0, evidence: [] }));
  if (opinions.length === 0 || spans.length === 0) return out;
  const aspects = new SpanIndex(spans);
  // A word inside an aspect's name ("Beacon alerts", "crash reports", "fan noise") is not an opinion of it.
  // A phrase that only starts there ("design flaw" for "design") is.
  const insideTerm = (at: number, end: number) =>
    aspects.overlapping(at, at + 1).some((k) => !spans[k]!.categoryOnly && end <= tokens[spans[k]!.end - 1]!.end);
  const aboutAspects = opinions.filter(({ index: at, evidence }) => !insideTerm(at, evidence.end));
  // Asked only when a word crosses clauses, which most sentences never need.
  let ownOpinion: boolean[] | undefined;
  const hasOwnOpinion = (k: number) => {
    if (ownOpinion === undefined) {
      const opinionAt = aboutAspects.map(({ index: at }) => at).sort((a, b) => a - b);
      ownOpinion = spans.map((span) => {
        const [from, to] = clauses.side(span.first);
        const next = firstNotBefore(opinionAt.length, (position) => opinionAt[position]! < from);
        return next < opinionAt.length && opinionAt[next]! < to;
      });
    }
    return ownOpinion[k]!;
  };
  const subjects = new Map<number, number>();
  const give = (k: number, weight: number, evidence: Evidence) => {
    const target = out[k]!;
    target.weight += weight;
    if (weight > 0) target.positive += weight;
    else target.negative -= weight;
    // Quote only the words that speak mainly to this aspect.
    if (Math.abs(weight) >= Math.abs(evidence.weight) / 2) target.evidence.push(evidence);
  };
  for (const { index: at, evidence } of aboutAspects) {
    let [from, to] = clauses.side(at);
    let share = 1;
    const ownAspects = aspects.anyOverlapping(from, to);
    // Once per clause: reading it costs the length of the clause and of the one before.
    let subject = subjects.get(from);
    if (subject === undefined) subjects.set(from, (subject = elidedSubject(tokens, sentence, clauses, aspects, spans, from)));
    if (subject !== -1) give(subject, evidence.weight, evidence);
    if (!ownAspects) {
      if (subject !== -1) continue;
      [from, to] = [sentence.first, sentence.end];
      share = ACROSS_CLAUSE;
    }
    // Only aspects within reach: a distance of REACH is the most that can count, and never more than twice as many
    // tokens (joining hyphens count as none, so half the tokens between may be hyphens).
    const near = aspects.overlapping(Math.max(from, at - 2 * REACH), Math.min(to, at + 2 * REACH + 1));
    for (const k of near) {
      const span = spans[k]!;
      if (k === subject || (share < 1 && hasOwnOpinion(k))) continue;
      const inside = at >= span.first && at < span.end;
      const distance = inside ? 0 : clauses.distance(at, at < span.first ? span.first : span.end - 1);
      if (distance > REACH) continue;
      const compared = isComparedWith(tokens, sentence.first, at, span.first);
      give(k, (compared ? -1 : 1) * share * evidence.weight * (distance <= NEAR ? 1 : NEAR / distance), evidence);
    }
  }
  return out;
}

// Words that may stand between a contrast and the verb whose subject it leaves out: "but still crashes", "but not
// always fast", "but couldn't actually answer", and degrees wink-nlp tags as nouns: "but way too short", "but a bit slow".
const BEFORE_ELIDED = new Set(['ADV', 'PART']);
const DEGREE_WORDS = new Set(['way', 'far', 'much', 'a', 'bit', 'little', 'lot', 'tad']);
const isBeforeElided = (token: Token) => BEFORE_ELIDED.has(token.pos) || DEGREE_WORDS.has(token.normal);
// An adjective before its noun names that noun's quality ("but terrible battery"); one after its subject left out
// is said of that subject ("but overpriced", "but way too short for the material").
const NOUNS = new Set(['NOUN', 'PROPN']);
const ADJECTIVE_RUN = new Set(['ADJ', 'ADV', 'CCONJ']);
const MODIFIER_REACH = 3;

function modifiesNoun(tokens: readonly Token[], adjective: number, end: number): boolean {
  let k = adjective + 1;
  while (k < end && k <= adjective + MODIFIER_REACH && ADJECTIVE_RUN.has(tokens[k]!.pos)) k++;
  return k < end && NOUNS.has(tokens[k]!.pos);
}
const ELIDED_REACH = 3;
const VERBS = new Set(['VERB', 'AUX']);
// Auxiliaries whose form says a subject comes before them; "be", "do" and "have" also start commands ("but be sure to
// book", "but do not come hungry").
const FINITE_AUXILIARIES = new Set('is are was were am has had does did can ca could will wo would shall should may might must'.split(' '));

/** Whether the clause from `start` on has a verb: "but overall it's worth it" has its own subject. */
function hasVerb(tokens: readonly Token[], start: number, clauses: SentenceClauses): boolean {
  const [, to] = clauses.around(start);
  for (let k = start; k < to; k++) if (VERBS.has(tokens[k]!.pos)) return true;
  return false;
}

/**
 * Whether a clause's first word is a verb with a subject left out: an auxiliary in a finite form, or an inflected verb
 * ("crashes", "stopped"), not a base form (a command, or a plural subject wink-nlp tagged wrong) nor an -ing form (a
 * clause of its own: "but being that the food was good").
 */
function isFiniteVerb(token: Token): boolean {
  if (token.pos === 'AUX') return FINITE_AUXILIARIES.has(token.normal);
  return token.pos === 'VERB' && token.normal !== token.lemma && !token.normal.endsWith('ing');
}

/**
 * The aspect a clause after a contrast is about when it leaves out its subject: "the agent was polite but couldn't
 * answer", "the app looks great but crashes on upload", "food was great but overpriced". Such a clause starts with a
 * verb (or, with its copula left out too, an adjective that modifies no noun after it), and its subject is the previous
 * clause's: the aspect named there before its verb. -1 when the clause has its own subject or none can be found.
 */
function elidedSubject(
  tokens: readonly Token[],
  sentence: SentenceSpan,
  clauses: SentenceClauses,
  aspects: SpanIndex,
  spans: readonly AspectSpan[],
  from: number,
): number {
  if (from - 2 < sentence.first || !isContrastWord(tokens[from - 1]!)) return -1;
  let start = from;
  while (start < sentence.end && start - from < ELIDED_REACH && isBeforeElided(tokens[start]!)) start++;
  const first = tokens[start];
  if (first === undefined) return -1;
  const predicative = first.pos === 'ADJ' && !modifiesNoun(tokens, start, sentence.end) && !hasVerb(tokens, start, clauses);
  if (!isFiniteVerb(first) && !predicative) return -1;
  const [previousFrom, previousTo] = clauses.around(from - 2);
  let verb = previousFrom;
  while (verb < previousTo && !VERBS.has(tokens[verb]!.pos)) verb++;
  for (const k of aspects.overlapping(previousFrom, previousTo)) if (spans[k]!.first < verb && !spans[k]!.categoryOnly) return k;
  return -1;
}

// What introduces the other side of a comparison: "better than X", "faster compared to X".
const COMPARED_WITH = new Set(['than', 'versus', 'vs']);
const COMPARED = new Set(['compared', 'comparing']);
const COMPARED_PREPOSITIONS = new Set(['to', 'with']);
// Words that may stand between a comparative and its "than" ("better suited than"), and between the marker and the
// aspect ("than the old Microsoft software").
const COMPARISON_GAP = 2;
// How far back a word that nothing surpasses may stand: "nothing is better than".
const UNSURPASSED_REACH = 3;

/**
 * Whether the aspect starting at `aspect` is what the comparative at `opinion` is measured against: in "Mac software is
 * simpler than Microsoft software" the praise of the first is a judgement against the second (Jindal and Liu 2006).
 */
function isComparedWith(tokens: readonly Token[], floor: number, opinion: number, aspect: number): boolean {
  if (aspect <= opinion + 1 || !isComparative(tokens, opinion)) return false;
  // "Nothing (is) better than a cold snapple": nothing surpasses it, so it is the praised one.
  for (let k = opinion - 1; k >= floor && k >= opinion - UNSURPASSED_REACH; k--) if (UNSURPASSED.has(tokens[k]!.normal)) return false;
  for (let k = opinion + 1; k <= opinion + 1 + COMPARISON_GAP && k < aspect; k++) {
    const word = tokens[k]!.normal;
    const markerEnd = COMPARED_WITH.has(word)
      ? k + 1
      : COMPARED.has(word) && COMPARED_PREPOSITIONS.has(tokens[k + 1]?.normal ?? '')
        ? k + 2
        : -1;
    if (markerEnd >= 0) return aspect >= markerEnd && aspect <= markerEnd + COMPARISON_GAP;
  }
  return false;
}

/**
 * Each sentence's opinion evidence located at its first token, in text order. A problem the sentence reports without
 * a sentiment word ("the fan does not spin", "the hinge would not close") is an opinion of the aspect it is told of: it
 * weighs what a problem word stated calmly weighs in sentiment, its severity at the calm rule's share.
 */
export function locateOpinions(doc: Doc, sentences: readonly SentenceResult[]): { index: number; evidence: Evidence }[][] {
  return sentences.map((sentence, s) => {
    const located: { index: number; evidence: Evidence }[] = [];
    for (const evidence of sentence.evidence) {
      const index = tokenStartingAt(doc.tokens, evidence.start);
      if (index !== -1) located.push({ index, evidence });
    }
    const span = doc.sentences[s];
    const stances = span ? [...findRecommendations(doc, span), ...findNeedsMet(doc, span)] : [];
    located.push(...stances.filter((found) => !sentence.evidence.some((evidence) => overlaps(evidence, found.evidence))));
    const problems = sentence.problem?.evidence.filter((problem) => !sentence.evidence.some((evidence) => overlaps(evidence, problem)));
    for (const problem of problems ?? []) {
      const index = tokenStartingAt(doc.tokens, problem.start);
      if (index !== -1) located.push({ index, evidence: problemOpinion(problem) });
    }
    return located.length > sentence.evidence.length ? located.sort((a, b) => a.index - b.index) : located;
  });
}

const overlaps = (a: Quote, b: Quote) => a.start < b.end && b.start < a.end;

function problemOpinion({ text, start, end, term, severity, source }: ProblemEvidence): Evidence {
  return { text, start, end, term, valence: -severity, weight: round(-severity * CALM_FACTOR), source, rules: ['calm'] };
}

/**
 * The index of the token that starts at `offset`, or -1. A text has many tokens and few pieces of evidence: a search per
 * piece beats indexing every token.
 */
function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  const index = firstNotBefore(tokens.length, (k) => tokens[k]!.start < offset);
  return index < tokens.length && tokens[index]!.start === offset ? index : -1;
}
