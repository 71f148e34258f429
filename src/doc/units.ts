import { isNumberToken, type Token } from './token.js';

/**
 * Units of time as chat and tweets abbreviate them after a number: "on hold 2 hrs", "waited 40 min", "45 mins and
 * counting". Read as the words they stand for, so that patterns ("# hours on hold"), the calm rule's spans of time and
 * movement sizes ("from 2 hrs to 10 mins") read them as they read "hours". Only after a number: alone, "min" is as
 * often "minimum" and "sec" a second of anything.
 */
const ABBREVIATED_UNITS: ReadonlyMap<string, { normal: string; lemma: string }> = new Map(
  (
    [
      ['hr', 'hour'],
      ['hrs', 'hours'],
      ['min', 'minute'],
      ['mins', 'minutes'],
      ['sec', 'second'],
      ['secs', 'seconds'],
      ['wk', 'week'],
      ['wks', 'weeks'],
      ['yr', 'year'],
      ['yrs', 'years'],
    ] as const
  ).map(([short, normal]) => [short, { normal, lemma: normal.replace(/s$/, '') }]),
);

// "$50 min order": a sum of money and a minimum, not minutes.
const CURRENCY = /^[$£€¥]$/;

/** The unit the abbreviation `normal` at `at` stands for after a number ("hrs" → "hours", lemma "hour"), or `undefined`. */
export function expandedUnit(normal: string, tokens: readonly Token[], at: number): { normal: string; lemma: string } | undefined {
  const unit = ABBREVIATED_UNITS.get(normal);
  if (unit === undefined) return undefined;
  const number = tokens[at - 1];
  // "2 hrs", "two hrs", "a few mins"; not a clock time ("5pm min").
  if (number === undefined || number.type === 'time' || !isNumberToken(number)) return undefined;
  const before = tokens[at - 2];
  return before !== undefined && before.end === number.start && CURRENCY.test(before.text) ? undefined : unit;
}

/**
 * A duration written as one word ("2hrs", "5hours", "90mins"), which wink-nlp reads as a clock time: split where the
 * digits end, so that it reads as a number and a unit. Clock times ("5am", "10:30pm") stay whole.
 */
const GLUED_DURATION = /^(\d+(?:\.\d+)?)(hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|wks?|months?)$/i;

/** The length of a glued duration's number ("2" of "2hrs"), or 0 when `value` is not one. */
export function gluedDurationSplit(value: string): number {
  const match = GLUED_DURATION.exec(value);
  return match ? match[1]!.length : 0;
}
