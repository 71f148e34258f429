import type { Token } from '../../doc/token.js';
import type { Hit } from '../../lexicon/hit.js';
import type { SarcasmCue } from './cue.js';

// The rest of the sentence (or the sentence beside it, a weaker link) must be clearly negative for the praise to be sarcasm.
export const NEGATIVE_SITUATION = -0.4;
export const NEGATIVE_NEXT_SENTENCE = -0.4;
// Evaluative praise, the words sarcastic interjections are made of. "LOL", "Yes", "OK", "Thanks" open
// sentences too, but they are reactions, not verdicts, and are not read as sarcasm.
const PRAISE = new Set(
  `great wonderful perfect awesome fantastic brilliant amazing lovely excellent superb terrific marvelous marvellous
  splendid fabulous nice cool sweet super outstanding incredible unbelievable impressive beautiful delightful grand
  yay hooray congrats congratulations bravo`.split(/\s+/),
);
// Praise of more than one word that is an interjection too: "Well done, the invoice is wrong again."
const PRAISE_PHRASES = new Set(['well done', 'way to go']);
// Mild praise is an interjection only after "oh": "Oh good, another invoice error", "Oh joy"; "Good, thanks" is sincere.
const AFTER_OH = new Set(['good', 'joy', 'fun']);
// Surprise reads as sarcastic praise only over a complaint in its own sentence ("Wow, only took three weeks to get a
// reply"); standing alone before one ("Wow. The outage…"), it is as often plain shock.
const SURPRISE = new Set(['wow']);
// Words that may come before an interjection without changing it: "Oh great", "Just wonderful", "Yeah, perfect".
const LEAD_INS = new Set(['oh', 'just', 'wow', 'yeah', 'yay', 'well', 'so', 'how', 'really', 'gee', 'ah']);
// What may follow the interjection: a pause, or "now"/"another"/"again" running on into the complaint.
const PAUSES = new Set([',', '.', '!', '…', '...', ';', ':', '-', '—']);
const RUN_ONS = new Set(['now', 'another', 'again', 'more']);
const STANDALONE_TYPES = new Set(['punctuation', 'emoji', 'emoticon']);

/**
 * The run of praise interjections that opens the sentence ("Great,", "Wow, great,", "Oh perfect."): positive
 * words reached past lead-ins and pauses only, each followed by a pause or a run-on word. Returns how
 * many of the first hits form it, whether surprise ("Wow") is all it holds, and the token after it.
 */
function interjectionRun(
  tokens: readonly Token[],
  first: number,
  end: number,
  hits: readonly Readonly<Hit>[],
): { run: number; surpriseOnly: boolean; runEnd: number } {
  let k = first;
  let run = 0;
  let praised = false;
  let surprised = false;
  for (const hit of hits) {
    while (k < hit.first && (LEAD_INS.has(tokens[k]!.normal) || PAUSES.has(tokens[k]!.text))) k++;
    const word = tokens[hit.first]!.normal;
    const praise =
      PRAISE.has(word) ||
      PRAISE_PHRASES.has(hit.entry.term) ||
      (AFTER_OH.has(word) && hit.first > first && tokens[hit.first - 1]!.normal === 'oh');
    // A lead-in the lexicon scores ("Yeah") may join the run, but only praise or surprise makes it sarcasm-shaped.
    if (k !== hit.first || hit.weight <= 0 || hit.end >= end || !(praise || LEAD_INS.has(word))) break;
    // "Perfect timing, the dashboard went down": praise of the moment is an interjection too.
    const after = praise && hit.end + 1 < end && tokens[hit.end]!.normal === 'timing' ? hit.end + 1 : hit.end;
    const next = tokens[after]!;
    if (!PAUSES.has(next.text) && !RUN_ONS.has(next.normal)) break;
    praised ||= praise;
    surprised ||= SURPRISE.has(word);
    run++;
    k = after;
  }
  return { run: praised || surprised ? run : 0, surpriseOnly: surprised && !praised, runEnd: k };
}

// Words that open the sentence after a praised thing and tell what came of it: "Brilliant update. Now nothing loads."
const SINCE_THEN = new Set(['now']);

type SpanHit = { first: number; end: number; weight: number };

/**
 * A sentence that only praises a thing ("Brilliant update.", "Great release!"): lead-ins, one praise word, the noun it
 * praises, then nothing but punctuation and emoji.
 */
function praisesThingAlone(tokens: readonly Token[], first: number, end: number, hits: readonly SpanHit[]): boolean {
  const praise = onlyPraiseOpening(tokens, first, hits, PRAISE);
  if (praise === undefined || praise.end >= end) return false;
  // The thing's word, whatever its tag: wink tags "update" in "Brilliant update." a verb.
  return tokens[praise.end]!.type === 'word' && standsAlone(tokens, end, { end: praise.end + 1 });
}

