import { isClauseBreak, windowStart } from '../doc/clause.js';
import { isNegator } from '../doc/negators.js';
import { WRITER_OBJECTS, WRITER_POSSESSIVES, WRITER_PRONOUNS } from '../doc/pronouns.js';
import { WAYS_OUT } from '../doc/remedy.js';
import { isComparative } from './comparative.js';
import type { Token } from '../doc/token.js';
import type { Adjustment, Rule, RuleContext } from './rule.js';

// A hypothetical is not a report: "if it worked" says little about how it works now.
export const HYPOTHETICAL_FACTOR = 0.2;
// The consequence of a condition or a wish ("I'd be thrilled") is an imagined feeling, not a felt one.
export const IMAGINED_FACTOR = 0.15;
// "I'd give it five stars if the app didn't crash so often", "I wish it wasn't so slow": a fault denied in a condition
// contrary to fact is a fault asserted; the denial is turned back, at the strength negation left it.
export const COUNTERFACTUAL_FACTOR = -1;

const CONDITION_MARKERS = new Set(['if', 'unless', 'whether']);
// Hoping for something says it is not there yet: "hoping for an improvement", "hopefully this is fixed soon".
const WISH_MARKERS = new Set(['wish', 'wished', 'wishing', 'hope', 'hoping', 'hoped', 'hopefully']);
const WISH_ENDS = new Set(['but', 'however']);
// A wish is contrary to fact ("I wish it wasn't so slow"); a hope is open ("I hope it isn't rude").
const WISHING = new Set(['wish', 'wished', 'wishing']);
const MODALS = new Set(['would', 'could', 'might', 'will', 'should']);
// The modals of a consequence contrary to fact ("I'd give it five stars if …", "we could use it if …"), and of a
// benefit foreseen ("it would save us hours").
const CONTRARY_MODALS = new Set(['would', 'could', 'might']);
// What is wanted is not what was found: "looking for a good Thai place", "we need a reliable export". Praise a few
// words after these is an object of desire. Comparatives ("need better docs") are the unmet rule's.
const DESIRE_MARKERS = new Set([
  'want',
  'wants',
  'wanted',
  'looking',
  'seeking',
  'anticipating',
  'expecting',
  'need',
  'needs',
  'necessary',
]);
const DESIRE_WINDOW = 5;
// "I just wanted to say a huge thank you", "we want to thank the team": wanting to say something is saying it.
const SAYING = new Set([
  'say',
  'thank',
  'tell',
  'let',
  'share',
  'express',
  'extend',
  'send',
  'pass',
  'mention',
  'give',
  'acknowledge',
  'recognize',
  'recognise',
  'commend',
  'compliment',
  'congratulate',
  'praise',
  'shout',
]);

/** A desire marker followed by "to" and a verb of saying: "wanted to say", "want to thank". */
const isSayingWant = (tokens: readonly Token[], at: number, end: number): boolean =>
  at + 2 < end && tokens[at + 1]!.normal === 'to' && SAYING.has(tokens[at + 2]!.lemma);
// "We'd love a Slack integration", "I would really like a refund": a liking in the conditional, of a thing, is a want,
// not a feeling about what is there. It is damped, and so is praise of what it wants. Of an act it is eagerness ("I'd
// love to help", "I'd like to thank Terri") and stays.
const WANTING = new Set(['love', 'like', 'appreciate', 'enjoy']);
const THING_START = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

const WOULD = new Set(['would']);

/** Where one of `modals` stands right before the verb at `at`, an adverb or two between ("we'd really love"); or -1. */
function modalBefore(tokens: readonly Token[], at: number, first: number, modals: ReadonlySet<string>): number {
  for (let k = at - 1; k >= first && k >= at - 3; k--) {
    if (modals.has(tokens[k]!.normal)) return k;
    if (tokens[k]!.pos !== 'ADV') return -1;
  }
  return -1;
}

