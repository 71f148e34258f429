import { isCode } from '../doc/code.js';
import { isNegator } from '../doc/negators.js';
import { WRITER_POSSESSIVES } from '../doc/pronouns.js';
import type { Token } from '../doc/token.js';
import type { Hit } from '../lexicon/hit.js';
import type { Adjustment, Rule } from './rule.js';
import { isTechnicalWord } from './technical.js';

// How much a calmly stated problem keeps of its weight: 60 % in plain words ("my bag is missing"), 15 % in a
// technical report ("os.statvfs() fails on Windows", "error 500 on the SSO callback"), the register of a calm ticket.
export const CALM_FACTOR = 0.6;
export const CALM_TECHNICAL_FACTOR = 0.15;
// Other evidence of this weight is a feeling beside the problem ("sadly", "ridiculous"), or praise against it.
const FEELING_MINIMUM = 0.1;
// Persistence is frustration even in level words: "still broken", "crashes again", "keeps failing", "for two weeks".
const PERSISTENCE = new Set(['still', 'again', 'always', 'constantly', 'repeatedly', 'keeps', 'keep', 'kept']);
const SPANS_OF_TIME = new Set(['hours', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'ages']);
// A register belongs to a passage, not to one sentence: "Is the server reached by name or by IP? The issue could be
// DNS." How far either side of a sentence its register is read, about a sentence's length.
const REGISTER_REACH = 20;
const WHOLE_PERIODS = new Set(['morning', 'afternoon', 'day', 'night', 'week', 'weekend', 'month']);

/**
 * Damps a problem stated without feeling. A problem word ("broken", "error", "not working") reports a fact; it is
 * the customer's attitude only when something in the sentence carries one: another negative word, the problem said
 * with force (an intensifier, capitals, "!"), or persistence; or when the sentence before or after is a plain
 * complaint. The problem itself is reported in `problem` either way. Runs last, so it sees the weights every other rule
 * left. `problemsAreNegative: true` drops it.
 */
export const calm: Rule = {
  name: 'calm',
  marks: ['calm'],
  apply({ tokens, sentence, hits, previousHits, nextHits }) {
    let problems = 0;
    let firstProblemEnd = sentence.end;
    for (const hit of hits) {
      // Praise beside a problem makes the sentence mixed, not calm: damping the problem would let the praise win.
      if (hit.weight >= FEELING_MINIMUM) return [];
      if (hit.weight >= 0) continue;
      if (hit.entry.problem === undefined) {
        if (isFeeling(tokens, hit, sentence.first)) return [];
      } else if (
        -hit.weight > -hit.entry.valence ||
        isBlamedIncident(tokens, hit, sentence.first) ||
        isAllOfOurs(tokens, hit, sentence.first)
      ) {
        return [];
      } else {
        problems++;
        firstProblemEnd = Math.min(firstProblemEnd, hit.end);
      }
    }
    if (problems === 0) return [];
    // Tone belongs to a passage, not to one sentence: "I'm furious. Three days of data gone." is no calm report. The next
    // sentence's hits are read before its rules ran: one denied there ("Not urgent.") is no feeling.
    if (previousHits.some((hit) => isFeeling(tokens, hit))) return [];
    if (nextHits.some((hit) => isFeeling(tokens, hit) && !isDeniedRightBefore(tokens, hit.first))) return [];
    let technical = false;
    for (let k = sentence.first; k < sentence.end; k++) {
      const token = tokens[k]!;
      if (PERSISTENCE.has(token.normal) || isDuration(tokens, k, sentence.first) || isRecurrence(tokens, k, sentence.end, firstProblemEnd))
        return [];
      if (isWholeOfOurs(tokens, k, sentence.first)) return [];
      technical ||= isTechnicalRegister(tokens, k, sentence.first, sentence.end);
    }
    // How long it has lasted is often told next: "The dashboard won't load. It's been like this for three days."
    const after = Math.min(tokens.length, sentence.end + REGISTER_REACH);
    for (let k = sentence.end; k < after; k++)
      if (isDuration(tokens, k, sentence.end) || isRecurrence(tokens, k, after, sentence.end)) return [];
    technical ||= isTechnicalPassage(tokens, sentence);
    // The problem words of one calm sentence describe one problem ("fails with a timeout"): together they weigh one.
    const factor = (technical ? CALM_TECHNICAL_FACTOR : CALM_FACTOR) / problems;
    const adjustments: Adjustment[] = [];
    hits.forEach((hit, index) => {
      if (hit.entry.problem !== undefined && hit.weight < 0) adjustments.push({ hit: index, factor });
    });
    return adjustments;
  },
};

