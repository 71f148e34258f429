import { endsWithQuestionMark, windowStart } from '../doc/clause.js';
import { FEELING_NOUNS } from '../doc/feelings.js';
import { isNegator } from '../doc/negators.js';
import { PHRASAL_PARTICLES } from '../doc/particles.js';
import { OBJECT_PRONOUNS, WRITER_PRONOUNS } from '../doc/pronouns.js';
import type { Token } from '../doc/token.js';
import type { Adjustment, Rule } from './rule.js';

// Predicates of concern. In advice they name a risk to weigh ("if you're worried about speed", "you won't have to
// worry about escaping") far more often than the writer's fear.
const CONCERN = new Set([
  'worry',
  'worried',
  'worries',
  'worrying',
  'concern',
  'concerned',
  'afraid',
  'fear',
  'scared',
  'anxious',
  'nervous',
]);
// A concern that is needed or absent is not felt: "you have to worry about", "without worrying", "nothing to fear".
const NEED = new Set(['have', 'has', 'had', 'need', 'needs', 'needed', 'needn', 'must']);
const ABSENT = new Set(['without', 'nothing', 'less']);
// Someone else's concern: "you're worried", "he was worried", "people fear".
const OTHERS = new Set(['you', 'he', 'she', 'they', 'people', 'someone', 'anyone', 'everyone', 'users', 'one']);
// What may stand between a subject and its predicate: "you are really worried", "they were not afraid".
const BETWEEN = new Set(
  `are were was is be been being get got really very too so also still not ever even always might may should would could will
  do does did to seem seems just much overly more most a bit little at all`.split(/\s+/),
);
const WINDOW = 6;
// A feeling noun owned by the reader or a third person ("I understand your frustration", "their anger") is someone
// else's feeling as the writer sees it: an agent's empathy, not the writer's mood. FEELING_NOUNS leaves out "pain" ("I
// feel your pain" shares it) and worries and fears ("the least of your worries" is the writer's idiom).
const OTHERS_OWNING = new Set(['your', 'their', 'his', 'her']);
// A question of whether a concern is due: "should I worry …?", "do we need to worry?". Asked with the verb only: "should I
// be worried?" may well be felt.
const ASKED_NEED = new Set(['should', 'do', 'does']);
const CONSIDERING = new Set(['worry', 'fear', 'concern']);

/**
 * "Anything to worry about?", "something for the view to worry about", "leave that to the OP to worry about": an
 * infinitive after a noun or pronoun names a concern to have, not one felt. After a verb it is felt: "I began to worry".
 */
function isThingToWorryAbout(tokens: readonly Token[], at: number, floor: number): boolean {
  if (at - 2 < floor || tokens[at - 1]!.normal !== 'to') return false;
  const before = tokens[at - 2]!;
  return before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'PRON';
}

/**
 * Mutes concern that is not the writer's feeling: a need or an absence ("you won't have to worry", "without
 * worrying"), another person's ("if you're worried", "he was afraid"), one asked about ("do I need to worry about
 * the pool?") and one named as a thing to have ("anything to worry about?"). "I have to worry about my flight" stays.
 * A feeling noun owned by the reader or a third person is theirs too: "I understand your frustration", and so is a
 * complaint word the writer says they understand ("I understand how frustrating this must be") or infers ("that must be
 * so frustrating").
 * Runs before negation: "you don't have to worry" is no feeling, not reassurance.
 */
export const unfelt: Rule = {
  name: 'unfelt',
  apply({ tokens, sentence, hits }) {
    const adjustments: Adjustment[] = [];
    const isQuestion = endsWithQuestionMark(tokens, sentence);
    hits.forEach((hit, index) => {
      // The entry's term is the word as the lexicon lists it, whichever form matched ("worried", "worry").
      if (CONCERN.has(hit.entry.term) && !isWritersConcern(tokens, hit.first, sentence.first, isQuestion)) {
        adjustments.push({ hit: index, factor: 0 });
      } else if (
        isOthersFeeling(tokens, hit.first, hit.end, sentence.first) ||
        isEmpathy(tokens, hit, sentence.first) ||
        isInferredFeeling(tokens, hit, sentence.first) ||
        isSpeedTold(tokens, hit, sentence.first)
      ) {
        adjustments.push({ hit: index, factor: 0 });
      }
    });
    return adjustments;
  },
};

/** "your frustration", "their obvious anger": a feeling noun owned by someone other than the writer. */
function isOthersFeeling(tokens: readonly Token[], first: number, end: number, floor: number): boolean {
  if (end - first !== 1 || !FEELING_NOUNS.has(tokens[first]!.normal)) return false;
  let k = first - 1;
  // One describing word may stand between: "your understandable frustration".
  if (k > floor && tokens[k]!.pos === 'ADJ') k--;
  return k >= floor && OTHERS_OWNING.has(tokens[k]!.normal);
}

// "I understand how frustrating this must be", "we can only imagine how stressful it is": the writer acknowledges the
// reader's feeling. Degree words may stand after "how"; the writer's own words of any kind may stand before the verb.
const UNDERSTANDING = new Set(['understand', 'imagine', 'know', 'appreciate', 'realize', 'realise', 'see', 'get']);
const EMPATHY_REACH = 4;
// Adjectives of what a thing does to someone ("frustrating", "stressful"), not of what it is ("bad", "slow"): "I see
// how bad the dashboard looks" is the writer's judgement.
const FEELING_CAUSING = /(?:ing|ful)$/;