/** A verb of liking a thing after "would" ("'d"), an adverb or two between: "we'd really love a …". */
function isWanting(tokens: readonly Token[], at: number, first: number): boolean {
  if (!WANTING.has(tokens[at]!.lemma) || tokens[at]!.pos !== 'VERB' || !THING_START.has(tokens[at + 1]?.pos ?? '')) return false;
  const would = modalBefore(tokens, at, first, WOULD);
  // The writer's want, said or implied ("Would appreciate a reply"); "@anna would appreciate this card" foresees hers.
  return would >= 0 && (would === first || isWritersSide(tokens, would - 1, first));
}

// "It would save us hours", "this would really help", "which would simplify onboarding": a thing's good effect foreseen
// by "would" ("could", "might") is the case for a request, not a report of what it did. The writer's own "would" ("I
// would recommend it", "we'd buy again") is a verdict and stays.
const FORESEEN_THINGS = new Set(['it', 'this', 'that', 'which']);

/** A verb of praise in the base form after a thing's "would" ("it would save"), an adverb or two between. */
function isForeseenBenefit(tokens: readonly Token[], at: number, first: number): boolean {
  const verb = tokens[at]!;
  if (verb.pos !== 'VERB' || verb.normal !== verb.lemma) return false;
  const modal = modalBefore(tokens, at, first, CONTRARY_MODALS);
  return modal > first && FORESEEN_THINGS.has(tokens[modal - 1]!.normal);
}

/**
 * "It would be great to have it fixed by Friday", "would be nice to get an update": praise of what an infinitive asks
 * for is a request, imagined as "it would be great if …" is. "That would be great, thanks!" accepts, and stays praise.
 */
function isRequestedPraise(tokens: readonly Token[], hit: { first: number; end: number }, first: number, end: number): boolean {
  if (hit.end + 1 >= end || tokens[hit.end]!.normal !== 'to' || tokens[hit.end + 1]!.pos !== 'VERB') return false;
  let k = hit.first - 1;
  while (k > first && tokens[k]!.pos === 'ADV') k--;
  if (!(k > first && tokens[k]!.normal === 'be' && tokens[k - 1]!.normal === 'would')) return false;
  // Said of "it", or of nothing ("Would be great to …"): "I'd be honored to have them" is the writer's own feeling.
  return k - 1 === first || tokens[k - 2]!.normal === 'it';
}

// "Our sales team would love …", "my manager would appreciate …": the writer's own people, a noun or two after "our".
const GROUP_REACH = 3;
const GROUP_WORDS = new Set(['NOUN', 'PROPN', 'ADJ']);

/** Whether the subject ending at `last` is the writer or the writer's people, or is left out (after punctuation). */
function isWritersSide(tokens: readonly Token[], last: number, first: number): boolean {
  const subject = tokens[last]!;
  if (WRITER_PRONOUNS.has(subject.normal) || subject.type === 'punctuation') return true;
  for (let k = last; k >= first && k > last - GROUP_REACH && GROUP_WORDS.has(tokens[k]!.pos); k--) {
    if (k > first && WRITER_POSSESSIVES.has(tokens[k - 1]!.normal)) return true;
  }
  return false;
}

// "Let me know when it's fixed", "notify us once the export works": a request to hear of an event that has not happened.
// Not "you never know when" or "I know when": only a request to be told.
const AWAITED = new Set(['when', 'once']);
const TOLD = new Set(['notify', 'tell', 'inform', 'update', 'ping', 'advise', 'email', 'call']);

/** "When"/"once" after "let me know", "notify us", "tell me": the clause it opens is awaited, not reported. */
function isAwaitedEvent(tokens: readonly Token[], at: number, first: number): boolean {
  if (!AWAITED.has(tokens[at]!.normal) || at - 2 < first) return false;
  const [verb, whom] = [tokens[at - 2]!, tokens[at - 1]!];
  if (WRITER_OBJECTS.has(whom.normal)) return TOLD.has(verb.lemma);
  return whom.normal === 'know' && WRITER_OBJECTS.has(verb.normal) && at - 3 >= first && tokens[at - 3]!.normal === 'let';
}