/** The sentence's only hit when it is positive, one of `words`, and nothing but lead-ins stands before it. */
function onlyPraiseOpening(
  tokens: readonly Token[],
  first: number,
  hits: readonly SpanHit[],
  words: ReadonlySet<string>,
): SpanHit | undefined {
  const praise = hits[0];
  if (hits.length !== 1 || praise === undefined || praise.weight <= 0 || !words.has(tokens[praise.first]!.normal)) return undefined;
  let k = first;
  while (k < praise.first && LEAD_INS.has(tokens[k]!.normal)) k++;
  return k === praise.first ? praise : undefined;
}

// Gladness at a change the writer made: "So glad we upgraded.", "Really happy I switched."
const GLAD = new Set(['glad', 'happy', 'pleased', 'thrilled']);
const WRITERS = new Set(['we', 'i']);
// What may follow the change's verb: "we upgraded to v5", "I switched to the new plan".
const CHANGE_OBJECT_REACH = 4;

/**
 * A sentence that only welcomes a change the writer made ("So glad we upgraded.", "Really happy we switched to v5."):
 * lead-ins, one word of gladness, "that", the writer, a verb in the past and at most a short object.
 */
function welcomesOwnChange(tokens: readonly Token[], first: number, end: number, hits: readonly SpanHit[]): boolean {
  const praise = onlyPraiseOpening(tokens, first, hits, GLAD);
  if (praise === undefined || praise.end - praise.first !== 1) return false;
  let k = praise.end;
  if (tokens[k]?.normal === 'that') k++;
  if (k + 1 >= end || !WRITERS.has(tokens[k]!.normal)) return false;
  const verb = tokens[k + 1]!;
  if (verb.pos !== 'VERB' || !verb.normal.endsWith('ed')) return false;
  let stop = k + 2;
  while (stop < end && stop < k + 2 + CHANGE_OBJECT_REACH && tokens[stop]!.type === 'word') stop++;
  return standsAlone(tokens, end, { end: stop });
}

// How far the praised thing may run before the turn: "Great job on the new release, now …".
const PRAISED_THING_REACH = 8;

/**
 * The praise that opens the sentence ("Great job on the new release") when what follows a comma and "now" is clearly
 * negative: "Great job on the new release, now nothing loads." Returns the index of the first hit after the turn, or -1.
 */
function praiseThenNow(tokens: readonly Token[], first: number, end: number, hits: readonly SpanHit[]): number {
  const praise = hits[0];
  if (praise === undefined || praise.weight <= 0 || !PRAISE.has(tokens[praise.first]!.normal)) return -1;
  let k = first;
  while (k < praise.first && LEAD_INS.has(tokens[k]!.normal)) k++;
  if (k !== praise.first) return -1;
  const reach = Math.min(end - 1, praise.end + PRAISED_THING_REACH);
  for (k = praise.end; k < reach; k++) {
    if (tokens[k]!.text !== ',') continue;
    if (!SINCE_THEN.has(tokens[k + 1]!.normal)) return -1;
    const after = hits.findIndex((hit) => hit.first > k);
    // Only the praise before the turn: "Great job, thanks, now …" is no single verdict.
    return after === 1 ? after : -1;
  }
  return -1;
}

// The pauses an interjection that closes a sentence follows: "…, great.", "… — wonderful!", "… ... lovely."
const CLOSING_PAUSES = new Set([',', '-', '—', '–', '...', '…']);

/**
 * The index of the last hit when it is a praise interjection closing the sentence after a pause, with hits before it
 * ("The export is broken again, great."), or -1.
 */
function closingInterjection(tokens: readonly Token[], first: number, end: number, hits: readonly SpanHit[]): number {
  const last = hits.length - 1;
  const hit = hits[last];
  if (last < 1 || hit === undefined || hit.weight <= 0 || hit.end - hit.first !== 1 || !PRAISE.has(tokens[hit.first]!.normal)) return -1;
  let k = hit.first - 1;
  while (k > first && LEAD_INS.has(tokens[k]!.normal)) k--;
  return CLOSING_PAUSES.has(tokens[k]!.text) && standsAlone(tokens, end, hit) ? last : -1;
}

// Verdicts on help that, degree-marked and standing alone after a complaint, mock it: "Another day, another outage. Very
// reassuring." Alone they are thanks as often ("Helpful, thanks."), and after good news sincere.
const VERDICTS = new Set(['helpful', 'reassuring', 'comforting', 'useful', 'professional', 'informative', 'convenient']);
const DEGREES = new Set(['very', 'so', 'how', 'really', 'real', 'super', 'most']);