// An incident laid at the vendor's door is blame, not a report: "paged four times because of your outage".
const INCIDENTS = new Set(['outage', 'outages', 'downtime', 'incident', 'incidents', 'breach']);
const isBlamedIncident = (tokens: readonly Token[], hit: Readonly<Hit>, floor: number): boolean =>
  hit.first > floor && tokens[hit.first - 1]!.normal === 'your' && INCIDENTS.has(tokens[hit.first]!.normal);

// What stands between the subject and its problem ("are", "have been", "suddenly"), and the words of the subject's own
// phrase ("saved views", "custom dashboards").
const PREDICATE_LEAD = new Set(['AUX', 'PART', 'ADV']);
const SUBJECT_WORDS = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB']);
const SUBJECT_REACH = 6;

/**
 * A problem said of all or half the writer's things: "all our saved views are gone", "all of my dashboards are broken",
 * "half our attachments are missing". Loss of much of one's own is the impact that makes a report a complaint, as "our
 * whole team is locked out" is.
 */
function isAllOfOurs(tokens: readonly Token[], hit: Readonly<Hit>, floor: number): boolean {
  let k = hit.first - 1;
  const stop = Math.max(floor, hit.first - SUBJECT_REACH);
  while (k >= stop && PREDICATE_LEAD.has(tokens[k]!.pos)) k--;
  const head = k;
  while (k >= stop && SUBJECT_WORDS.has(tokens[k]!.pos)) k--;
  if (k === head || k < floor || !WRITER_POSSESSIVES.has(tokens[k]!.normal)) return false;
  const before = k - 1 >= floor && tokens[k - 1]!.normal === 'of' ? k - 2 : k - 1;
  return before >= floor && MUCH_OF.has(tokens[before]!.normal);
}
const MUCH_OF = new Set(['all', 'half']);

/** A complaint that is no problem report: the feeling a problem is told with. A bare negator ("no members") is grammar. */
const isFeeling = (tokens: readonly Token[], hit: Readonly<Hit>, floor = 0): boolean =>
  hit.entry.problem === undefined && hit.weight <= -FEELING_MINIMUM && !isBareNegator(tokens, hit.first, hit.end, floor);

// "Not urgent", "no problem": a word of the next sentence right after a negator is denied ("not the horrid glare" is still
// a complaint of the glare).
const isDeniedRightBefore = (tokens: readonly Token[], at: number): boolean => at > 0 && isNegator(tokens, at - 1, 0);

const isBareNegator = (tokens: readonly Token[], first: number, end: number, floor: number): boolean =>
  end - first === 1 && isNegator(tokens, first, floor);

// "Our whole team is locked out", "my entire morning", "down for all our users": the writer's own side hit as a whole,
// the impact that makes a report a complaint. "The entire file is rewritten" describes, and so does "with all my
// software installed": it is the possessive, and for "all" the people it is "for", that tell.
const WHOLE = new Set(['whole', 'entire']);

function isWholeOfOurs(tokens: readonly Token[], at: number, floor: number): boolean {
  const word = tokens[at]!.normal;
  if (WHOLE.has(word)) return at > floor && WRITER_POSSESSIVES.has(tokens[at - 1]!.normal);
  if (word !== 'all' || at === floor || tokens[at - 1]!.normal !== 'for') return false;
  const next = tokens[at + 1]?.normal === 'of' ? at + 2 : at + 1;
  return WRITER_POSSESSIVES.has(tokens[next]?.normal ?? '');
}

// A problem that comes back on a schedule is persistence: "every time I export", "a new bug every week", "every release",
// "the first hour of every Monday".
const RECURRENCES = new Set(
  `time day week month morning night release update build deploy sprint weekend monday tuesday wednesday thursday friday
  saturday sunday`.split(/\s+/),
);

// "Every time you push an update something breaks", "every single time", "every single invoice", "crashes whenever I
// upload", "wrong for the third month in a row": a problem that recurs. "Whenever" only after the problem (`problemEnd`):
// one inside its clause is a condition ("whenever I call about a problem, they …"), and "whenever you get a chance" is
// courtesy.
function isRecurrence(tokens: readonly Token[], at: number, end: number, problemEnd: number): boolean {
  const word = tokens[at]!.normal;
  if (word === 'whenever') return at >= problemEnd && tokens[at + 1]?.normal !== 'you';
  if (word === 'row') return at >= 2 && tokens[at - 1]!.normal === 'a' && tokens[at - 2]!.normal === 'in';
  if (word !== 'every') return false;
  // "Every single invoice", "each and every report": the stress says the problem is everywhere, whatever the thing.
  if (at + 1 < end && tokens[at + 1]!.normal === 'single') return true;
  if (at >= 2 && tokens[at - 1]!.normal === 'and' && tokens[at - 2]!.normal === 'each') return true;
  return at + 1 < end && RECURRENCES.has(tokens[at + 1]!.normal);
}

