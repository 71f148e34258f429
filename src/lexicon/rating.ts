import type { Token } from '../doc/token.js';
import type { Hit } from './hit.js';

// A rating's weight runs from -0.6 at the bottom of its scale to 0.6 at the top, as the lexicons' strongest verdict
// phrases do; three stars of five or six of ten weigh nothing: the middle of a CSAT scale is "neutral", and on NPS's
// 0-10 a 7 is already a passive.
const MIDDLE = 0.6;
const SLOPE = 1.5;
const STRONGEST = 0.6;

// The scales a fraction or "out of" is read on: stars of five, marks of ten, and percent-style scores.
const SCALES = new Set([5, 10, 100]);
const STAR_SCALE = 5;
const STARS = new Set(['star', 'stars']);
const FILLED_STAR = '★';
const EMPTY_STAR = '☆';
// Words that say a fraction after them is a rating ("rated it 2/5", "Score: 7/10", "I give it a 9/10", "Overall: 4/5").
const RATING_WORDS = new Set([
  'rate',
  'rated',
  'rating',
  'ratings',
  'score',
  'scored',
  'give',
  'gave',
  'given',
  'giving',
  'gives',
  'overall',
  'verdict',
]);
const RATING_WORD_REACH = 3;
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].map((word, value) => [word, value]),
);
const DIGITS = /^\d+(?:\.\d+)?$/;
const FRACTION = /^(\d+(?:\.\d+)?)\/(\d+)$/;
// What a share counts ("8 out of 10 flights", "9 out of 10 times"): the words that make "N out of M" no rating.
const COUNTED = new Set(['NOUN', 'PROPN', 'ADJ']);

/** The valence of `value` on a scale from 0 to `scale`. */
export function ratingValence(value: number, scale: number): number {
  const valence = (value / scale - MIDDLE) * SLOPE;
  return Math.round(Math.max(-STRONGEST, Math.min(STRONGEST, valence)) * 1e4) / 1e4;
}

/**
 * Ratings the writer gives in figures, which no lexicon lists: "4/5", "2 stars", "a 1-star review", "five stars",
 * "4 1/2 stars", "9 out of 10", "★★☆☆☆". A fraction is a rating only where the text says so, since "2/10" is a date in
 * "Denver-Boston 2/10 flight" and "8 out of 10 flights" a share: stars after it, a rating word shortly before it
 * ("rated", "score", "gave"), "out of" with nothing counted after it, "would" after it ("10/10 would recommend"), or the
 * rating standing alone as its sentence ("1/5."). A rating then goes through the rules like any lexicon word: "would
 * have given it 5 stars if" is conditional, "doesn't deserve 5 stars" negated.
 */
export function findRatings(tokens: readonly Token[], first: number, end: number): readonly Hit[] {
  let hits: Hit[] | undefined;
  for (let i = first; i < end; i++) {
    const hit = ratingAt(tokens, i, first, end);
    if (hit === undefined) continue;
    (hits ??= []).push(hit);
    i = hit.end - 1;
  }
  return hits ?? NONE;
}

const NONE: readonly Hit[] = Object.freeze([]);

function ratingAt(tokens: readonly Token[], i: number, first: number, end: number): Hit | undefined {
  const token = tokens[i]!;
  if (token.text === FILLED_STAR || token.text === EMPTY_STAR) return starGlyphs(tokens, i, end);
  if (token.text.length === 1 && GRADES.has(token.text)) return gradeAt(tokens, i, first, end);
  const fraction = token.type === 'number' ? FRACTION.exec(token.text) : null;
  if (fraction) {
    const value = Number(fraction[1]);
    const scale = Number(fraction[2]);
    if (!SCALES.has(scale) || value > scale) return undefined;
    const stars = starsAfter(tokens, i + 1, end);
    if (stars !== undefined) return ratingHit(i, stars, value, scale);
    return saysRating(tokens, i, first, end) ? ratingHit(i, i + 1, value, scale) : undefined;
  }
  const value = wholeValue(token);
  if (value === undefined) return undefined;
  // "4 1/2 stars": a half after the figure.
  const half = i + 1 < end && tokens[i + 1]!.text === '1/2' ? 1 : 0;
  const stars = starsAfter(tokens, i + 1 + half, end);
  if (stars === undefined) return outOf(tokens, i, end, value);
  if (value + half / 2 > STAR_SCALE || countsStarThings(tokens, i, stars, end)) return undefined;
  return ratingHit(i, stars, value + half / 2, STAR_SCALE);
}

/** "The two star chefs", "three star players": a count of things that are stars, not stars given. */
function countsStarThings(tokens: readonly Token[], i: number, stars: number, end: number): boolean {
  const star = tokens[stars - 1]!;
  const next = stars < end ? tokens[stars] : undefined;
  return stars === i + 2 && star.normal === 'star' && next !== undefined && next.pos === 'NOUN' && next.normal !== next.lemma;
}

function afterRatingWord(tokens: readonly Token[], i: number, first: number): boolean {
  for (let k = Math.max(first, i - RATING_WORD_REACH); k < i; k++) if (RATING_WORDS.has(tokens[k]!.normal)) return true;
  return false;
}

/** A figure in digits or a number word from zero to ten. */
function wholeValue(token: Token): number | undefined {
  if (token.type === 'number') return DIGITS.test(token.text) ? Number(token.text) : undefined;
  return NUMBER_WORDS.get(token.normal);
}

