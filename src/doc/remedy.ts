import { endsWithQuestionMark, windowStart } from './clause.js';
import { NOUN_TAGS } from './compound.js';
import { THANKS_WORDS } from './feelings.js';
import { isNegator, NEGATION_WINDOW } from './negators.js';
import { OBJECT_PRONOUNS } from './pronouns.js';
import type { SentenceSpan, Token } from './token.js';

// Verbs that end a problem: "fixed the crash", "the errors were resolved", "thanks for sorting the invoice".
export const REMEDIES = new Set([
  'fix',
  'solve',
  'resolve',
  'address',
  'repair',
  'correct',
  'remedy',
  'cure',
  'patch',
  'sort',
  'prevent',
  'eliminate',
]);

// Verbs that end or undo a problem, with those that get back what it took ("restore", "recover"): neither praise
// ("support told me to restore from a backup") nor a report while only aimed at ("on hold for 2 hours to resolve it").
export const WAYS_OUT = new Set([...REMEDIES, 'restore', 'recover']);

// The object a remedy ends, between the verb and the problem word: "fixed [the intermittent sync] errors".
const OBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART']);
const OBJECT_REACH = 4;
const DETERMINERS = new Set(['DET', 'PRON']);
// "Sorted out the invoice", "patched up the leak".
const PARTICLES = new Set(['out', 'up']);
// What stands between a problem and the participle that reports it gone: "the crash [has now been] fixed".
const STATUS_WORDS = new Set([
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'got',
  'gets',
  'now',
  'finally',
  'already',
  'all',
  'fully',
  'completely',
]);
const STATUS_REACH = 3;
// "Thanks for fixing", "after resolving": a gerund after these is a remedy done; "we are fixing it" is not yet.
const BEFORE_DONE_GERUND = new Set(['for', 'after']);
// "Once you get the problem fixed" is supposed, not reported.
const CONDITIONS = new Set(['if', 'unless', 'whether', 'until', 'once']);
const CONDITION_REACH = 8;

/** "fixes / fixed / thanks for fixing [the memory] leak": a remedy done, its object running up to the problem word. */
function remedyBefore(tokens: readonly Token[], problem: number, floor: number): boolean {
  for (let j = problem - 1; j >= floor && j >= problem - 1 - OBJECT_REACH; j--) {
    const token = tokens[j]!;
    if (isRemedyVerb(tokens, j)) return isDone(tokens, j, floor);
    if (!OBJECT_POS.has(token.pos) && !PARTICLES.has(token.normal) && !isAttributiveParticiple(tokens, j)) return false;
  }
  return false;
}

/** A participle qualifying the noun after it, in the object: "fixed our [missing] events problem", "the [failed] jobs". */
const isAttributiveParticiple = (tokens: readonly Token[], index: number): boolean =>
  tokens[index]!.pos === 'VERB' && PARTICIPLE_ENDING.test(tokens[index]!.normal) && NOUN_TAGS.has(tokens[index + 1]?.pos ?? '');
const PARTICIPLE_ENDING = /(?:ing|ed)$/;

/** wink-nlp tags "fixes" in "this fixes the crash" as a noun; before a determiner it is the verb ("the fixes broke"). */
function isRemedyVerb(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (!REMEDIES.has(token.lemma)) return false;
  return token.pos === 'VERB' || (token.normal !== token.lemma && DETERMINERS.has(tokens[index + 1]?.pos ?? ''));
}

/** "[the crash] is fixed now", "errors were resolved", "crash fixed": the problem, then its participle of remedy. */
function remedyAfter(tokens: readonly Token[], end: number, ceiling: number, floor: number): boolean {
  for (let j = end; j < ceiling && j < end + STATUS_REACH + 1; j++) {
    const token = tokens[j]!;
    if (REMEDIES.has(token.lemma) && token.normal.endsWith('ed')) return isDone(tokens, j, floor);
    // Walks over the rest of the problem's noun ("the timeout errors were resolved") and the auxiliaries.
    if (!STATUS_WORDS.has(token.normal) && token.pos !== 'NOUN') return false;
  }
  return false;
}

