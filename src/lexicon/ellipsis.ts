import { isClauseBreak } from '../doc/clause.js';
import { isNegator, NEGATION_SCALAR, NEGATION_WINDOW } from '../doc/negators.js';
import type { SentenceSpan, Token } from '../doc/token.js';
import type { Hit } from './hit.js';

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

/** The first token of the clause holding `index`: after the last clause break or joining word before it. */
function clauseStart(tokens: readonly Token[], index: number, floor: number): number {
  let start = index;
  while (start > floor && !isClauseBreak(tokens[start - 1]!) && !JOINERS.has(tokens[start - 1]!.normal)) start--;
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

/** The last opinion among `hits` ending by `limit`, if it is praise stated plainly: the predicate an ellipsis repeats. */
function antecedentOf(tokens: readonly Token[], hits: readonly Hit[], limit: number, floor: number): Hit | undefined {
  let last: Hit | undefined;
  for (const hit of hits) if (hit.end <= limit && hit.weight !== 0) last = hit;
  if (last === undefined || last.weight <= 0 || !isPredicate(tokens, last.first, floor)) return undefined;
  // The clause right before the denial, not one further back: no other verb in between.
  for (let k = last.end; k < limit; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return undefined;
  // A denied opinion denied again is too uncertain to read: "the UI isn't bad, the speed is not either".
  for (let k = Math.max(floor, last.first - NEGATION_WINDOW); k < last.first; k++) if (isNegator(tokens, k, floor)) return undefined;
  return last;
}

/**
 * Adds to each sentence's hits the denials that repeat the praise before them, in the same sentence or, when the
 * denial opens its sentence, in the sentence before ("The UI is nice. The speed is not."). The hit spans the
 * auxiliary and "not", quotes the praise's entry, and weighs it negated; its rule is `ellipsis`.
 */
export function addEllipses(tokens: readonly Token[], sentences: readonly SentenceSpan[], matches: Hit[][]): void {
  sentences.forEach((span, index) => {
    for (let negator = span.first + 2; negator < span.end; negator++) {
      const auxiliary = ellipsisAt(tokens, span, negator);
      if (auxiliary === -1) continue;
      const hits = matches[index]!;
      if (hits.some((hit) => hit.first <= negator && hit.end > auxiliary)) continue;
      const start = clauseStart(tokens, auxiliary, span.first);
      const previous = index > 0 ? sentences[index - 1]! : undefined;
      const antecedent =
        start > span.first
          ? antecedentOf(tokens, hits, start, span.first)
          : previous && antecedentOf(tokens, matches[index - 1]!, previous.end, previous.first);
      if (!antecedent) continue;
      const at = hits.findIndex((hit) => hit.first > auxiliary);
      const denial: Hit = {
        first: auxiliary,
        end: negator + 1,
        entry: antecedent.entry,
        weight: antecedent.entry.valence * NEGATION_SCALAR,
        rules: ['ellipsis'],
      };
      hits.splice(at === -1 ? hits.length : at, 0, denial);
    }
  });
}