// "Blocked until this is resolved", "until you fix it": a clause after "until" (or "before") in the present awaits its
// event; in the past it reports one ("until it finally worked", "until the update broke it").
// "Before I can recommend renewing", "before we go live": what waits for it has not happened either.
const UNTIL = new Set(['until', 'till', 'til', 'untill', 'before']);
const AWAITING = new Set(['is', 'are', 'am', "'s", "'re", 'get', 'gets', 'will', "'ll", 'can']);
const REPORTED = new Set(['was', 'were', 'had', 'did']);
const SUBJECTS = new Set(['PRON', 'NOUN', 'PROPN']);
const CLAUSE_OPENERS = new Set([...SUBJECTS, 'DET']);

// How far after "until" its verb is looked for: "until the new version of the app is released". Bounded, so a sentence
// of many "until"s costs time linear in its length.
const UNTIL_REACH = 10;

function isAwaitedUntil(tokens: readonly Token[], at: number, end: number): boolean {
  if (!UNTIL.has(tokens[at]!.normal)) return false;
  // "Before" opens a clause only with its subject next: not "landing before and after ours are fine".
  if (tokens[at]!.normal === 'before' && !(at + 1 < end && CLAUSE_OPENERS.has(tokens[at + 1]!.pos))) return false;
  const reach = Math.min(end, at + 1 + UNTIL_REACH);
  for (let k = at + 1; k < reach && !isClauseBreak(tokens, k); k++) {
    const token = tokens[k]!;
    if (REPORTED.has(token.normal)) return false;
    if (AWAITING.has(token.normal)) return true;
    // "Until you fix it", "until we hear back"; not a bare verb ("until scan"), which is more often a noun.
    if (token.pos === 'VERB') return token.normal === token.lemma && k > at + 1 && SUBJECTS.has(tokens[k - 1]!.pos);
  }
  return false;
}

// "Managed to fix it", "were able to resolve it", "had to solve this": the aim was reached.
const REACHED = new Set(['able', 'managed', 'had', 'got']);

/** "On hold for 2 hours to resolve my booking": a way out in the infinitive, aimed at and not reached. */
const isAimedRemedy = (tokens: readonly Token[], at: number, first: number): boolean =>
  at > first &&
  tokens[at - 1]!.normal === 'to' &&
  WAYS_OUT.has(tokens[at]!.lemma) &&
  tokens[at]!.normal === tokens[at]!.lemma &&
  !(at - 2 >= first && REACHED.has(tokens[at - 2]!.normal));

// "Support told me to restore from a backup", "they told us to enjoy it": what someone was told to do is an
// instruction, not a report. Not "a story told with grace".
const INSTRUCTING = new Set(['told', 'asked', 'instructed', 'advised']);

function isInstruction(tokens: readonly Token[], at: number, word: number): boolean {
  return INSTRUCTING.has(tokens[at]!.normal) && at + 2 < word && tokens[at + 1]!.pos === 'PRON' && tokens[at + 2]!.normal === 'to';
}

// "One more time", "once more", "again": what a condition says is happening once too often.
const AGAIN = new Set(['again']);

/** Whether `[from, to)` asks for one more of what keeps happening: "one more time", "once more", "again". */
function repeats(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const word = tokens[k]!.normal;
    if (AGAIN.has(word)) return true;
    if ((word === 'one' || word === 'once') && tokens[k + 1]?.normal === 'more') return true;
  }
  return false;
}

// "If I could give it zero stars, I would", "ten stars if I could": a condition on the writer's own power to rate says the
// verdict falls off the scale; it supposes nothing about the product.
const ABILITY = new Set(['could', 'can']);
const RATING_VERBS = new Set(['give', 'rate', 'leave', 'score']);

/** "If I could" with nothing after it, or with a verb of rating: the condition at `at` limits the writer, not the thing. */
function isWritersLimit(tokens: readonly Token[], at: number, end: number): boolean {
  if (at + 2 >= end || !WRITER_PRONOUNS.has(tokens[at + 1]!.normal) || !ABILITY.has(tokens[at + 2]!.normal)) return false;
  return at + 3 === end || isClauseBreak(tokens, at + 3) || RATING_VERBS.has(tokens[at + 3]!.lemma);
}

