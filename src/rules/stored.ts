import { windowEnd, windowStart } from '../doc/clause.js';
import { isNegator } from '../doc/negators.js';
import type { Token } from '../doc/token.js';
import type { Adjustment, Rule } from './rule.js';

// "Save" is praise when it spares, rescues or keeps something for someone ("saved me hours", "saves us money",
// "time-saving", "save room for dessert", "the atmosphere saves it"); in support and technical text it often stores
// something ("when saving the form", "my info is saved", "save it as xls"), which is no opinion at all.
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
// What is spared, rescued or kept for someone: "save time", "saves a lot of effort", "saved my sanity", "saved our
// launch", "save the world", "save 30 %", "saved me a seat".
const SPARED_THINGS = new Set(
  `time hours hour minutes minute days weeks months years effort work trouble hassle headache headaches pain grief
  sanity life lives day weekend job skin bacon butt launch release demo project deal world money cash cost costs dollars
  bucks $ € £ % mile miles points credits space energy clicks steps seat seats spot lot lots tons ton boatload`.split(/\s+/),
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

// What is stored, and where: data and the things of an app that hold it ("save the file", "saving your changes", "save my
// settings", "save them on the computer", "save for later").
const STORED_THINGS = new Set(
  `file files document documents doc docs data changes change edits form forms draft drafts settings setting
  preferences image images photo photos picture pictures screenshot state context stream record records entry entries
  note notes page pages config configuration template templates view views filter filters query queries report reports
  progress password credentials details info information copy version output results computer disk drive desktop folder
  device cloud later`.split(/\s+/),
);
// Where saving is an operation that was run: "when saving", "error saving", "failed to save", "while saving".
const OPERATION_BEFORE = new Set(['when', 'while', 'after', 'before', 'upon', 'during', 'on', 'error', 'errors']);
const FAILED = new Set(['failed', 'fails', 'fail', 'failing', 'unable']);
const PASSIVE = new Set(['be', 'get']);

// A save that failed is a fault, not a store ("my changes did not save", "the papers could not be saved"); what a thing
// lets its user do is told of the thing, in a review as a merit ("an option to save your documents as Word files", "you
// can save it to any folder"). Either is said within a few words before the verb, in its clause.
const CAPABLE = new Set(['can', 'could', 'able', 'option', 'options', 'ability', 'lets', 'allows', 'allow', 'let']);
const MODIFIER_REACH = 3;

/** A negator or a word of capability in the few words before the "save" at `at`. */
function isDeniedOrAllowed(tokens: readonly Token[], at: number, first: number): boolean {
  for (let k = windowStart(tokens, at, first, MODIFIER_REACH); k < at; k++)
    if (CAPABLE.has(tokens[k]!.normal) || isNegator(tokens, k, first)) return true;
  return false;
}

/** Whether the "save" at `at` stores: as a run operation, in the passive, or of data ("save the file as xls"). */
function stores(tokens: readonly Token[], at: number, first: number, end: number): boolean {
  const before = at > first ? tokens[at - 1]! : undefined;
  if (before && OPERATION_BEFORE.has(before.normal)) return true;
  if (before?.normal === 'to' && at - 2 >= first && FAILED.has(tokens[at - 2]!.normal)) return true;
  // "My info is saved", "the changes were not saved"; not "we were saved by the support team".
  if (before && PASSIVE.has(before.lemma) && tokens[at]!.normal === 'saved' && tokens[at + 1]?.normal !== 'by') return true;
  const to = windowEnd(tokens, at, end, OBJECT_WINDOW);
  for (let k = at + 1; k < to; k++) if (STORED_THINGS.has(tokens[k]!.normal) || tokens[k]!.normal === 'as') return true;
  return false;
}

/**
 * Mutes "save" that stores rather than spares: "errors when saving", "save the stream to a file", "my settings are
 * saved". A "save" that spares wins over one that stores ("saves us hours when exporting files"); one that does neither
 * ("save room for dessert") keeps the lexicon's reading. Phrases the lexicon lists ("saved the day", "save time", "not
 * save") are their own entries and untouched.
 */
export const stored: Rule = {
  name: 'stored',
  apply({ tokens, sentence, hits }) {
    const adjustments: Adjustment[] = [];
    hits.forEach((hit, index) => {
      if (hit.end - hit.first !== 1 || !SAVE.has(hit.entry.term) || hit.weight === 0) return;
      const { first, end } = sentence;
      if (!spares(tokens, hit.first, first, end) && !isDeniedOrAllowed(tokens, hit.first, first) && stores(tokens, hit.first, first, end))
        adjustments.push({ hit: index, factor: 0 });
    });
    return adjustments;
  },
};
