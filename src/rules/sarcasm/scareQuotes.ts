import { isClauseLimit } from '../../doc/clause.js';
import { CLOSING_QUOTES, OPENING_QUOTES } from '../../doc/quotes.js';
import type { Token } from '../../doc/token.js';
import type { Hit } from '../../lexicon/hit.js';
import type { SarcasmCue } from './cue.js';

// Weak words in quotes ("okay") are more often reported speech than irony.
const MIN_QUOTED_PRAISE = 0.3;
// Scare quotes sit in a noun phrase: "the 'fix'", "your \"support\"", "so-called 'experts'". A quoted word
// after anything else is emphasis ("\"HAPPY\" is how …") or a quotation.
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'your',
  'our',
  'their',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'my',
  'another',
  'such',
  'so-called',
  'called',
]);

// A status quoted after "as" or "marked" ("closed as 'resolved'", "marked \"fixed\"") may be the label itself; with a
// complaint after it ("but nothing was fixed") it is irony. A problem named before it is what the status is about: "the
// bug is marked as 'fixed'".
const STATUS_LEADS = new Set(['as', 'marked']);

/**
 * Praise in scare quotes after a determiner (and at most one adjective): the 'fix', our "support", the new "improved"
 * navigation (listed in lexicon data), another
 * "great" update (any strong praise word); and a quoted status before a complaint: closed as 'resolved', but nothing
 * was fixed.
 */
export const scareQuotes: SarcasmCue = {
  name: 'scare-quotes',
  confidence: 0.7,
  detect({ tokens, sentence, hits }) {
    // Any praise word in quotes needs a complaint beside it to be irony; the listed words ('fix') do not.
    const complaint = hits.some((hit) => hit.weight < 0);
    const praised = (hit: Hit) =>
      hit.weight > 0 && (hit.entry.cue === 'scare-quotes' || (hit.entry.valence >= MIN_QUOTED_PRAISE && complaint));
    // Most sentences hold no candidate: they return without building a list.
    if (!hits.some(praised)) return [];
    const mocked = hits.flatMap((hit, index) => {
      if (!praised(hit)) return [];
      const before = tokens[hit.first - 1];
      const after = tokens[hit.end];
      // Quoted thanks opening a sentence: "'Thanks' for the voucher in return for a lost bag."
      const thanksFor =
        hit.first - 1 === sentence.first &&
        OPENING_QUOTES.has(before?.text ?? '') &&
        CLOSING_QUOTES.has(after?.text ?? '') &&
        tokens[hit.end + 1]?.normal === 'for';
      if (thanksFor) return [index];
      const quoted =
        hit.first - 1 > sentence.first &&
        hit.end < sentence.end &&
        OPENING_QUOTES.has(before?.text ?? '') &&
        CLOSING_QUOTES.has(after?.text ?? '');
      if (!quoted) return [];
      const lead = tokens[hit.first - 2]!.normal;
      if (DETERMINERS.has(lead)) return [index];
      // One adjective may stand between: the new "improved" navigation, our latest "fix".
      const described = tokens[hit.first - 2]!.pos === 'ADJ' && hit.first - 3 >= sentence.first;
      if (described && DETERMINERS.has(tokens[hit.first - 3]!.normal)) return [index];
      return STATUS_LEADS.has(lead) && hits.some((other) => other.first >= hit.end && other.weight < 0) ? [index] : [];
    });
    // The praise that frames a mocked word in its clause is mocked with it: "Really loving the new "improved" navigation",
    // "thanks for the 'fix'". A contrast or a clause stop ends the frame: "the team was great, but the 'fix' broke more".
    // Each walk back stops at the mocked word before it, which walks on from there: every hit is passed once.
    const quotedWords = new Set(mocked);
    for (const index of quotedWords) {
      for (let k = index - 1; k >= 0 && !quotedWords.has(k) && framed(tokens, hits[k]!.end, hits[k + 1]!.first); k--) {
        if (hits[k]!.weight > 0) mocked.push(k);
      }
    }
    return mocked;
  },
};

/** Whether the tokens from `from` up to `to` stay in one clause. */
function framed(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isClauseLimit(tokens[k]!) || tokens[k]!.text === ',') return false;
  return true;
}
