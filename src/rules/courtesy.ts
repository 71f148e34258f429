import type { SentenceSpan, Token } from '../doc/token.js';
import type { Adjustment, Rule } from './rule.js';

// Politeness is how support mail is written, not how the writer feels: "Kindly escalate", "Thank you for
// the quick reply. Unfortunately …". Courtesy words keep their sign but little of their weight.
export const COURTESY_FACTOR = 0.4;

const COURTESY = new Set([
  'thanks',
  'thank',
  'thx',
  'ty',
  'kindly',
  'appreciate',
  'cheers',
  'sorry',
  'apologies',
  'apologize',
  'apologise',
  'welcome',
  'dear',
  'good luck',
]);

// "I appreciate how transparent your team was", "appreciate how quickly you fixed it": an appreciation of how something
// was done is a verdict on it, not a formula.
const APPRAISING = new Set(['appreciate']);

// "Do you know which gate? Thanks.", "Thanks. Will the A380s fly this route soon?": thanks beside a question is thanks in
// advance for an answer, a formula of asking, and weighs less than thanks for something done.
const THANKING = new Set(['thanks', 'thank', 'thx', 'ty', 'cheers']);
export const IN_ADVANCE_FACTOR = 0.2;
// How far the next sentence is looked into for its question mark: a sentence of a tweet or a request, not a page.
const NEXT_REACH = 40;

// "Thank you for the transfer. Will my bags go too?": thanks for something done, not for the answer to come. "Thank
// God" is relief.
const FOR_SOMETHING = new Set(['for', 'god', 'goodness', 'heavens']);

function thanksForSomething(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end]?.normal === 'you' ? tokens[end + 1] : tokens[end];
  return next !== undefined && FOR_SOMETHING.has(next.normal);
}

/** Whether the sentence, the one before it or the one after it asks a question. */
function besideQuestion(tokens: readonly Token[], first: number, end: number): boolean {
  if (first > 0 && tokens[first - 1]!.text === '?') return true;
  for (let k = first; k < end; k++) if (tokens[k]!.text === '?') return true;
  const reach = Math.min(tokens.length, end + NEXT_REACH);
  for (let k = end; k < reach; k++) {
    const text = tokens[k]!.text;
    if (text === '?') return true;
    if (text === '.' || text === '!') return false;
  }
  return false;
}

// "Dear team,", "Dear Sir or Madam,", "Dear Ms. Lee,": a letter's salutation opens a sentence and ends at a comma or a line
// break within a few words. It is the form of a letter, and weighs nothing.
const SALUTATION_REACH = 4;

function isSalutation(tokens: readonly Token[], hit: { first: number; end: number }, sentence: SentenceSpan): boolean {
  if (tokens[hit.first]!.normal !== 'dear' || hit.first !== sentence.first) return false;
  for (let k = hit.end; k <= Math.min(sentence.end, hit.end + SALUTATION_REACH); k++) {
    // A line of its own: "Dear support" above the message.
    if (k === sentence.end) return k > hit.end && tokens[k - 1]!.type === 'word';
    const token = tokens[k]!;
    if (token.text === ',' || token.type === 'tabCRLF') return k > hit.end;
    if (token.type !== 'word' && token.text !== '.') return false;
  }
  return false;
}

/** Damps courtesy words ("thanks", "kindly", "sorry") so politeness cannot outweigh the complaint it wraps. */
export const courtesy: Rule = {
  name: 'courtesy',
  marks: ['politeness'],
  apply({ tokens, sentence, hits }) {
    const adjustments: Adjustment[] = [];
    let asking: boolean | undefined;
    for (let index = 0; index < hits.length; index++) {
      const hit = hits[index]!;
      if (!COURTESY.has(hit.entry.term)) continue;
      if (APPRAISING.has(hit.entry.term) && tokens[hit.end]?.normal === 'how') continue;
      if (isSalutation(tokens, hit, sentence)) {
        adjustments.push({ hit: index, factor: 0 });
        continue;
      }
      const inAdvance =
        THANKING.has(hit.entry.term) &&
        !thanksForSomething(tokens, hit.end) &&
        (asking ??= besideQuestion(tokens, sentence.first, sentence.end));
      adjustments.push({ hit: index, factor: inAdvance ? IN_ADVANCE_FACTOR : COURTESY_FACTOR });
    }
    return adjustments;
  },
};
