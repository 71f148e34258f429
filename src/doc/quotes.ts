// Quote marks that open and close a quotation or scare quotes: read by the sarcasm rule ("the 'fix'") and by
// lexicon matching (a word in scare quotes).
export const OPENING_QUOTES: ReadonlySet<string> = new Set(["'", '"', '‘', '“']);
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(["'", '"', '’', '”']);

// How many words scare quotes hold: "the 'fix'", the "quick fix", our "dedicated support team".
const SCARE_QUOTED_WORDS = 3;

/** Whether the word at `at` stands inside short quotes: the "quick fix" took three sprints. */
export function isInShortQuotes(tokens: readonly { text: string }[], at: number, floor: number, end: number): boolean {
  let open = -1;
  for (let k = at - 1; k >= Math.max(floor, at - SCARE_QUOTED_WORDS); k--)
    if (OPENING_QUOTES.has(tokens[k]!.text)) {
      open = k;
      break;
    }
  if (open === -1) return false;
  for (let k = at + 1; k < end && k <= open + SCARE_QUOTED_WORDS + 1; k++) if (CLOSING_QUOTES.has(tokens[k]!.text)) return true;
  return false;
}
