import { windowEnd } from '../doc/clause.js';
import type { Token } from '../doc/token.js';
import type { Adjustment, Rule } from './rule.js';

// "Save" is praise when it spares someone something ("saved me hours", "saves us money", "time-saving"); in support
// and technical text it far more often stores something ("when saving the form", "my info is saved", "save it as
// xls"), which is no opinion at all.
const SAVE = new Set(['save', 'saves', 'saved', 'saving']);
// Who is spared: "saved me", "save yourself the trouble", "saves everyone a click".
const SPARED = new Set([
  'me',
  'us',
  'you',
  'him',
  'her',
  'myself',
  'ourselves',
  'yourself',
  'yourselves',
  'everyone',
  'everybody',
  'people',
]);
// What is spared or rescued: "save time", "saves a lot of effort", "saved my sanity", "saved our launch", "save 30 %".
const SPARED_THINGS = new Set(
  `time hours hour minutes minute days weeks months years effort work trouble hassle headache headaches pain grief
  sanity life lives day weekend job skin bacon butt launch release demo project deal money cash cost costs dollars
  bucks $ € £ % miles points credits space energy clicks steps lot lots tons ton boatload`.split(/\s+/),
);
// How far after "save" the thing spared may come: "saves a lot of time", "saved our whole launch".
const OBJECT_WINDOW = 4;

/** Whether the "save" at `at` spares something: a thing spared just before ("time-saving") or in its object. */
function spares(tokens: readonly Token[], at: number, first: number, end: number): boolean {
  const before = tokens[at - 1];
  if (at > first && before !== undefined && SPARED_THINGS.has(before.normal)) return true;
  if (SPARED.has(tokens[at + 1]?.normal ?? '')) return true;
  const to = windowEnd(tokens, at, end, OBJECT_WINDOW);
  for (let k = at + 1; k < to; k++) if (SPARED_THINGS.has(tokens[k]!.normal)) return true;
  return false;
}

/**
 * Mutes "save" that stores rather than spares: "errors when saving", "save the stream to a file", "my settings are
 * saved". Phrases the lexicon lists ("saved the day", "save time", "not save") are their own entries and untouched.
 */
export const stored: Rule = {
  name: 'stored',
  apply({ tokens, sentence, hits }) {
    const adjustments: Adjustment[] = [];
    hits.forEach((hit, index) => {
      if (hit.end - hit.first !== 1 || !SAVE.has(hit.entry.term) || hit.weight === 0) return;
      if (!spares(tokens, hit.first, sentence.first, sentence.end)) adjustments.push({ hit: index, factor: 0 });
    });
    return adjustments;
  },
};
