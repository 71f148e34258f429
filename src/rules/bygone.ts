import { isClauseBreak, isClauseLimit, windowEnd, windowStart } from '../doc/clause.js';
import { isFaceSpan } from '../doc/faces.js';
import type { Token } from '../doc/token.js';
import type { Hit } from '../lexicon/hit.js';
import { isComparative } from './comparative.js';
import type { Adjustment, Rule } from './rule.js';
import { UNMET_FACTOR } from './unmet.js';

// Praise of how things were says they are worse now, as mildly as "could be better" says it.
export const BYGONE_FACTOR = UNMET_FACTOR;
// "Worked fine until the update" names what ended it: the event broke it, and the praise is turned round in full.
export const ENDED_FACTOR = -1;
// Room for "support used to be so much more responsive", "the old version was much faster".
const WINDOW = 6;
// "Was better before the update", "worked great until last week": how far after the praise the turn may come.
const TURN_WINDOW = 3;
// Words that mark a thing as the one replaced: "the old UI", "the previous dashboard", "the former team".
const REPLACED = new Set(['old', 'older', 'previous', 'former']);
const PAST_BE = new Set(['was', 'were']);
// Inflections of a verb that are not its past: "works", "working".
const PRESENT_ENDING = /(?:s|ing)$/;
// "The old UI", "our previous vendor": not "a 3 year old laptop".
const OWNERS = new Set(['the', 'my', 'our', 'your', 'their', 'his', 'her', 'its']);
const BYGONE_DAYS = new Set(['day', 'days', 'old', 'good']);
// "I'm used to good support", "we got used to it": "used to" there means accustomed.
const ACCUSTOMED_BEFORE = new Set(['be', 'get', 'become', 'grow']);
// Where the good time ended: "before the update", "until the migration".
const TURNS = new Set(['before', 'until', 'till']);
// What may follow "before" or "until" for it to name an event that changed things, not a time that was merely earlier
// ("fast before lunch").
const EVENT_DETERMINERS = new Set(['the', 'this', 'that', 'your', 'our', 'their', 'its', 'last', 'recently', 'yesterday']);
// "My favourite till this day", "until this date": up to now, so still so.
const UP_TO_NOW = new Set(['day', 'date', 'moment']);

/**
 * Reverses praise of a state that has passed, at half strength: "it used to be great", "support used to be so
 * responsive", "the old UI was better", "back in 2022 this tool was amazing"; in full when the event that ended it
 * follows: "it was better before the update", "worked perfectly until the migration". Said of the past, praise is a
 * complaint about the present. Plain past praise stays praise ("the webinar was great"), and so does "used to" meaning
 * accustomed ("I'm used to good support").
 */
export const bygone: Rule = {
  name: 'bygone',
  apply({ tokens, sentence, hits }) {
    const adjustments: Adjustment[] = [];
    hits.forEach((hit, index) => {
      // A face ("XD", "🙂") is how the writer feels as they write, whatever the sentence is about.
      if (hit.weight === 0 || isFaceSpan(tokens, hit.first, hit.end)) return;
      const start = windowStart(tokens, hit.first, sentence.first, WINDOW);
      if (hit.entry.valence < 0 || hit.weight < 0) {
        // Trouble that "used to" be is over: "I used to dread the monthly report", "it used to crash every day".
        if (hit.entry.valence < 0 && hit.weight < 0 && habitBefore(tokens, start, hit, sentence.first) === 'ended')
          adjustments.push({ hit: index, factor: BYGONE_FACTOR });
        return;
      }
      if (isPassedBefore(tokens, start, hit, sentence.first) || prefersReplaced(tokens, start, hit, sentence.end)) {
        adjustments.push({ hit: index, factor: BYGONE_FACTOR });
        return;
      }
      // Most praise has no turn after it: the tense is read only when one follows.
      const ended = isEndedBy(tokens, hit, sentence);
      const act = ended ? undefined : actThatEnds(tokens, hit, sentence.end);
      if (!ended && act === undefined) return;
      // A past verb of liking is itself the past ("loved it until the redesign"); a phrase is not ("just what we needed").
      const past = isPastTense(tokens, start, hit.end - hit.first === 1 ? hit.end : hit.first);
      if (past && (ended || act === 'past')) adjustments.push({ hit: index, factor: ENDED_FACTOR });
      else if (!past && act === 'present') adjustments.push({ hit: index, factor: BYGONE_FACTOR });
    });
    return adjustments;
  },
};

/**
 * "used to" (not "be used to") or a replaced thing with "was" right before the praise as its predicate ("used to be so
 * responsive", "the old UI was better"; not "I used to watch that a bit XD"), or a time gone ("back in 2022") in
 * `[start, hit.first)`.
 */
function isPassedBefore(tokens: readonly Token[], start: number, hit: Hit, floor: number): boolean {
  const at = hit.first;
  let replaced = false;
  for (let j = start; j < at; j++) {
    const word = tokens[j]!.normal;
    if (isUsedTo(tokens, j, floor)) return habitAt(tokens, j, hit, floor) === 'ended';
    if (word === 'back' && isBackThen(tokens, j)) return true;
    if (REPLACED.has(word) && j > floor && OWNERS.has(tokens[j - 1]!.normal)) replaced = true;
    else if (replaced && PAST_BE.has(word)) return leadsTo(tokens, j + 1, at);
  }
  return false;
}

