import { isClauseBreak } from '../doc/clause.js';
import { NOUN_TAGS } from '../doc/compound.js';
import type { Token } from '../doc/token.js';
import type { MovementTerm } from './compile.js';

// How large a movement says it is: percentages, factors, "in half", "from X to Y", degree adverbs.

export const PERCENT = new Set(['%', 'percent', 'pct']);
const FACTORS = new Set(['x', 'times', 'fold']);
// Units a "from X to Y" may carry, in seconds, so that "from 4 hours to 20 minutes" compares.
const TIME_UNITS: ReadonlyMap<string, number> = new Map([
  ['millisecond', 0.001],
  ['ms', 0.001],
  ['second', 1],
  ['sec', 1],
  ['s', 1],
  ['minute', 60],
  ['min', 60],
  ['hour', 3600],
  ['hr', 3600],
  ['h', 3600],
  ['day', 86_400],
  ['week', 604_800],
  ['month', 2_629_800],
  ['year', 31_557_600],
]);
const SIZE_REACH = 5;
// Adverbs that size a change without a figure: "rose sharply", "dropped slightly".
const DEGREES: ReadonlyMap<string, number> = new Map([
  ['sharply', 1],
  ['dramatically', 1],
  ['drastically', 1],
  ['massively', 1],
  ['significantly', 0.6],
  ['substantially', 0.6],
  ['considerably', 0.6],
  ['noticeably', 0.4],
  ['steadily', 0.4],
  ['slightly', 0.1],
  ['marginally', 0.1],
  ['somewhat', 0.2],
]);

/** How a movement's size reads: the change as |log2(new / old)|, and where the figures stand. */
export interface Size {
  change: number;
  first: number;
  end: number;
}

// A sharp direction ("double", "plummet") without a figure reads as a change by a factor of two.
const SHARP_CHANGE = 1;

/**
 * Figures after a direction (or after a metric, reaching `skip` tokens further): "up 30%", "by 3x", "in half", "from 4
 * hours to 20 minutes", "sharply"; or the direction's own sharpness.
 */
export function sizeAfter(tokens: readonly Token[], from: number, end: number, direction: MovementTerm, skip = 0): Size | undefined {
  for (let j = from; j < end && j < from + skip + SIZE_REACH && !isClauseBreak(tokens, j); j++) {
    const token = tokens[j]!;
    if (token.normal === 'from') {
      const figures = readFromTo(tokens, j, end);
      if (figures) return { change: Math.abs(Math.log2(figures.ratio)), first: j, end: figures.end };
    }
    if (token.normal === 'half' && (tokens[j - 1]?.normal === 'in' || tokens[j - 1]?.normal === 'by'))
      return { change: 1, first: j - 1, end: j + 1 };
    if (token.normal === 'twice') return { change: 1, first: j, end: j + 1 };
    const degree = DEGREES.get(token.normal);
    if (degree !== undefined) return { change: degree, first: j, end: j + 1 };
    const figure = token.type === 'number' ? readNumber(token) : undefined;
    if (figure !== undefined && j + 1 < end) {
      const unit = tokens[j + 1]!.normal;
      if (PERCENT.has(unit)) return { change: percentChange(figure, direction.sign), first: j, end: j + 2 };
      if (FACTORS.has(unit) && figure > 0) return { change: Math.abs(Math.log2(figure)), first: j, end: j + 2 };
    }
  }
  return direction.sharp ? { change: SHARP_CHANGE, first: from, end: from } : undefined;
}

/** "A 20% increase in costs": a percentage just before the direction. */
export function sizeBefore(tokens: readonly Token[], directionFirst: number, first: number): Size | undefined {
  const unit = directionFirst - 1;
  if (unit - 1 < first || !PERCENT.has(tokens[unit]!.normal)) return undefined;
  const figure = readNumber(tokens[unit - 1]!);
  return figure === undefined ? undefined : { change: percentChange(figure, 1), first: unit - 1, end: directionFirst };
}

const percentChange = (percent: number, sign: number) => Math.abs(Math.log2(Math.max(0.01, 1 + (sign * percent) / 100)));