// How close the denial must be for the fault to be what a counterfactual denies: "didn't crash", "wasn't so slow"; not
// "didn't own a pressure canner".
const DENIAL_REACH = 2;

function deniedRightBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - DENIAL_REACH; k--) {
    // "If not" says "or even": "look at these, if not flat-out use them".
    if (isNegator(tokens, k, 0)) return !CONDITION_MARKERS.has(tokens[k - 1]?.normal ?? '');
  }
  return false;
}

function hasContraryModal(tokens: readonly Token[], first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (CONTRARY_MODALS.has(tokens[k]!.normal)) return true;
  return false;
}

/** A hypothetical clause: from its marker (excluded) to `stop` (excluded). */
interface Hypothetical {
  from: number;
  stop: number;
  /** An awaited event ("until this is resolved"): only its good news is hypothetical. */
  awaited: boolean;
  /** Contrary to fact: a wish, or a condition with "would" in its sentence ("if it didn't crash, I'd …"). */
  counterfactual: boolean;
}

/** Per token from `first` to `end`, where a clause opened just before it stops: one backward pass per sentence. */
interface ClauseEnds {
  /** The next clause break or modal: where a condition's clause ends. */
  breakOrModal: Int32Array;
  /** The next "but"/"however": where a wish ends. */
  wishEnd: Int32Array;
}

function clauseEnds(tokens: readonly Token[], first: number, end: number): ClauseEnds {
  const breakOrModal = new Int32Array(end - first + 1).fill(end);
  const wishEnd = new Int32Array(end - first + 1).fill(end);
  for (let k = end - 1; k >= first; k--) {
    const at = k - first;
    breakOrModal[at] = isClauseBreak(tokens, k) || MODALS.has(tokens[k]!.normal) ? k : breakOrModal[at + 1]!;
    wishEnd[at] = WISH_ENDS.has(tokens[k]!.normal) ? k : wishEnd[at + 1]!;
  }
  return { breakOrModal, wishEnd };
}

/**
 * Damps the hits inside a hypothetical clause; an awaited event's only when they are good news ("stuck until the
 * outage ends": the trouble meanwhile is real). One sweep over clauses and hits in text order, so a sentence of many
 * conditions costs time linear in its length.
 */
function markHypothetical(
  tokens: readonly Token[],
  clauses: readonly Hypothetical[],
  hits: RuleContext['hits'],
  factors: Map<number, number>,
): void {
  if (clauses.length === 0) return;
  const order = hits.map((_, index) => index).sort((a, b) => hits[a]!.first - hits[b]!.first);
  let next = 0;
  let reachAny = -1;
  let reachReal = -1;
  let reachContrary = -1;
  for (const index of order) {
    const hit = hits[index]!;
    for (; next < clauses.length && clauses[next]!.from < hit.first; next++) {
      const { stop, awaited, counterfactual } = clauses[next]!;
      reachAny = Math.max(reachAny, stop);
      if (!awaited) reachReal = Math.max(reachReal, stop);
      if (counterfactual) reachContrary = Math.max(reachContrary, stop);
    }
    const deniedFault = hit.entry.valence < 0 && hit.weight > 0 && deniedRightBefore(tokens, hit.first);
    if (deniedFault && hit.first < reachContrary) factors.set(index, COUNTERFACTUAL_FACTOR);
    else if (hit.first < (hit.entry.valence > 0 ? reachAny : reachReal)) factors.set(index, HYPOTHETICAL_FACTOR);
  }
}

/**
 * Whether the word at `at` names what is wanted, needed or asked for, a few words after the want: "we need a reliable
 * export", "looking for a good Thai place", "they told us to enjoy it", "we'd love a faster sync".
 */
