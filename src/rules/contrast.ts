import { concededClauseEnd } from '../doc/clause.js';
import type { Token } from '../doc/token.js';
import type { Adjustment, Rule } from './rule.js';

// VADER's "but" weighting: the clause before the contrast counts half, the one after one and a half.
export const CONCEDED_FACTOR = 0.5;
export const VERDICT_FACTOR = 1.5;

// "X but Y", "X; however Y": the verdict follows the marker.
const VERDICT_FOLLOWS = new Set(['but', 'however']);
// "Although X, Y", "Y, though X": the marker opens the conceded clause.
const CONCESSION_FOLLOWS = new Set(['although', 'though', 'despite', 'albeit']);
const OPENING_CONCESSION = new Set(['while', 'whilst']);
// How far into its sentence "though" may stand and still open the verdict: "Lately though, …".
const OPENING_WORDS = 2;
// "but" that is not a contrast: "not only … but", "anything but", "last but not least", "but also".
const NOT_CONTRAST_BEFORE = new Set(['anything', 'nothing', 'all', 'last']);

// "It's a small thing, but the date picker is wrong": what follows the writer's own understatement is the report, told
// as calmly as it was introduced, not a verdict raised above the clause before it.
const SMALL = new Set(['small', 'minor', 'tiny', 'little', 'slight']);
const SMALL_THINGS = new Set(['thing', 'issue', 'point', 'detail', 'request', 'nit', 'one', 'note', 'gripe', 'quibble']);

/** Whether the clause `[first, end)` plays down what follows: "a small thing", "minor issue", "not a big deal", "nitpick". */
function playsDown(tokens: readonly Token[], first: number, end: number): boolean {
  for (let k = first; k < end; k++) {
    const word = tokens[k]!.normal;
    if (word === 'nitpick' || word === 'nit-pick') return true;
    if (SMALL.has(word) && k + 1 < end && SMALL_THINGS.has(tokens[k + 1]!.lemma)) return true;
    if (word !== 'big' || tokens[k + 1]?.normal !== 'deal' || k === first) continue;
    // "No big deal", "not a big deal"; "a big deal" is one.
    const before = tokens[k - 1]!.normal;
    if (before === 'no' || (before === 'a' && k - 2 >= first && tokens[k - 2]!.normal === 'not')) return true;
  }
  return false;
}

function isContrastBut(tokens: readonly Token[], index: number, first: number): boolean {
  if (tokens[index + 1]?.normal === 'also') return false;
  if (index > first && NOT_CONTRAST_BEFORE.has(tokens[index - 1]!.normal)) return false;
  for (let k = first; k < index - 1; k++) {
    if (tokens[k]!.normal === 'not' && tokens[k + 1]!.normal === 'only') return false;
  }
  return true;
}

/** Shifts weight to the clause that carries the verdict around "but", "however", "although", "though". */
export const contrast: Rule = {
  name: 'contrast',
  apply({ tokens, sentence, hits }) {
    const { first, end } = sentence;
    for (let m = first; m < end; m++) {
      const word = tokens[m]!.normal;
      if (VERDICT_FOLLOWS.has(word) && (word !== 'but' || isContrastBut(tokens, m, first))) {
        const verdict = playsDown(tokens, first, m) ? 1 : VERDICT_FACTOR;
        return [...scaleHitsBetween(hits, first, m, CONCEDED_FACTOR), ...scaleHitsBetween(hits, m + 1, end, verdict)];
      }
      // "Lately though, it got slower", "One question though, …": "though" and a comma after the sentence's first word or
      // two is "however", and the verdict follows.
      if (word === 'though' && m - first <= OPENING_WORDS && tokens[m + 1]?.text === ',')
        return scaleHitsBetween(hits, m + 1, end, VERDICT_FACTOR);
      if (CONCESSION_FOLLOWS.has(word)) return concession(tokens, hits, m, first, end);
      // "While the ideas are far from novel, they're presented with wit": opening the sentence, "while" concedes too;
      // inside it, it joins two clauses of equal weight ("the UI is nice while the API is slow").
      if (OPENING_CONCESSION.has(word) && m === first) return concession(tokens, hits, m, first, end);
    }
    return [];
  },
};

function concession(
  tokens: readonly Token[],
  hits: readonly { first: number }[],
  marker: number,
  first: number,
  end: number,
): Adjustment[] {
  const opensSentence = marker === first || (marker === first + 1 && tokens[first]!.normal === 'even');
  if (!opensSentence) {
    // "It works, though it is slow": the main clause before the marker is the verdict.
    return [...scaleHitsBetween(hits, first, marker, VERDICT_FACTOR), ...scaleHitsBetween(hits, marker + 1, end, CONCEDED_FACTOR)];
  }
  // "Although it is slow, it works": the conceded clause runs to the first comma; without one the split is unknown.
  const comma = concededClauseEnd(tokens, { first, end });
  if (comma === -1) return [];
  return [...scaleHitsBetween(hits, marker + 1, comma, CONCEDED_FACTOR), ...scaleHitsBetween(hits, comma + 1, end, VERDICT_FACTOR)];
}

/** All adjustments for hits whose first token is in `[from, to)`. */
export function scaleHitsBetween(
  hits: readonly { first: number }[],
  from: number,
  to: number,
  factor: number,
): { hit: number; factor: number }[] {
  const adjustments: { hit: number; factor: number }[] = [];
  hits.forEach((hit, index) => {
    if (hit.first >= from && hit.first < to) adjustments.push({ hit: index, factor });
  });
  return adjustments;
}