// "Has been down since yesterday", "has been broken since the update": a problem that has lasted from then, told in the
// perfect. A bare "since" dates the start ("same issue here since the update"), and one of a reason ("since it is
// broken, we …") dates nothing.
const PERFECT_REACH = 4;
const POINTS_IN_TIME = new Set(
  `yesterday today monday tuesday wednesday thursday friday saturday sunday last this early
  update upgrade migration release outage weekend morning`.split(/\s+/),
);

/** "Been" shortly before the "since" at `at`: the perfect of a state that lasts. */
function hasLasted(tokens: readonly Token[], at: number, floor: number): boolean {
  for (let k = at - 1; k >= Math.max(floor, at - PERFECT_REACH); k--) if (tokens[k]!.normal === 'been') return true;
  return false;
}

function isPointInTime(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token === undefined) return false;
  if (token.type === 'number' || token.type === 'time' || token.type === 'date') return true;
  const word = token.normal === 'the' ? tokens[at + 1]?.normal : token.normal;
  return word !== undefined && POINTS_IN_TIME.has(word);
}

// "for two weeks", "for 3 days", "for weeks", "for a week", "all morning", "over the last three releases": how long a
// problem has lasted.
function isDuration(tokens: readonly Token[], at: number, floor: number): boolean {
  const word = tokens[at]!.normal;
  if (word === 'since') return isPointInTime(tokens, at + 1) && hasLasted(tokens, at, floor);
  if (WHOLE_PERIODS.has(word) && at > floor && tokens[at - 1]!.normal === 'all') return true;
  if (RELEASES.has(word)) return isSpanUpToNow(tokens, at, floor);
  if (!SPANS_OF_TIME.has(word)) return false;
  const afterFor = (at - 1 >= floor && tokens[at - 1]!.normal === 'for') || (at - 2 >= floor && tokens[at - 2]!.normal === 'for');
  return afterFor || isSpanUpToNow(tokens, at, floor);
}

// Spans counted in releases rather than time: "over the last three releases", "for the past few updates".
const RELEASES = new Set(['releases', 'updates', 'versions', 'sprints', 'deploys']);
const RECENT = new Set(['last', 'past']);
const OVER_A_SPAN = new Set(['over', 'for', 'in', 'during', 'across']);

/** "Over the last three releases", "in the past few weeks": a span that runs up to now, a figure or "few" before it. */
function isSpanUpToNow(tokens: readonly Token[], at: number, floor: number): boolean {
  for (let k = at - 1; k >= floor + 2 && k >= at - 3; k--) {
    if (!RECENT.has(tokens[k]!.normal)) continue;
    return tokens[k - 1]!.normal === 'the' && OVER_A_SPAN.has(tokens[k - 2]!.normal);
  }
  return false;
}

// The parts of a software product a ticket names, beyond the technical rule's nouns of running systems.
const PRODUCT_NOUNS = new Set(
  `export exports import imports integration integrations login logins sso saml oauth dashboard dashboards report reports
  upload uploads download downloads plugin plugins module modules feature features setting settings config configuration
  version versions update updates release releases install installation upgrade migration webhook webhooks sdk ui field
  fields button page form template script app variable variables class classes object objects array arrays string strings
  parameter parameters argument arguments property properties attribute attributes element elements column columns row rows
  library libraries framework compiler syntax selector regex json xml html css javascript`.split(/\s+/),
);

/** Technical words or code within `REGISTER_REACH` tokens before or after `sentence`. */
function isTechnicalPassage(tokens: readonly Token[], sentence: { first: number; end: number }): boolean {
  for (let k = Math.max(0, sentence.first - REGISTER_REACH); k < sentence.first; k++)
    if (isTechnicalRegister(tokens, k, 0, sentence.first)) return true;
  for (let k = sentence.end; k < Math.min(tokens.length, sentence.end + REGISTER_REACH); k++)
    if (isTechnicalRegister(tokens, k, sentence.end, tokens.length)) return true;
  return false;
}

// Code, identifiers, versions and the nouns of software. Not numbers, links or addresses: "3 days late" and a link in a
// tweet are as common as "error 500".
function isTechnicalRegister(tokens: readonly Token[], index: number, first: number, end: number): boolean {
  const token = tokens[index]!;
  if (PRODUCT_NOUNS.has(token.lemma) || isTechnicalWord(token)) return true;
  return isCode(tokens, index, first, end);
}
