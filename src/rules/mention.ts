import { CLOSING_QUOTES, OPENING_QUOTES } from '../doc/quotes.js';
import type { Token } from '../doc/token.js';
import type { Adjustment, Rule } from './rule.js';

// 'What does "critical" mean in your SLA?', 'the status "resolved"', 'a label called "urgent"': a word in quotes that is
// named, defined or asked about is the word itself, not the writer's opinion.

// How many words a quotation may hold and still be a name: "fair use", "high priority", "not a bug".
const MAX_QUOTED = 4;
// After the closing quote: "… means", "… stands for", "… refers to".
const MEANING = new Set(['mean', 'means', 'meant', 'stand', 'stands', 'refer', 'refers', 'imply', 'implies', 'signify', 'signifies']);
// Before the opening quote: "the term", "a status called", "labelled as". Not "marked as" or "closed as": a status set
// before a complaint is the scare-quotes cue's ('marked as "resolved" but the export still fails').
const NAMING = new Set(['term', 'word', 'phrase', 'label', 'status', 'tag', 'called', 'named', 'labelled', 'labeled', 'titled']);
// "labelled as", "set to": a preposition may stand between the naming word and the quote.
const NAMING_PREPOSITIONS = new Set(['as', 'to']);

/** The quotation around `[first, end)`: its opening and closing quote marks, or undefined. */
function quotationAround(tokens: readonly Token[], first: number, end: number, floor: number, ceiling: number) {
  const lowest = Math.max(floor, end - MAX_QUOTED - 1);
  let open = first - 1;
  while (open >= lowest && !OPENING_QUOTES.has(tokens[open]!.text)) open--;
  if (open < lowest) return undefined;
  const highest = Math.min(ceiling - 1, open + MAX_QUOTED + 1);
  let close = end;
  while (close <= highest && !CLOSING_QUOTES.has(tokens[close]!.text)) close++;
  return close <= highest ? { open, close } : undefined;
}

function isNamed(tokens: readonly Token[], open: number, close: number, floor: number, ceiling: number): boolean {
  if (close + 1 < ceiling && MEANING.has(tokens[close + 1]!.normal)) return true;
  let before = open - 1;
  if (before >= floor && NAMING_PREPOSITIONS.has(tokens[before]!.normal)) before--;
  return before >= floor && NAMING.has(tokens[before]!.normal);
}

/** Mutes a word in quotes that is named or asked about: 'what "fair use" means', 'the status "resolved"'. */
export const mention: Rule = {
  name: 'mention',
  apply({ tokens, sentence, hits }) {
    const adjustments: Adjustment[] = [];
    hits.forEach((hit, index) => {
      const quotation = quotationAround(tokens, hit.first, hit.end, sentence.first, sentence.end);
      if (quotation && isNamed(tokens, quotation.open, quotation.close, sentence.first, sentence.end))
        adjustments.push({ hit: index, factor: 0 });
    });
    return adjustments;
  },
};