// Before "used to", these deny the habit, so what it names is the present's news: "it never used to crash".
const DENYING = new Set(['never', 'not', "n't"]);

/** "Used to" + a verb of what was done at `at` (not "I'm used to good support"). */
const isUsedTo = (tokens: readonly Token[], at: number, floor: number): boolean =>
  tokens[at]!.normal === 'used' && tokens[at + 1]?.normal === 'to' && isHabit(tokens, at, floor);

/** The first "used to" + verb in `[start, hit.first)`, read by {@link habitAt}; `undefined` when there is none. */
function habitBefore(tokens: readonly Token[], start: number, hit: Hit, floor: number): 'ended' | 'other' | undefined {
  for (let j = start; j < hit.first; j++) if (isUsedTo(tokens, j, floor)) return habitAt(tokens, j, hit, floor);
  return undefined;
}

/**
 * The "used to" at `used`: `'ended'` when the hit is what it says was so ("used to be so responsive", "used to love it",
 * "used to work perfectly", "used to dread it"), `'other'` when the habit is something else ("used to play") or denied.
 */
function habitAt(tokens: readonly Token[], used: number, hit: Hit, floor: number): 'ended' | 'other' {
  const at = hit.first;
  if (used > floor && DENYING.has(tokens[used - 1]!.normal)) return 'other';
  // The verb of the habit itself counts when it is trouble ("used to crash", "used to dread it") or a liking ("used to
  // love it"), not a pastime ("used to play"); or a phrase of how it went ("used to run smoothly").
  const feeling = hit.entry.valence < 0 || hit.entry.valence >= LIKING || ENDORSING.has(tokens[at]!.lemma);
  if (used + 2 === at && hit.end - hit.first === 1 && !feeling) return 'other';
  // The habit's verb may come first when the hit says how it went: "used to work perfectly", "used to load fast".
  const from = used + 2 < at && tokens[used + 2]!.pos === 'VERB' ? used + 3 : used + 2;
  return leadsTo(tokens, from, at) ? 'ended' : 'other';
}

// Verbs of liking that, with the replaced thing as their object and a comparison, prefer it to what replaced it.
const LIKING_VERBS = new Set(['like', 'love', 'prefer', 'enjoy']);
// Between the liking and the comparison ("better", "more"): "the old one", "our previous dashboard way".
const PREFERENCE_WINDOW = 5;

/** A liking whose object is the replaced thing: "liked the old", "prefer our previous". */
const likesReplaced = (tokens: readonly Token[], verb: number): boolean =>
  LIKING_VERBS.has(tokens[verb]!.lemma) && OWNERS.has(tokens[verb + 1]?.normal ?? '') && REPLACED.has(tokens[verb + 2]?.normal ?? '');

/**
 * "I liked the old one better", "we prefer the previous dashboard way more": a liking of the replaced thing, compared,
 * prefers it to what replaced it, so both the liking and the comparative are a complaint about the present. Without a
 * comparison ("we loved the old building") it may be fondness alone, and stays praise.
 */
function prefersReplaced(tokens: readonly Token[], start: number, hit: Hit, ceiling: number): boolean {
  if (hit.end - hit.first !== 1) return false;
  if (likesReplaced(tokens, hit.first)) {
    const end = windowEnd(tokens, hit.first + 2, ceiling, PREFERENCE_WINDOW);
    for (let k = hit.first + 3; k < end; k++) if (isComparative(tokens, k) || tokens[k]!.normal === 'more') return true;
    return false;
  }
  if (!isComparative(tokens, hit.first)) return false;
  for (let j = Math.max(start, hit.first - PREFERENCE_WINDOW - 2); j < hit.first - 2; j++) if (likesReplaced(tokens, j)) return true;
  return false;
}

