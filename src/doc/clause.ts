import { isJoiningHyphen, type SentenceSpan, type Token } from './token.js';

// One definition of a clause, read at three reaches (below). Words that set one clause against another bound all of
// them: "fast, but noisy", "although it works, …", "fast yet noisy"; "while", contrasting or telling time, starts
// another clause either way.
const CONTRAST_WORDS = new Set(['but', 'however', 'although', 'though', 'whereas', 'except', 'yet', 'while']);

/** A word that ends one side of a contrast: where sarcasm's praise and its bad situation must not be split. */
export function isContrastWord(token: Token): boolean {
  return CONTRAST_WORDS.has(token.normal);
}

// Words that open the condition a clause holds under: "it hands off to a human when it gets stuck".
const CONDITION_WORDS = new Set(['when', 'whenever', 'if', 'once', 'unless']);

/** A word that opens a condition: what follows it is when the clause before holds, not what that clause says happened. */
export function opensCondition(token: Token): boolean {
  return CONDITION_WORDS.has(token.normal);
}

// An opinion reaches across commas ("the screen, sadly, is dim") and reasons ("love it because the screen is sharp";
// as a limit, "because" cost 0.1 point of aspect polarity accuracy), up to a contrast or a stronger stop.
const LIMIT_PUNCTUATION = new Set([';', ':', '—', '–', '--']);

/** Where an opinion's reach over aspects ends: a contrast word or a stop stronger than a comma. */
export function isClauseLimit(token: Token): boolean {
  return CONTRAST_WORDS.has(token.normal) || LIMIT_PUNCTUATION.has(token.text);
}

// Punctuation that closes a clause: rules that look back from a word never look past one.
const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '(', ')', '—', '–', '--', '.', '!', '?', '...', '…', '"', '“', '”']);
// A word's modifiers also stay on their side of a reason or a concession ("because", "despite"). A negation's window
// crosses "yet", an adverb inside negations: "not fixed yet".
const CLAUSE_WORDS = new Set([...CONTRAST_WORDS, 'despite', 'because'].filter((word) => word !== 'yet'));

// A modifier said twice ("really, really worried", "very, very slow") adds emphasis: its comma starts nothing.
const REPEATED_MODIFIER = new Set(['ADV', 'ADJ']);

/**
 * Where the window of a word-level rule (negation, intensifiers, conditions) ends: any clause punctuation or word, but
 * not the comma of a repeated modifier.
 */
export function isClauseBreak(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  if (token.text === ',' && isRepetitionComma(tokens, at)) return false;
  return CLAUSE_PUNCTUATION.has(token.text) || CLAUSE_WORDS.has(token.normal);
}

function isRepetitionComma(tokens: readonly Token[], at: number): boolean {
  const [before, after] = [tokens[at - 1], tokens[at + 1]];
  return before !== undefined && after !== undefined && before.normal === after.normal && REPEATED_MODIFIER.has(before.pos);
}

/**
 * The first index of the window before `index`: at most `size` tokens back, never before `floor`,
 * and never across a clause break.
 */
export function windowStart(tokens: readonly Token[], index: number, floor: number, size: number): number {
  let start = index;
  let counted = 0;
  while (start > floor && counted < size && !isClauseBreak(tokens, start - 1)) {
    start--;
    if (!isJoiningHyphen(tokens, start)) counted++;
  }
  return start;
}

/**
 * The end (exclusive) of the window after `index`: at most `size` tokens forward, never past `ceiling`,
 * and never across a clause break.
 */
export function windowEnd(tokens: readonly Token[], index: number, ceiling: number, size: number): number {
  let end = index + 1;
  let counted = 0;
  while (end < ceiling && counted < size && !isClauseBreak(tokens, end)) {
    if (!isJoiningHyphen(tokens, end)) counted++;
    end++;
  }
  return end;
}

// An embedded question opens a clause of its own: "I don't understand why we were charged", "not sure how to cancel".
// A wh-word's clause is presupposed (the charge happened, the cancelling is wanted), so a negator before it denies only
// the knowing; "if" and "whether" ask whether it is so at all.
const WH_WORDS = new Set(['why', 'how', 'what', 'where', 'when', 'who', 'whom', 'whose', 'which']);
const POLAR_QUESTION_WORDS = new Set(['if', 'whether']);

/** A word that opens an embedded question whose content it takes as given: "why", "how", "what", ... */
export function isWhWord(token: Token): boolean {
  return WH_WORDS.has(token.normal);
}

/** A word that opens any embedded question: a wh-word, "if" or "whether". */
export function opensEmbeddedQuestion(token: Token): boolean {
  return WH_WORDS.has(token.normal) || POLAR_QUESTION_WORDS.has(token.normal);
}

/**
 * Whether a sentence is asked: its last token is "?". The rules that read what a sentence asks (a fix asked about, a
 * concern or a way asked for) and the patterns' context share this reading; the `question` rule also looks past emoji.
 */
export function endsWithQuestionMark(tokens: readonly Token[], sentence: SentenceSpan): boolean {
  return tokens[sentence.end - 1]?.text === '?';
}

// Words that, opening a sentence, concede its first clause up to the first comma: "Although the setup was painful, the
// result is excellent", "While we enjoyed the food, the service was poor", "Even though …, …".
const CONCEDING = new Set(['although', 'though', 'despite', 'albeit', 'while', 'whilst']);

/**
 * The comma that closes a conceded clause opening the sentence, or -1: the contrast rule weighs the two sides, and
 * aspects take each side's opinions for its own things. Without a comma the split is unknown.
 */
export function concededClauseEnd(tokens: readonly Token[], sentence: SentenceSpan): number {
  let opener = sentence.first;
  if (tokens[opener]?.normal === 'even' && opener + 1 < sentence.end) opener++;
  if (!CONCEDING.has(tokens[opener]?.normal ?? '')) return -1;
  for (let k = opener + 1; k < sentence.end; k++) if (tokens[k]!.text === ',') return k;
  return -1;
}
