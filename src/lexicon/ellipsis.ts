import { isClauseBreak } from '../doc/clause.js';
import { isNegator, NEGATION_SCALAR, NEGATION_WINDOW } from '../doc/negators.js';
import type { SentenceSpan, Token } from '../doc/token.js';
import { type Hit, inPlaceOf } from './hit.js';

// "The UI is nice, the performance is not.", "I love the app, my team doesn't.": a clause that ends on a denied
// auxiliary leaves out its predicate, and the predicate is the opinion of the clause before it (verb-phrase ellipsis).
// The denial is read as that opinion negated, so the praise of one thing does not stand for both.
const AUXILIARIES = new Set(['be', 'do', 'have', 'can', 'could', 'will', 'would', 'should']);
// What may stand between the denial and the clause's end: "is not anymore", "doesn't either", "is not really".
const AFTER_DENIAL = new Set(['anymore', 'either', 'really', 'always', 'yet']);
// A clause that ends here has left its predicate out; a question ("is it not?") asks rather than denies.
const CLAUSE_ENDS = new Set(['.', '!', ',', ';', '...', '…', ')']);
// Verbs that link a subject to the quality the ellipsis repeats: "is nice", "seems convincing", "looks great".
const LINKING = new Set(['be', 'seem', 'look', 'feel', 'sound', 'become', 'get', 'stay', 'remain']);
// What stands before a verb that is its clause's predicate: its subject, an auxiliary or an adverb ("I really love it").
const SUBJECT_OR_AUXILIARY = new Set(['PRON', 'NOUN', 'PROPN', 'AUX', 'ADV', 'PART']);
// Words that join two clauses without a comma: "the UI is nice and the speed is not".
const JOINERS = new Set(['and', 'while', 'whereas', 'but']);

/** The auxiliary of a denial that ends its clause ("… is not."), or -1. */
function ellipsisAt(tokens: readonly Token[], span: SentenceSpan, negator: number): number {
  const auxiliary = negator - 1;
  if (auxiliary <= span.first || tokens[negator]!.normal !== 'not' || !AUXILIARIES.has(tokens[auxiliary]!.lemma)) return -1;
  // A subject of its own: "the performance is not", not a bare "is not".
  if (tokens[auxiliary - 1]!.type !== 'word') return -1;
  let next = negator + 1;
  if (next < span.end && AFTER_DENIAL.has(tokens[next]!.normal)) next++;
  return next === span.end || CLAUSE_ENDS.has(tokens[next]!.text) ? auxiliary : -1;
}

// "Their support is top notch, the product less so.", "The UI is great, the docs not so much.": a clause of a subject
// and a comparison that takes the predicate before it back, with no auxiliary of its own.
const TAKEN_BACK: ReadonlyMap<string, readonly string[]> = new Map([
  ['less', ['less', 'so']],
  ['not', ['not', 'so', 'much']],
]);
const SUBJECT_TAGS = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * A "less so" or "not so much" at `at` that ends its clause after a subject (and a comma): where the denial ends, and
 * the subject, which its clause is read from ("My team, not so much"); or undefined.
 */
function takenBackAt(tokens: readonly Token[], span: SentenceSpan, at: number): { end: number; subject: number } | undefined {
  // Every token of a sentence is asked: its own word rules most out before anything else is looked at.
  const words = TAKEN_BACK.get(tokens[at]!.normal);
  if (words === undefined) return undefined;
  const end = at + words.length;
  if (end > span.end) return undefined;
  for (let k = 1; k < words.length; k++) if (tokens[at + k]!.normal !== words[k]) return undefined;
  if (end < span.end && !CLAUSE_ENDS.has(tokens[end]!.text)) return undefined;
  const subject = at - 1 > span.first && tokens[at - 1]!.text === ',' ? at - 2 : at - 1;
  return subject >= span.first && SUBJECT_TAGS.has(tokens[subject]!.pos) ? { end, subject } : undefined;
}

/** The first token of the clause holding `index`: after the last clause break or joining word before it. */
function clauseStart(tokens: readonly Token[], index: number, floor: number): number {
  let start = index;
  while (start > floor && !isClauseBreak(tokens, start - 1) && !JOINERS.has(tokens[start - 1]!.normal)) start--;
  return start;
}