/** Whether the sentence is only a degree word and a verdict on help: "Very reassuring.", "How helpful!". */
function verdictAlone(tokens: readonly Token[], first: number, end: number, hits: readonly SpanHit[]): boolean {
  const verdict = hits[0];
  if (hits.length !== 1 || verdict === undefined || verdict.weight <= 0 || verdict.first !== first + 1) return false;
  return DEGREES.has(tokens[first]!.normal) && VERDICTS.has(tokens[verdict.first]!.normal) && standsAlone(tokens, end, verdict);
}

/** "Wonderful." standing alone: nothing after the interjection but punctuation and emoji. */
function standsAlone(tokens: readonly Token[], end: number, hit: { end: number }): boolean {
  for (let k = hit.end; k < end; k++) if (!STANDALONE_TYPES.has(tokens[k]!.type)) return false;
  return true;
}

/**
 * What the hits say together. Praise in scare quotes counts against: it is mocked wherever it stands ('Oh great, the
 * "fix" brought the bug back'). So does a sarcastic formula when `formulas` says so.
 */
export const sumWeights = (hits: readonly Readonly<Hit>[], formulas = false) =>
  hits.reduce((sum, hit) => {
    const mocking = hit.entry.cue === 'scare-quotes' || (formulas && hit.entry.cue === 'formula');
    return sum + (mocking ? -Math.abs(hit.weight) : hit.weight);
  }, 0);

/**
 * What the sentence before says, with a problem it reports at its full weight: a lone "Great." answers "The export never
 * arrived." however calmly the problem was put (the `calm` rule damps it for the sentiment, having run before the
 * answer was read). A problem denied ("No errors since the patch. Great.") has turned positive and stays so.
 */
const complaintBefore = (hits: readonly Readonly<Hit>[]) => hits.reduce((sum, hit) => sum + answeredWeight(hit), 0);

/**
 * A hit's weight as the complaint a lone interjection answers: a problem at its full weight, and a negative situation
 * ("took 9 days to get a reply") as a clear complaint, which is what the situations lexicon lists.
 */
function answeredWeight(hit: Readonly<Hit>): number {
  if (hit.weight >= 0) return hit.weight;
  if (hit.entry.situation) return Math.min(hit.weight, NEGATIVE_NEXT_SENTENCE);
  return hit.entry.problem !== undefined ? Math.min(hit.weight, hit.entry.valence) : hit.weight;
}

/**
 * Praise used as an interjection over a negative situation in the same sentence or, when the
 * interjection stands alone ("Wonderful."), in the next one: "Great, now our entire production
 * environment is down." Sincere praise ("Great job, the fix worked") has no negative situation after it.
 */
export const interjection: SarcasmCue = {
  name: 'interjection',
  confidence: 0.8,
  detect({ tokens, sentence, hits, nextHits, previousHits }) {
    const { run, surpriseOnly, runEnd } = interjectionRun(tokens, sentence.first, sentence.end, hits);
    if (run === 0) {
      // A complaint closed by an interjection after a pause: "The export is broken again, great."
      const closing = closingInterjection(tokens, sentence.first, sentence.end, hits);
      if (closing !== -1) return sumWeights(hits.slice(0, closing), true) <= NEGATIVE_SITUATION ? [closing] : [];
      // A verdict on help answering the complaint before it: "Another day, another outage. Very reassuring."
      if (verdictAlone(tokens, sentence.first, sentence.end, hits))
        return complaintBefore(previousHits) <= NEGATIVE_NEXT_SENTENCE ? [0] : [];
      // A thing praised, then what has happened since: "Great job on the new release, now nothing loads."
      const turn = praiseThenNow(tokens, sentence.first, sentence.end, hits);
      if (turn !== -1 && sumWeights(hits.slice(turn), true) <= NEGATIVE_SITUATION) return [0];
      // A thing praised alone, then what has happened since: "Brilliant update. Now none of our filters load."
      const since = tokens[sentence.end];
      const answered = since !== undefined && SINCE_THEN.has(since.normal) && sumWeights(nextHits) <= NEGATIVE_SITUATION;
      if (!answered) return [];
      return praisesThingAlone(tokens, sentence.first, sentence.end, hits) || welcomesOwnChange(tokens, sentence.first, sentence.end, hits)
        ? [0]
        : [];
    }
    const alone = run === hits.length && standsAlone(tokens, sentence.end, { end: runEnd });
    if (alone && surpriseOnly) return [];
    // Standing alone, it answers the complaint before it ("The invoice is wrong again. Brilliant.") or announces the
    // one after it ("Wonderful. Another outage.").
    // A formula after the interjection is the situation it mocks ("Great, thanks for nothing"): the formula cue turns it
    // round only after this one has looked.
    const negative = alone
      ? complaintBefore(previousHits) <= NEGATIVE_NEXT_SENTENCE || sumWeights(nextHits) <= NEGATIVE_NEXT_SENTENCE
      : sumWeights(hits.slice(run), true) <= NEGATIVE_SITUATION;
    return negative ? hits.slice(0, run).map((_, index) => index) : [];
  },
};