// Between "did" and its verb: "did not just solve", "did finally fix", "did actually resolve".
const AFTER_DID = new Set(['not', 'just', 'really', 'finally', 'actually', 'even', 'already', 'also']);

/** "It did fix it", "the patch didn't just solve the bug": a base form after "did" is the past. */
function afterDid(tokens: readonly Token[], verb: number, floor: number): boolean {
  for (let j = verb - 1; j >= floor && j >= verb - 4; j--) {
    if (tokens[j]!.normal === 'did') return true;
    if (!AFTER_DID.has(tokens[j]!.normal)) return false;
  }
  return false;
}

/** Whether `tokens[index]` is a remedy reported done ("fixed", "this fixes"), not negated and not under a condition. */
export function isRemedyDone(tokens: readonly Token[], index: number, floor: number): boolean {
  return isRemedyVerb(tokens, index) && isDone(tokens, index, floor);
}

/** A remedy verb in a form that reports it done, not negated and not under a condition. */
function isDone(tokens: readonly Token[], verb: number, floor: number): boolean {
  const { normal: form, lemma } = tokens[verb]!;
  // Past ("fixed"), or what a change does ("this fixes"), or a gerund of thanks ("for fixing"); not the base form of
  // requests, wishes and questions ("please fix", "should fix").
  const done =
    form.endsWith('ed') ||
    (form.endsWith('s') && form !== lemma) ||
    (form.endsWith('ing') && verb > floor && BEFORE_DONE_GERUND.has(tokens[verb - 1]!.normal)) ||
    (form === lemma && afterDid(tokens, verb, floor));
  if (!done) return false;
  // A negator in the verb's window, one token wider for an auxiliary: "hasn't fixed", "nobody has fixed".
  for (let j = windowStart(tokens, verb, floor, NEGATION_WINDOW + 1); j < verb; j++) if (isNegator(tokens, j, floor)) return false;
  // A bounded look back, so that a long sentence of many fixes stays linear: "if this update fixes the crash".
  for (let j = Math.max(floor, verb - CONDITION_REACH); j < verb; j++) if (CONDITIONS.has(tokens[j]!.normal)) return false;
  return true;
}

// Nouns of remedy that name the problem they end: "the fix for the crash", "a workaround to the timeout".
const REMEDY_NOUNS = new Set(['fix', 'hotfix', 'solution', 'workaround', 'patch', 'resolution', 'remedy', 'cure']);
const NAMING = new Set(['for', 'to']);
// What a remedy does when it is reported to have done it: "the fix for the crash works", "… helped", "… solved it".
const OUTCOMES = new Set([...REMEDIES, 'work', 'help']);

/**
 * "The fix for the crash works", "the solution to the login problem worked": the problem is named by a remedy that is
 * reported to have worked. "We need a fix for the crash" and "the fix for the crash doesn't work" leave it a problem.
 */
function remedyNamed(tokens: readonly Token[], first: number, end: number, sentence: SentenceSpan): boolean {
  let naming = -1;
  for (let j = first - 1; j >= sentence.first && j >= first - 1 - OBJECT_REACH; j--) {
    if (NAMING.has(tokens[j]!.normal)) {
      naming = j;
      break;
    }
    if (!OBJECT_POS.has(tokens[j]!.pos)) return false;
  }
  if (naming <= sentence.first || !REMEDY_NOUNS.has(tokens[naming - 1]!.lemma) || tokens[naming - 1]!.pos !== 'NOUN') return false;
  for (let j = end; j < sentence.end && j < end + STATUS_REACH + 1; j++) {
    const token = tokens[j]!;
    if (OUTCOMES.has(token.lemma) && token.pos === 'VERB') return isDone(tokens, j, sentence.first);
    if (!STATUS_WORDS.has(token.normal) && token.pos !== 'NOUN' && token.pos !== 'ADV') return false;
  }
  return false;
}