/**
 * Whether the opinion at `index` is what its clause says of its subject: a verb ("loves it", "works great") or a quality
 * after a linking verb, across degree adverbs ("is nice", "seems entirely convincing"), not a word inside a noun phrase
 * ("is in the standard library").
 */
function isPredicate(tokens: readonly Token[], index: number, floor: number): boolean {
  if (tokens[index]!.pos === 'VERB') return index > floor && SUBJECT_OR_AUXILIARY.has(tokens[index - 1]!.pos);
  let k = index - 1;
  while (k > floor && tokens[k]!.pos === 'ADV') k--;
  return k >= floor && k < index && LINKING.has(tokens[k]!.lemma);
}

/** Whether `opinion` is praise stated plainly, in the clause right before `limit`: the predicate an ellipsis repeats. */
function isAntecedent(tokens: readonly Token[], opinion: Hit | undefined, limit: number, floor: number): opinion is Hit {
  if (opinion === undefined || opinion.weight <= 0 || !isPredicate(tokens, opinion.first, floor)) return false;
  // The clause right before the denial, not one further back: no other verb in between. The scan stops at the first
  // verb, which is at the latest the auxiliary of an earlier denial, so a sentence of many denials stays linear.
  for (let k = opinion.end; k < limit; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return false;
  // A denied opinion denied again is too uncertain to read: "the UI isn't bad, the speed is not either".
  for (let k = Math.max(floor, opinion.first - NEGATION_WINDOW); k < opinion.first; k++) if (isNegator(tokens, k, floor)) return false;
  return true;
}

/** The last hit of weight other than 0 among `hits`. */
function lastOpinion(hits: readonly Hit[]): Hit | undefined {
  for (let h = hits.length - 1; h >= 0; h--) if (hits[h]!.weight !== 0) return hits[h];
  return undefined;
}

/**
 * Adds to each sentence's hits the denials that repeat the praise before them, in the same sentence or, when the
 * denial opens its sentence, in the sentence before ("The UI is nice. The speed is not."). The hit spans the
 * auxiliary and "not", quotes the praise's entry, and weighs it negated; its rule is `ellipsis`. One pass over each
 * sentence, its hits walked by a pointer as the denials are met in order.
 */
export function addEllipses(tokens: readonly Token[], sentences: readonly SentenceSpan[], matches: Hit[][]): void {
  sentences.forEach((span, index) => {
    const hits = matches[index]!;
    let denials: Hit[] | undefined;
    // `before` counts the hits that end by the current clause's start; `opinion` is the last of them of weight other than 0.
    let before = 0;
    let opinion: Hit | undefined;
    for (let negator = span.first + 2; negator < span.end; negator++) {
      // The denial spans [auxiliary, denialEnd): "is not", or a comparison that takes the praise back ("less so").
      let auxiliary = ellipsisAt(tokens, span, negator);
      let denialEnd = negator + 1;
      let subject = auxiliary;
      if (auxiliary === -1) {
        const takenBack = takenBackAt(tokens, span, negator);
        if (takenBack === undefined) continue;
        auxiliary = negator;
        denialEnd = takenBack.end;
        subject = takenBack.subject;
      }
      const start = clauseStart(tokens, subject, span.first);
      while (before < hits.length && hits[before]!.end <= start) {
        if (hits[before]!.weight !== 0) opinion = hits[before];
        before++;
      }
      // The denial's words must be free: "is not" inside a phrase of the lexicon is that phrase.
      let covering = before;
      while (covering < hits.length && hits[covering]!.end <= auxiliary) covering++;
      if (covering < hits.length && hits[covering]!.first < denialEnd) continue;
      const previous = index > 0 ? sentences[index - 1]! : undefined;
      const antecedent = start > span.first ? opinion : previous && lastOpinion(matches[index - 1]!);
      const limit = start > span.first ? start : (previous?.end ?? start);
      const floor = start > span.first ? span.first : (previous?.first ?? span.first);
      if (!isAntecedent(tokens, antecedent, limit, floor)) continue;
      (denials ??= []).push({
        first: auxiliary,
        end: denialEnd,
        entry: antecedent.entry,
        weight: antecedent.entry.valence * NEGATION_SCALAR,
        rules: ['ellipsis'],
      });
    }
    // The denials' words are free (checked above), so they join the hits without displacing any.
    if (denials) matches[index] = inPlaceOf(hits, denials);
  });
}
