// Quote marks that open and close a quotation or scare quotes: read by the sarcasm rule ("the 'fix'") and by
// lexicon matching (a word in scare quotes).
export const OPENING_QUOTES: ReadonlySet<string> = new Set(["'", '"', '‘', '“']);
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(["'", '"', '’', '”']);