function readNumber(token: Token): number | undefined {
  if (token.type !== 'number') return undefined;
  const value = Number.parseFloat(token.text.replace(/,/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

/** "from 45 to 12", "from 4 hours to 20 minutes": the ratio of the second figure to the first, in the same unit. */
export function readFromTo(tokens: readonly Token[], from: number, end: number): { ratio: number; end: number } | undefined {
  const before = readFigure(tokens, pastApproximation(tokens, from + 1, end), end);
  if (!before || tokens[before.end]?.normal !== 'to') return undefined;
  const after = readFigure(tokens, pastApproximation(tokens, before.end + 1, end), end);
  if (!after || before.value <= 0 || after.value < 0) return undefined;
  // Time units convert ("from 4 hours to 20 minutes"); other units must be the same on both sides, or stated once.
  const [unitBefore, unitAfter] = [before.unit ?? after.unit, after.unit ?? before.unit];
  const [secondsBefore, secondsAfter] = [TIME_UNITS.get(unitBefore ?? ''), TIME_UNITS.get(unitAfter ?? '')];
  let ratio = after.value / before.value;
  if (secondsBefore !== undefined && secondsAfter !== undefined) ratio *= secondsAfter / secondsBefore;
  else if (unitBefore !== unitAfter) return undefined;
  return { ratio: Math.max(0.001, ratio), end: after.end };
}

// A figure given roughly is still the figure: "from about 2 seconds to almost 20".
const APPROXIMATIONS = new Set([
  'about',
  'around',
  'almost',
  'nearly',
  'roughly',
  'approximately',
  'approx',
  'over',
  'under',
  'just',
  'barely',
  '~',
]);

function pastApproximation(tokens: readonly Token[], index: number, end: number): number {
  return index + 1 < end && APPROXIMATIONS.has(tokens[index]!.normal) ? index + 1 : index;
}

// Seconds written onto their figure ("20s") read as a decade to wink-nlp: after "from 2s to", they are seconds.
const SECONDS_WRITTEN_ON = /^(\d+(?:\.\d+)?)s$/;

/**
 * A span of time at `index` in seconds: "40 seconds", "about 2 minutes", "20s"; a bare number ("instead of 3") in
 * `unit` when one is given. Undefined for figures in other units.
 */
export function readDuration(
  tokens: readonly Token[],
  index: number,
  end: number,
  unit?: string,
): { seconds: number; unit: string; end: number } | undefined {
  const figure = readFigure(tokens, pastApproximation(tokens, index, end), end);
  const named = figure?.unit ?? unit;
  const seconds = TIME_UNITS.get(named ?? '');
  if (!figure || seconds === undefined || (figure.unit !== undefined && !TIME_UNITS.has(figure.unit))) return undefined;
  return { seconds: figure.value * seconds, unit: named!, end: figure.end };
}

/** A number and the unit after it, if any: "45", "4 hours", "30%", "200 ms", "8k.", "20s". */
function readFigure(tokens: readonly Token[], index: number, end: number): { value: number; unit?: string; end: number } | undefined {
  if (index >= end) return undefined;
  const token = tokens[index]!;
  const seconds = token.type === 'decade' ? SECONDS_WRITTEN_ON.exec(token.text) : null;
  if (seconds) return { value: Number.parseFloat(seconds[1]!), unit: 's', end: index + 1 };
  const next = tokens[index + 1];
  const value = readNumber(token) ?? timeInWords(token, next);
  // "From hours to days": units in the plural, with no figure, compare as one of each.
  if (value === undefined) return isBareTimeUnit(token) ? { value: 1, unit: token.lemma, end: index + 1 } : undefined;
  if (next && index + 1 < end) {
    if (PERCENT.has(next.normal)) return { value, unit: '%', end: index + 2 };
    // A unit that ends its sentence may keep the period: "to 8k." is read as "8" and "k.".
    const [lemma, normal] = [withoutPeriod(next.lemma), withoutPeriod(next.normal)];
    const unit = TIME_UNITS.has(lemma) ? lemma : TIME_UNITS.has(normal) ? normal : undefined;
    if (unit !== undefined || NOUN_TAGS.has(next.pos) || normal !== next.normal) return { value, unit: unit ?? lemma, end: index + 2 };
  }
  return { value, end: index + 1 };
}

// "From two days to over a week": a number in words, or an article, counts a time unit after it.
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['an', 1],
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map(
    (word, k) => [word, k + 1] as [string, number],
  ),
]);

const timeInWords = (token: Token, next: Token | undefined): number | undefined =>
  next !== undefined && TIME_UNITS.has(next.lemma) ? NUMBER_WORDS.get(token.normal) : undefined;

/** "hours", "days": a time unit in the plural, standing for an amount of it ("day to day" is no amount). */
const isBareTimeUnit = (token: Token): boolean => token.normal !== token.lemma && token.normal.endsWith('s') && TIME_UNITS.has(token.lemma);

const withoutPeriod = (word: string) => (word.length > 1 && word.endsWith('.') ? word.slice(0, -1) : word);