/** A complaint word after "how" in "I understand how …", "we can imagine how …": the reader's feeling, acknowledged. */
function isEmpathy(tokens: readonly Token[], hit: { first: number; entry: { valence: number } }, floor: number): boolean {
  if (hit.entry.valence >= 0 || !FEELING_CAUSING.test(tokens[hit.first]!.normal)) return false;
  let how = hit.first - 1;
  while (how > floor && tokens[how]!.pos === 'ADV' && tokens[how]!.normal !== 'how') how--;
  if (how <= floor || tokens[how]!.normal !== 'how') return false;
  const verb = tokens[how - 1]!;
  if (!UNDERSTANDING.has(verb.lemma)) return false;
  for (let k = how - 2; k >= Math.max(floor, how - 1 - EMPATHY_REACH); k--) if (WRITER_PRONOUNS.has(tokens[k]!.normal)) return true;
  return false;
}

/**
 * "That must be so frustrating", "it must have been stressful": a feeling inferred with "must" is the reader's, as the
 * writer imagines it. Feelings only (adjectives of what a thing does to someone): "the job must be failing" infers a fault.
 */
function isInferredFeeling(tokens: readonly Token[], hit: { first: number; entry: { valence: number } }, floor: number): boolean {
  const word = tokens[hit.first]!;
  if (hit.entry.valence >= 0 || word.pos !== 'ADJ' || !FEELING_CAUSING.test(word.normal)) return false;
  let k = hit.first - 1;
  while (k > floor && tokens[k]!.pos === 'ADV') k--;
  if (k > floor && tokens[k]!.normal === 'been' && tokens[k - 1]!.normal === 'have') k--;
  else if (tokens[k]?.normal !== 'be') return false;
  return k > floor && tokens[k - 1]!.normal === 'must';
}

// Words of urgency that also tell how soon something happened.
const PROMPTLY = new Set(['immediately', 'right away', 'straight away', 'instantly']);
// An object between the verb and the adverb: "fixed it immediately", "called me right away"; here "it", "her" and the
// demonstratives can only be objects. A particle may follow it: "picked it up right away", "sorted out immediately".
const OBJECTS = new Set([...OBJECT_PRONOUNS, 'it', 'her', 'this', 'that', 'everything']);
// What asks for a thing done: "be fixed immediately", "to be", "need it fixed", "get this resolved right away".
const ASKING_WORDS = new Set(['be', 'to']);
const ASKING_VERBS = new Set(['need', 'want', 'get', 'have']);

/**
 * "Our users noticed immediately", "they fixed it right away", "it was restored immediately": after a verb in the past,
 * the adverb tells how soon it happened, not a pressure the writer feels. A verb in the past is a form of its own (not its
 * lemma, nor a present in "-s" or a gerund) that nothing asks for: "needs to be fixed immediately", "we need it fixed
 * right away" stay urgent.
 */
function isSpeedTold(tokens: readonly Token[], hit: { first: number; entry: { term: string } }, floor: number): boolean {
  if (!PROMPTLY.has(hit.entry.term)) return false;
  let k = hit.first - 1;
  if (k > floor && PHRASAL_PARTICLES.has(tokens[k]!.normal)) k--;
  if (k > floor && OBJECTS.has(tokens[k]!.normal)) k--;
  const verb = tokens[k];
  if (k < floor || verb === undefined || verb.pos !== 'VERB' || verb.normal === verb.lemma) return false;
  if (verb.normal.endsWith('s') || verb.normal.endsWith('ing')) return false;
  const before = k > floor ? tokens[k - 1]! : undefined;
  if (before !== undefined && ASKING_WORDS.has(before.normal)) return false;
  // A thing asked for done: "need it fixed", "get this resolved" (not "had replied", a perfect).
  const asker = k - 2 >= floor ? tokens[k - 2]! : undefined;
  return !(asker !== undefined && before !== undefined && OBJECTS.has(before.normal) && ASKING_VERBS.has(asker.lemma));
}

function isWritersConcern(tokens: readonly Token[], at: number, floor: number, asked: boolean): boolean {
  // Only the verb asks whether a concern is due ("should I worry about …?"); "should I be worried?" may be felt.
  const question = asked && CONSIDERING.has(tokens[at]!.normal);
  if (isThingToWorryAbout(tokens, at, floor) || (at > floor && tokens[at - 1]!.normal === 'why')) return false;
  const start = windowStart(tokens, at, floor, WINDOW);
  for (let k = at - 1; k >= start; k--) {
    const word = tokens[k]!.normal;
    if (ABSENT.has(word) || OTHERS.has(word)) return false;
    // "Do I need to worry about the pool?", "should I worry?": asking whether a concern is due is not feeling it.
    if (NEED.has(word) || (question && ASKED_NEED.has(word))) return !question && needsWriter(tokens, k, start);
    if (question && WRITER_PRONOUNS.has(word) && k > start && ASKED_NEED.has(tokens[k - 1]!.normal)) return false;
    if (!BETWEEN.has(word) && !word.startsWith("'")) return true;
  }
  return true;
}

// "I have to worry" is the writer's; "I don't have to worry" and "you need to worry" are not.
function needsWriter(tokens: readonly Token[], need: number, start: number): boolean {
  for (let k = need - 1; k >= start; k--) {
    if (isNegator(tokens, k, start)) return false;
    if (WRITER_PRONOUNS.has(tokens[k]!.normal)) return true;
  }
  return false;
}