// Acts of tending to a problem, which a customer thanks someone for: "thanks for looking into the outage", "appreciate
// you jumping on the sync issue". Harm is not among them: "thanks for breaking the login" stays a complaint (or sarcasm).
const ATTENDING = new Set([
  'look',
  'investigate',
  'handle',
  'take',
  'jump',
  'follow',
  'deal',
  'work',
  'dig',
  'help',
  'check',
  'chase',
  'escalate',
  'prioritize',
  'prioritise',
  'troubleshoot',
  'debug',
  'explain',
  'clarify',
  'flag',
  'track',
  'hunt',
  'reproduce',
  'acknowledge',
  'monitor',
  'update',
  'keep',
  'stay',
  'catch',
  'spot',
]);
// "Great catch on the timezone bug", "good spot with the leak": praise of finding the problem.
const FINDING = new Set(['catch', 'spot', 'find']);
const PRAISING_A_FIND = new Set(['good', 'great', 'nice', 'excellent']);
// Words between the act and the problem it tends to: "looking into", "taking care of", "following up on",
// "keeping us updated on", "staying on top of".
const ATTENDING_LINKS = new Set(['into', 'with', 'on', 'of', 'up', 'care', 'at', 'down', 'about', 'through', 'top', 'updated', 'posted']);
const LINK_REACH = 3;
// "Thanks [so much] for", "I appreciate [you / your team] …".
const THANKS_REACH = 4;

/**
 * "Thanks for looking into [the] outage", "appreciate you jumping on the sync issue": the problem is what the thanked
 * act tends to, named to say what was handled, not complained of. The act is a gerund of attending after "for" or
 * after the one thanked ("appreciate you digging into it"), with a thanks word just before; or a find praised ("great
 * catch on the timezone bug").
 */
function attendedWithThanks(tokens: readonly Token[], problem: number, floor: number): boolean {
  let j = problem - 1;
  while (j >= floor && j >= problem - OBJECT_REACH && OBJECT_POS.has(tokens[j]!.pos) && !ATTENDING_LINKS.has(tokens[j]!.normal)) j--;
  for (
    let links = 0;
    j >= floor && links < LINK_REACH && (ATTENDING_LINKS.has(tokens[j]!.normal) || OBJECT_PRONOUNS.has(tokens[j]!.normal));
    links++
  )
    j--;
  if (j < floor) return false;
  // Some acts take their problem as object: "investigating the outage", "escalating the crash".
  const act = tokens[j]!;
  if (FINDING.has(act.normal) && j > floor && PRAISING_A_FIND.has(tokens[j - 1]!.normal)) return true;
  if (!(ATTENDING.has(act.lemma) || REMEDIES.has(act.lemma)) || !act.normal.endsWith('ing')) return false;
  for (let k = j - 1; k >= floor && k >= j - THANKS_REACH; k--)
    if (THANKS_WORDS.has(tokens[k]!.normal) || THANKS_WORDS.has(tokens[k]!.lemma)) return true;
  return false;
}

/**
 * Whether the problem on tokens `first`..`end` is reported ended: a remedy done before it ("fixed the crash", "thanks
 * for fixing the crash"), a participle of remedy after it ("the crash is fixed now"), a remedy that names it and
 * worked ("the fix for the crash works"), or an act of tending to it that the writer thanks ("thanks for looking into
 * the outage"). Never in a question.
 */
export function isRemedied(tokens: readonly Token[], first: number, end: number, sentence: SentenceSpan): boolean {
  if (endsWithQuestionMark(tokens, sentence)) return false;
  // A match that opens with a preposition is an adjunct, no object of a remedy before it: "we need it fixed by Friday".
  return (
    (tokens[first]!.pos !== 'ADP' && remedyBefore(tokens, first, sentence.first)) ||
    remedyAfter(tokens, end, sentence.end, sentence.first) ||
    remedyNamed(tokens, first, end, sentence) ||
    attendedWithThanks(tokens, first, sentence.first)
  );
}