export function isWanted(tokens: readonly Token[], at: number, first: number, end: number): boolean {
  const start = windowStart(tokens, at, first, DESIRE_WINDOW);
  for (let m = at - 1; m >= start; m--) {
    const desire = DESIRE_MARKERS.has(tokens[m]!.normal) && !isSayingWant(tokens, m, end);
    if (desire || isInstruction(tokens, m, at) || isWanting(tokens, m, first)) return true;
  }
  return false;
}

// Every word that can open a hypothetical clause: a condition, an awaited event or time, a wish.
const OPENERS = new Set([...CONDITION_MARKERS, ...AWAITED, ...UNTIL, ...WISH_MARKERS]);

/** Damps sentiment inside "if"/"unless" clauses, after "wish", in the imagined consequence, and praise of what is wanted. */
export const conditional: Rule = {
  name: 'conditional',
  marks: ['hypothetical'],
  apply({ tokens, sentence, hits }) {
    const { first, end } = sentence;
    const factors = new Map<number, number>();
    const clauses: Hypothetical[] = [];
    let ends: ClauseEnds | undefined;
    let contrary: boolean | undefined;
    let imagined = false;
    for (let m = first; m < end; m++) {
      const word = tokens[m]!.normal;
      // Most words open nothing: one lookup passes them over.
      if (!OPENERS.has(word)) continue;
      const awaited = isAwaitedUntil(tokens, m, end);
      const supposed = CONDITION_MARKERS.has(word) && tokens[m - 1]?.normal !== 'as';
      const condition = supposed || isAwaitedEvent(tokens, m, first) || awaited;
      if (!condition && !WISH_MARKERS.has(word)) continue;
      ends ??= clauseEnds(tokens, first, end);
      // "If I have to explain this one more time, I'll lose it": a condition that repeats what keeps happening is
      // exasperation, not a supposition; what it threatens is meant.
      if (supposed && repeats(tokens, m + 1, ends.breakOrModal[m + 1 - first]!)) continue;
      if (supposed && isWritersLimit(tokens, m, end)) continue;
      // What waits on the event is real: "we can't go live until this is resolved" imagines nothing.
      imagined ||= !awaited;
      // The hypothetical clause runs to the next clause break or to the modal of its consequence; a wish to the end of
      // the sentence, or to the verdict set against it: "hope this helps, but it's a mess".
      const stop = (condition ? ends.breakOrModal : ends.wishEnd)[m + 1 - first]!;
      contrary ??= hasContraryModal(tokens, first, end);
      const counterfactual = condition ? supposed && contrary : WISHING.has(word);
      clauses.push({ from: m, stop, awaited, counterfactual });
    }
    markHypothetical(tokens, clauses, hits, factors);
    if (imagined) {
      // Every hit after the first modal of a consequence is imagined, unless a clause already holds it.
      let modal = first;
      while (modal < end && !(MODALS.has(tokens[modal]!.normal) && tokens[modal]!.normal !== 'will')) modal++;
      hits.forEach((hit, index) => {
        if (hit.first > modal && !factors.has(index)) factors.set(index, IMAGINED_FACTOR);
      });
    }
    hits.forEach((hit, index) => {
      if (factors.has(index) || hit.entry.valence <= 0 || isComparative(tokens, hit.first)) return;
      if (isAimedRemedy(tokens, hit.first, first)) {
        factors.set(index, HYPOTHETICAL_FACTOR);
        return;
      }
      if (isWanting(tokens, hit.first, first) || isForeseenBenefit(tokens, hit.first, first)) {
        factors.set(index, HYPOTHETICAL_FACTOR);
        return;
      }
      if (isRequestedPraise(tokens, hit, first, end)) {
        factors.set(index, IMAGINED_FACTOR);
        return;
      }
      if (isWanted(tokens, hit.first, first, end)) factors.set(index, HYPOTHETICAL_FACTOR);
    });
    const adjustments: Adjustment[] = [];
    // A sarcastic formula says what it means in a conditional's shape ("would be nice if someone actually read it"):
    // the condition is its form, not a supposition.
    for (const [hit, factor] of factors) if (hits[hit]!.entry.cue !== 'formula') adjustments.push({ hit, factor });
    return adjustments;
  },
};
