import { endsWithQuestionMark } from '../doc/clause.js';
import type { Token } from '../doc/token.js';
import { isComparative } from './comparative.js';
import type { Adjustment, Rule } from './rule.js';

// Advice keeps a trace of its praise: "it would be better to cache it" prefers one way, it does not judge anything.
export const ADVICE_FACTOR = 0.1;
// Nouns of method: "a better approach is …", "the easiest way to …".
const METHODS = new Set(['approach', 'way', 'option', 'solution', 'idea', 'alternative', 'practice', 'method']);
// "You'd be better off with Iterables", "a question better suited to Server Fault": the comparative steers the reader.
const STEERING = new Set(['off', 'suited']);
// "Even better, …", "or better yet, …", "better still, …".
const OPENERS = new Set(['even', 'or']);
const MODALS = new Set(['could', 'should', 'would', 'might', 'can']);
const VERBAL = new Set(['VERB', 'AUX']);
// How far back the dummy subject of "it would be better to" may stand.
const SUBJECT_REACH = 4;
const RECOMMEND = new Set(['recommend', 'recommends', 'recommended']);
// Recommending the purchase is the endorsement itself: "I would recommend buying one".
const PURCHASE = new Set(['buying', 'purchasing', 'getting', 'owning']);
// "I highly recommend …" endorses whatever follows.
const ENDORSING = new Set(['highly', 'definitely', 'totally', 'thoroughly', 'wholeheartedly', 'absolutely']);
// The object of an action advised, not a thing under review: "using a queue", "upgrading your plan".
const UNNAMED_OBJECTS = new Set(['a', 'an', 'some', 'your', 'any']);
const DEMONSTRATIVES = new Set(['this', 'these']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ']);
const NOUNS = new Set(['NOUN', 'PROPN']);
// "This place", "this hidden spot" (wink may tag the participle a verb); not "for this.".
const namesTheReviewed = (tokens: readonly Token[], at: number): boolean =>
  tokens[at]!.normal === 'here' ||
  (DEMONSTRATIVES.has(tokens[at]!.normal) && (NOMINAL.has(tokens[at + 1]?.pos ?? '') || NOUNS.has(tokens[at + 2]?.pos ?? '')));

/** "It would be better to …", "it's easier to …": an empty subject, so the comparison ranks ways, not things. */
function hasEmptySubject(tokens: readonly Token[], index: number, first: number): boolean {
  for (let j = index - 1; j >= first && j >= index - SUBJECT_REACH; j--) if (tokens[j]!.normal === 'it') return true;
  return false;
}

/** A comparison with something named ("a better choice than an iPod") judges both; it does not recommend. */
function comparesWithThan(tokens: readonly Token[], index: number, end: number): boolean {
  for (let j = index + 1; j < end && tokens[j]!.pos !== 'PUNCT'; j++) if (tokens[j]!.normal === 'than') return true;
  return false;
}

/** "Even better, add an index.": the clause after the opener is an instruction, or asks or tells "you" to do something. */
function instructionAfter(tokens: readonly Token[], index: number, end: number): boolean {
  let j = index + 1;
  while (j < end && (tokens[j]!.pos === 'PUNCT' || tokens[j]!.normal === 'yet' || tokens[j]!.normal === 'still')) j++;
  if (j >= end) return false;
  const word = tokens[j]!;
  const you = (k: number) => tokens[k]?.normal === 'you';
  // "add an index", "you could add …", "do you have a patch?"; an imperative is a verb's plain form, never in -ing (wink
  // gives a word it does not know, "onboarding", itself as lemma: "Best onboarding experience we've had" is praise).
  return (
    (word.pos === 'VERB' && word.normal === word.lemma && !word.normal.endsWith('ing')) ||
    (you(j) && MODALS.has(tokens[j + 1]?.normal ?? '')) ||
    (word.pos === 'AUX' && you(j + 1))
  );
}

/**
 * A comparative or a superlative: "better", "easier", "simplest", "best". wink tags a capitalised "Better" opening a
 * sentence as a name, so the two commonest are taken by their form.
 */
function isGraded(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.normal === 'better' || token.normal === 'best') return true;
  if (isComparative(tokens, index)) return true;
  return token.normal.endsWith('est') && token.lemma !== token.normal;
}

// Who tried the options ranked: "the best option we've found", "the simplest solution I've seen".
const TRIERS = new Set(['we', 'i', 'they']);
// Between them and the verb: "we've", "I have ever", "we had".
const TRIED_GAP = new Set(["'ve", 'have', 'had', 'ever', 'yet', 'so']);
const TRYING = new Set(['find', 'see', 'try', 'use', 'test', 'evaluate']);
const BE = new Set(['is', 'was', "'s"]);

/**
 * "The best option we've found.", "the simplest tool I've ever used": the method named is one of those tried, ranked
 * by the writer's experience; unless the clause goes on to say what it is ("the best solution I've found is to pin it").
 */