/** One past "star(s)" right after `at`, or after a joining hyphen ("5-star"). */
function starsAfter(tokens: readonly Token[], at: number, end: number): number | undefined {
  const star = at < end && tokens[at]!.text === '-' ? at + 1 : at;
  return star < end && STARS.has(tokens[star]!.normal) ? star + 1 : undefined;
}

/** "4 out of 5", "9 out of 10 stars"; not a share of counted things ("8 out of 10 flights"). */
function outOf(tokens: readonly Token[], i: number, end: number, value: number): Hit | undefined {
  if (i + 3 >= end || tokens[i + 1]!.normal !== 'out' || tokens[i + 2]!.normal !== 'of') return undefined;
  const scale = wholeValue(tokens[i + 3]!);
  if (scale === undefined || !SCALES.has(scale) || value > scale) return undefined;
  const stars = starsAfter(tokens, i + 4, end);
  if (stars !== undefined) return ratingHit(i, stars, value, scale);
  const after = tokens[i + 4];
  if (i + 4 < end && COUNTED.has(after!.pos)) return undefined;
  return ratingHit(i, i + 4, value, scale);
}

/** Whether the text around a bare fraction at `i` makes it a rating rather than a date or a share. */
function saysRating(tokens: readonly Token[], i: number, first: number, end: number): boolean {
  if (afterRatingWord(tokens, i, first)) return true;
  let next = i + 1;
  if (next < end && tokens[next]!.text === ',') next++;
  if (next < end && tokens[next]!.normal === 'would') return true;
  // A verdict opening the text before a pause: "5/10 - mixed feelings", "2/10, avoid." (a date runs on: "2/10 flight").
  if (i === first && i + 1 < end && VERDICT_PAUSES.has(tokens[i + 1]!.text)) return true;
  for (let k = first; k < end; k++) if (k !== i && !isDecoration(tokens[k]!)) return false;
  return true;
}

const VERDICT_PAUSES = new Set([',', '-', '–', '—', ':', '!']);

const isDecoration = (token: Token) => token.type === 'punctuation' || token.type === 'emoji' || token.type === 'emoticon';

/** "★★★★☆": filled stars of all the stars in the run, when the run shows its scale (an empty star, or five). */
function starGlyphs(tokens: readonly Token[], i: number, end: number): Hit | undefined {
  let filled = 0;
  let k = i;
  for (; k < end && (tokens[k]!.text === FILLED_STAR || tokens[k]!.text === EMPTY_STAR); k++) {
    if (tokens[k]!.text === FILLED_STAR) filled++;
  }
  const scale = k - i;
  if (scale !== STAR_SCALE && filled === scale) return undefined;
  return scale >= 3 && scale <= 10 ? ratingHit(i, k, filled, scale) : undefined;
}

// Letter grades on a four-point scale, as a school's marks: "B+ for the food, F for the service", "A+ support".
const GRADES: ReadonlyMap<string, number> = new Map([
  ['A', 4],
  ['B', 3],
  ['C', 2],
  ['D', 1],
  ['F', 0],
]);
const GRADE_SCALE = 4;
const LABELLED = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const GRADE_STEP = 0.3;
// The stops that may close a signed grade: "A+.", "B+, would buy again", "A+!".
const STOPS = /^[.,;:!?)…]+$/;
const GRADE_SIGNS: ReadonlyMap<string, number> = new Map([
  ['+', GRADE_STEP],
  ['-', -GRADE_STEP],
]);

/**
 * A capital letter grade with its sign ("A+", "C-") standing apart from what follows, or without one before "for" ("F
 * for the service"). "A" without a sign is an article ("A for loop runs …"), "an A for effort" praises a try that
 * failed, a letter after a noun names an option, and a sign joined to what follows makes a word ("C-suite", "C++").
 */
function gradeAt(tokens: readonly Token[], i: number, first: number, end: number): Hit | undefined {
  // After a noun the letter is a label: "option B for the migration", "plan B", "type C".
  if (i > first && LABELLED.has(tokens[i - 1]!.pos)) return undefined;
  const sign = i + 1 < end ? GRADE_SIGNS.get(tokens[i + 1]!.text) : undefined;
  // The sign must touch the letter: "A - the first option" is a list.
  const signed = sign !== undefined && tokens[i + 1]!.start === tokens[i]!.end;
  const after = signed ? i + 2 : i + 1;
  const next = after < end ? tokens[after] : undefined;
  if (signed) {
    // A stop, a word apart or the end may follow; a word joined to the sign makes one ("C-suite", "C++").
    const stop = next !== undefined && STOPS.test(next.text);
    if (next !== undefined && !stop && (next.type !== 'word' || next.start === tokens[i + 1]!.end)) return undefined;
  } else if (tokens[i]!.text === 'A' || next?.normal !== 'for') return undefined;
  if (next?.normal === 'for' && tokens[after + 1]?.normal === 'effort') return undefined;
  return gradeHit(tokens, i, after, signed ? sign! : 0);
}

function gradeHit(tokens: readonly Token[], i: number, end: number, sign: number): Hit {
  const value = Math.max(0, Math.min(GRADE_SCALE, GRADES.get(tokens[i]!.text)! + sign));
  return ratingHit(i, end, value, GRADE_SCALE);
}

function ratingHit(first: number, end: number, value: number, scale: number): Hit {
  const valence = ratingValence(value, scale);
  return { first, end, entry: { term: `rating ${value}/${scale}`, valence, source: 'ratings' }, weight: valence, rules: ['rating'] };
}