/** "Used to" + a verb of what was done: "used to be", "used to love" (not "I'm used to good support"). */
function isHabit(tokens: readonly Token[], used: number, floor: number): boolean {
  const verb = tokens[used + 2];
  if (verb === undefined || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return false;
  return !(used > floor && ACCUSTOMED_BEFORE.has(tokens[used - 1]!.lemma));
}

// "Love" 0.8, "like" 0.5; not "play" (0.35) or "help".
const LIKING = 0.5;
// Verbs of endorsement that say as much whatever their weight: "we used to recommend you to everyone".
const ENDORSING = new Set(['recommend', 'trust', 'praise']);

// What may stand between "used to" or "was" and the praise it predicates: "be", "have", degree words, an article.
const PREDICATE_GAP = 4;
const GAP_POS = new Set(['AUX', 'ADV', 'DET']);
// Degree words wink-nlp tags as nouns: "way more intuitive", "a lot faster".
const GAP_WORDS = new Set(['have', 'way', 'lot']);

/** Whether `[from, at)` is only the verb's own small words: the praise at `at` is what was said of the past. */
function leadsTo(tokens: readonly Token[], from: number, at: number): boolean {
  if (at - from > PREDICATE_GAP) return false;
  for (let k = from; k < at; k++) if (!GAP_POS.has(tokens[k]!.pos) && !GAP_WORDS.has(tokens[k]!.lemma)) return false;
  return true;
}

/** A verb in the past before the praise: "was better before", "worked great until" (not "doesn't play until the 16th"). */
function isPastTense(tokens: readonly Token[], start: number, at: number): boolean {
  for (let j = start; j < at; j++) {
    const token = tokens[j]!;
    if (PAST_BE.has(token.normal) || (token.pos === 'VERB' && isPastForm(token))) return true;
  }
  return false;
}

/** "Back when …", "back in 2022", "back in the day": not "back in the office". */
function isBackThen(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (next?.normal === 'when') return true;
  if (next?.normal !== 'in') return false;
  const then = tokens[at + 2];
  return then !== undefined && (then.type === 'number' || (then.normal === 'the' && BYGONE_DAYS.has(tokens[at + 3]?.normal ?? '')));
}

/**
 * Praise with the event that ended it after it, or opening its sentence (the caller asks that it was said in the past):
 * "was better before the update", "worked great until the migration", "before the update this worked perfectly".
 */
const isEndedBy = (tokens: readonly Token[], hit: { first: number; end: number }, sentence: { first: number; end: number }): boolean =>
  tokens[hit.first]!.pos !== 'NOUN' && (endsAfter(tokens, hit.end, sentence.end) || opensWithTurn(tokens, sentence.first, hit.first));

/** "Before the update[,] this worked perfectly": the turn opens the sentence and no contrast or stop comes before the praise. */
function opensWithTurn(tokens: readonly Token[], first: number, at: number): boolean {
  if (!isTurn(tokens, first)) return false;
  for (let k = first + 1; k < at; k++) if (isClauseLimit(tokens[k]!)) return false;
  return true;
}

/** "before the update", "until last week": a turn word naming an event, not a time that lasts to now. */
const isTurn = (tokens: readonly Token[], at: number): boolean =>
  TURNS.has(tokens[at]!.normal) && EVENT_DETERMINERS.has(tokens[at + 1]?.normal ?? '') && !UP_TO_NOW.has(tokens[at + 2]?.normal ?? '');

// Who may do what ends the praise: "until they changed the pricing", "until you add a second user", "until it stopped".
const ACTORS = new Set(['we', 'they', 'you', 'i', 'it', 'someone', 'somebody', 'he', 'she']);
// What may stand between the praise and "until": its object ("loved it until"), or a word of how ("worked fine right up until").
const BEFORE_TURN = new Set(['it', 'them', 'this', 'that', 'everything', 'right', 'up']);
// "Until you guys updated", "until they finally fixed": between the actor and its verb.
const BETWEEN_ACTOR_AND_ACT = new Set(['guys', 'all', 'finally', 'then', 'suddenly', 'recently', 'just']);

/**
 * The tense of an act that ends the praise right after it, or `undefined`: "worked great until they changed the pricing"
 * (past: it ended), "it works great until you add a second user" (present: it holds only up to a point). Only the
 * praise's own object or a degree stands between them: "happy to wait until you have an update" is no praise ended.
 */
function actThatEnds(tokens: readonly Token[], hit: { end: number }, ceiling: number): 'past' | 'present' | undefined {
  let k = hit.end;
  while (k < ceiling && k < hit.end + 2 && (BEFORE_TURN.has(tokens[k]!.normal) || tokens[k]!.pos === 'ADV')) k++;
  if (k + 2 >= ceiling || !TURNS.has(tokens[k]!.normal) || tokens[k]!.normal === 'before' || !ACTORS.has(tokens[k + 1]!.normal))
    return undefined;
  let verb = k + 2;
  if (BETWEEN_ACTOR_AND_ACT.has(tokens[verb]!.normal) && verb + 1 < ceiling) verb++;
  const act = tokens[verb]!;
  if (act.pos !== 'VERB' && act.pos !== 'AUX') return undefined;
  if (isPastForm(act)) return 'past';
  return AWAITED.has(act.lemma) ? undefined : 'present';
}

// What one waits for rather than does to the thing: "all good until we hear back", "fine until you have an answer".
const AWAITED = new Set(
  `hear get respond reply confirm know see meet talk speak decide receive return call come have finish send let`.split(' '),
);

/** A verb's form in the past: "changed", "broke", "was" (not "works", "working" or the bare form). */
const isPastForm = (token: Token): boolean =>
  PAST_BE.has(token.normal) || (token.normal !== token.lemma && !PRESENT_ENDING.test(token.normal));

/** "before the update", "until last week" right after the praise, in its clause. */
function endsAfter(tokens: readonly Token[], from: number, ceiling: number): boolean {
  const end = windowEnd(tokens, from - 1, ceiling, TURN_WINDOW);
  for (let k = from; k < end; k++) {
    if (isClauseBreak(tokens, k)) return false;
    if (TURNS.has(tokens[k]!.normal) && EVENT_DETERMINERS.has(tokens[k + 1]?.normal ?? '')) return isTurn(tokens, k);
  }
  return false;
}
