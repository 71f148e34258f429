import type { Token } from '../doc/token.js';
import { NEGATION_SCALAR } from '../doc/negators.js';
import type { Hit } from '../lexicon/hit.js';
import type { Adjustment, Rule } from './rule.js';

// Verbs of ending. The base lexicon rates "stop" and "stopped" negative (VADER), which they are only as a complaint
// about something good ending; "stopped working" is a lexicon phrase of its own and is not read here.
const STOPPING = new Set(['stop', 'quit', 'cease']);
// What may stand between the trouble and the verb that ends it: "the crashes have finally stopped".
const BETWEEN = new Set(['AUX', 'ADV', 'PART']);
// After an intransitive "stopped": the sentence goes on with a time or a cause ("stopped after the hotfix", "stopped
// completely"), not an object ("stopped the service").
const INTRANSITIVE_NEXT = new Set(['ADP', 'ADV', 'SCONJ', 'CCONJ', 'PUNCT']);

// Vanishing, which takes no object: what vanished decides. Trouble gone is good news ("the errors are gone", "the lag
// disappeared", "the error cleared up after a restart", "the crash went away"); a thing gone is the loss the lexicon
// reads ("all our custom fields are gone"). Reported forms only: "make this delay go away" asks, "a nightmare that won't
// go away" goes on, and "the errors will be gone after the patch" promises.
const VANISHING_WORDS = new Set(['gone', 'disappeared', 'disappears', 'vanished', 'vanishes']);
const VANISHING_PAIRS: readonly (readonly [string, string])[] = [
  ['went', 'away'],
  ['gone', 'away'],
  ['goes', 'away'],
  ['cleared', 'up'],
  ['clears', 'up'],
];
// Between the trouble and its vanishing, these make it denied or not yet so: "are not gone", "will be gone".
const NOT_YET = new Set(['not', 'never', 'will', 'would', 'should', 'could', 'might', 'may', 'must', 'can']);

/** The end of the vanishing said right after `trouble` (auxiliaries and adverbs between), taking no object; or -1. */
function vanishedAfter(tokens: readonly Token[], trouble: Readonly<Hit>, sentenceEnd: number): number {
  let k = trouble.end;
  for (; k < sentenceEnd && BETWEEN.has(tokens[k]!.pos); k++) if (NOT_YET.has(tokens[k]!.normal)) return -1;
  if (k >= sentenceEnd) return -1;
  const word = tokens[k]!.normal;
  const particle = tokens[k + 1]?.normal;
  let end = -1;
  if (k + 1 < sentenceEnd && VANISHING_PAIRS.some(([verb, after]) => verb === word && after === particle)) end = k + 2;
  else if (VANISHING_WORDS.has(word)) end = k + 1;
  if (end === -1) return -1;
  return end >= sentenceEnd || INTRANSITIVE_NEXT.has(tokens[end]!.pos) ? end : -1;
}

const isTrouble = (hit: Readonly<Hit> | undefined): hit is Readonly<Hit> => hit !== undefined && hit.weight < 0;
const isProblem = (hit: Readonly<Hit> | undefined): hit is Readonly<Hit> =>
  hit !== undefined && (hit.weight < 0 || (hit.weight === 0 && hit.entry.problem !== undefined));
// Before the verb, these make it a request to stop, not a report that something did: "please stop sending", "you need
// to stop pretending".
const ASKING = new Set(['please', 'to']);
// What may come before an imperative at the head of a sentence: "@acme just stop", "Please, stop".
const BEFORE_AN_IMPERATIVE = new Set(['mention', 'punctuation']);

/**
 * "Stop pretending you care", "just stop", "please stop", "need to stop": stopping asked for, at the head of the sentence
 * or after a request word. "It just stopped" reports.
 */
function isRequest(tokens: readonly Token[], verb: number, first: number): boolean {
  let k = verb - 1;
  while (k >= first && (BEFORE_AN_IMPERATIVE.has(tokens[k]!.type) || tokens[k]!.normal === 'just')) k--;
  return k < first || ASKING.has(tokens[k]!.normal);
}

