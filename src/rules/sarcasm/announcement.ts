import { isContrastWord } from '../../doc/clause.js';
import { THANKS_WORDS } from '../../doc/feelings.js';
import { OPENING_QUOTES } from '../../doc/quotes.js';
import { isJoiningHyphen, type Token } from '../../doc/token.js';
import type { SarcasmCue } from './cue.js';
import { isPraise } from './contrast.js';
import { sumWeights } from './interjection.js';

// Marks that announce what follows: "What a great way to start the week: …", "Perfect timing — …".
const ANNOUNCING = new Set([':', '—', '–', '--', '-']);
// An announcement is short ("Perfect timing:", "What a great way to start the week:"); a longer stretch before a colon or
// a dash is a sentence of its own, whose praise means what it says.
const LONGEST_HEAD = 8;
// What follows must be clearly negative, as after an interjection.
const NEGATIVE_NEWS = -0.4;
// Praise about a wish or a condition announces a request: "It would be great: …".
const UNREAL = new Set(['if', 'would', 'wish', 'hope', 'unless']);

/** The announcing mark that ends a short head of the sentence, a hyphen only where it stands apart ("great - now …"), or -1. */
function announcingMark(tokens: readonly Token[], first: number, end: number): number {
  for (let k = first + 1; k < Math.min(end - 1, first + LONGEST_HEAD + 1); k++) {
    if (ANNOUNCING.has(tokens[k]!.text) && !isJoiningHyphen(tokens, k)) return k;
  }
  return -1;
}

/**
 * Praise that announces bad news after a colon or a dash: "What a great way to start the week: the billing portal is
 * down again", "Lovely surprise this morning — another price increase". The praise stands in the announcing part with
 * no complaint beside it, and what it announces is clearly negative; good news after it ("Great news: the outage is
 * resolved") is sincere.
 */
export const announcement: SarcasmCue = {
  name: 'announcement',
  confidence: 0.7,
  detect({ tokens, sentence, hits }) {
    if (hits.length < 2) return [];
    const mark = announcingMark(tokens, sentence.first, sentence.end);
    if (mark === -1) return [];
    let split = 0;
    while (split < hits.length && hits[split]!.end <= mark) split++;
    if (split === 0 || split === hits.length || hits[split]!.first < mark) return [];
    // A quotation after the mark is what someone said, not news: 'Best comment so far: "That is terrifying."'
    if (OPENING_QUOTES.has(tokens[mark + 1]!.text)) return [];
    // A contrast after it weighs one thing against another ("Decent food in cute - though a bit dank - …, but service
    // terrible"): the praise is meant.
    for (let k = mark + 1; k < sentence.end; k++) if (isContrastWord(tokens[k]!)) return [];
    const head = hits.slice(0, split);
    // Thanks before a report is a reply's opening, not a verdict: "Thanks for the update: still broken."
    if (head.some((hit) => hit.weight < 0) || !head.some((hit) => isPraise(tokens, hit) && !THANKS_WORDS.has(tokens[hit.first]!.lemma)))
      return [];
    for (let k = sentence.first; k < mark; k++) if (UNREAL.has(tokens[k]!.normal)) return [];
    if (sumWeights(hits.slice(split)) > NEGATIVE_NEWS) return [];
    return head.flatMap((hit, index) => (hit.weight > 0 ? [index] : []));
  },
};