function ranksTried(tokens: readonly Token[], from: number, end: number): boolean {
  if (from >= end || !TRIERS.has(tokens[from]!.normal)) return false;
  let k = from + 1;
  while (k < end && TRIED_GAP.has(tokens[k]!.normal)) k++;
  if (k >= end || !TRYING.has(tokens[k]!.lemma) || tokens[k]!.normal === tokens[k]!.lemma) return false;
  k++;
  while (k < end && (TRIED_GAP.has(tokens[k]!.normal) || tokens[k]!.pos === 'ADV' || tokens[k]!.normal === 'far')) k++;
  return !(k < end && BE.has(tokens[k]!.normal));
}

/** Whether the comparative at `index` recommends a way of doing something rather than judging a thing. */
function recommends(tokens: readonly Token[], index: number, first: number, end: number): boolean {
  const next = index + 1 < end ? tokens[index + 1]! : undefined;
  const previous = index > first ? tokens[index - 1]! : undefined;
  if (comparesWithThan(tokens, index, end)) return false;
  // "it would be better to cache it", "easier to just rebuild the index"
  const verb = index + 2 < end && tokens[index + 2]!.pos === 'ADV' ? index + 3 : index + 2;
  if (next?.normal === 'to' && verb < end && VERBAL.has(tokens[verb]!.pos)) return hasEmptySubject(tokens, index, first);
  // "a better approach is …", "the simplest way to …"; not "the best option we've found", which ranks what was tried.
  if (next && STEERING.has(next.normal)) return true;
  if (next && METHODS.has(next.lemma)) return !ranksTried(tokens, index + 2, end);
  // "Even better, add an index.", "Or better yet, use …", "Better still, you could …"
  const opens = index === first || (previous !== undefined && OPENERS.has(previous.normal));
  if (opens && instructionAfter(tokens, index, end)) return true;
  // "you could better do it with …": the modal runs straight into the comparative.
  return previous !== undefined && MODALS.has(previous.normal) && next !== undefined && VERBAL.has(next.pos);
}

/**
 * "I'd recommend using a queue", "I recommend you take a look", "it is recommended to pin the version", "I'd recommend
 * against it": advice on what to do. Recommending a thing ("I recommend this camera", "recommend it to anyone") endorses it.
 */
function recommendsAction(tokens: readonly Token[], index: number, first: number, end: number): boolean {
  // "I highly recommend visiting", "I recommend you try this place": the thing reviewed, endorsed.
  if (index > first && ENDORSING.has(tokens[index - 1]!.normal)) return false;
  let next = index + 1;
  while (next < end && tokens[next]!.pos === 'ADV') next++;
  if (next >= end) return false;
  const word = tokens[next]!;
  if (word.normal === 'against') return true;
  for (let k = next; k < end && tokens[k]!.pos !== 'PUNCT'; k++) if (namesTheReviewed(tokens, k)) return false;
  // "I'd recommend using a queue", "the vendor recommends listening to …"; but "I recommend going", "… ordering in"
  // endorse the place under review.
  if (word.pos === 'VERB' && word.normal.endsWith('ing')) {
    const reported = tokens[index]!.normal === 'recommends';
    return !PURCHASE.has(word.normal) && (reported || UNNAMED_OBJECTS.has(tokens[next + 1]?.normal ?? ''));
  }
  const leads = word.normal === 'you' || word.normal === 'that' || word.normal === 'to';
  return leads && next + 1 < end && VERBAL.has(tokens[next + 1]!.pos);
}

/**
 * Suggestions are not praise: a comparative that recommends a way ("it would be better to cache it", "a better
 * approach is …", "even better, add an index"), or praise of a way asked for ("is there an easy way to …?"), keeps a
 * tenth of its weight. A comparison with something named ("a better choice than an iPod", "much more comfortable to
 * hold") still judges.
 */
export const advice: Rule = {
  name: 'advice',
  apply({ tokens, sentence, hits }) {
    const adjustments: Adjustment[] = [];
    const asked = endsWithQuestionMark(tokens, sentence);
    hits.forEach((hit, index) => {
      if (hit.entry.valence <= 0 || hit.end - hit.first !== 1) return;
      // "Can anyone recommend a profiler?", "I'd recommend using a queue": a request or advice, not an endorsement.
      if (RECOMMEND.has(tokens[hit.first]!.normal)) {
        const asksFor = asked && tokens[hit.first]!.normal === 'recommend';
        if (asksFor || recommendsAction(tokens, hit.first, sentence.first, sentence.end))
          adjustments.push({ hit: index, factor: ADVICE_FACTOR });
        return;
      }
      // "Is there an easy way to migrate?": a way asked for is not one praised.
      const asksForWay = asked && hit.end < sentence.end && METHODS.has(tokens[hit.end]!.lemma);
      if (!asksForWay && !isGraded(tokens, hit.first)) return;
      if (asksForWay || recommends(tokens, hit.first, sentence.first, sentence.end))
        adjustments.push({ hit: index, factor: ADVICE_FACTOR });
    });
    return adjustments;
  },
};