/**
 * A gerund right after the verb: "stopped crashing", "stopped complaining", "stopped enjoying". Only one the lexicons
 * list in that form: a gerund scored through its stem may not mean what the stem does ("you've stopped dragging" the
 * mouse, which "drag" would call boring).
 */
function endedActivity(tokens: readonly Token[], hits: readonly Readonly<Hit>[], verb: number): number {
  const next = hits[verb + 1];
  if (next === undefined || next.weight === 0 || next.first !== hits[verb]!.end || next.end - next.first !== 1) return -1;
  const gerund = tokens[next.first]!.normal;
  return gerund.endsWith('ing') && next.entry.term === gerund ? verb + 1 : -1;
}

/** The subject the verb ends, right before it: "the errors stopped after the hotfix", "the crashes have stopped". */
function endedSubject(tokens: readonly Token[], hits: readonly Readonly<Hit>[], verb: number, sentenceEnd: number): number {
  const { first, end } = hits[verb]!;
  const after = end < sentenceEnd ? tokens[end]!.pos : 'PUNCT';
  const before = hits[verb - 1];
  if (!INTRANSITIVE_NEXT.has(after) || !isTrouble(before) || tokens[before.end - 1]!.pos !== 'NOUN') return -1;
  for (let k = before.end; k < first; k++) if (!BETWEEN.has(tokens[k]!.pos)) return -1;
  return verb - 1;
}

/**
 * What stopped or vanished is no longer so: "the app finally stopped crashing", "the errors stopped after the hotfix"
 * and "the errors are gone" are good news, "we stopped enjoying it" is not. The activity or the trouble reads as denied
 * (as "no longer crashes" does) and the verb of ending weighs nothing. A stop denied ("it won't stop crashing", "I can't
 * stop smiling") leaves the activity as it is and weighs nothing itself: the activity goes on. A stop of anything else
 * ("they stopped the service", "please stop sending me these emails") is left to the lexicon.
 */
export const ceased: Rule = {
  name: 'ceased',
  // A word of vanishing that is a problem on its own ("all our data is gone") reports none when trouble vanished.
  marks: ['resolved'],
  apply({ tokens, sentence, hits, hitAt }) {
    const adjustments: Adjustment[] = [];
    hits.forEach((hit, index) => {
      // A problem word jargon muted counts as trouble too: "the sync errors are gone".
      const vanished = isProblem(hit) && tokens[hit.end - 1]!.pos === 'NOUN' ? vanishedAfter(tokens, hit, sentence.end) : -1;
      if (vanished !== -1) {
        adjustments.push({ hit: index, factor: NEGATION_SCALAR });
        // The words of vanishing weigh nothing: "are gone" is no loss here, "cleared up" no clarity.
        let covered = -1;
        for (let k = hit.end; k < vanished; k++) {
          const covering = hitAt[k - sentence.first]!;
          if (covering > index && covering !== covered) adjustments.push({ hit: (covered = covering), factor: 0 });
        }
        return;
      }
      const token = tokens[hit.first]!;
      if (hit.end - hit.first !== 1 || !STOPPING.has(token.lemma) || token.pos !== 'VERB' || hit.entry.valence >= 0) return;
      if (isRequest(tokens, hit.first, sentence.first)) return;
      const activity = endedActivity(tokens, hits, index);
      // Negation ran before: a stop it turned round is a stop denied.
      if (hit.weight > 0) {
        if (activity !== -1) adjustments.push({ hit: index, factor: 0 });
        return;
      }
      const ended = activity !== -1 ? activity : endedSubject(tokens, hits, index, sentence.end);
      if (ended === -1) return;
      adjustments.push({ hit: index, factor: 0 }, { hit: ended, factor: NEGATION_SCALAR });
    });
    return adjustments;
  },
};
