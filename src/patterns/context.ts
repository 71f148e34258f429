import type { SentenceSpan, Token } from '../doc/token.js';
import { isDeniedReluctance, isDispreference, isNegator, NEGATION_WINDOW } from '../doc/negators.js';
import { endsWithQuestionMark, isWhWord, windowStart } from '../doc/clause.js';

/** How a pattern match reads in its sentence. */
export interface MatchContext {
  /** A negator shortly before it in the same clause: "we are not planning to cancel". */
  negated: boolean;
  /** A hedge shortly before it: "we might move to …", "considering other vendors". */
  hedged: boolean;
  /** The sentence states a condition: "if this isn't fixed by Friday we will cancel". */
  conditional: boolean;
  /** A condition word comes before the match: it is part of what is supposed ("if it is down by Friday"), not a fact before it. */
  afterCondition: boolean;
  /** The sentence is a question. */
  question: boolean;
}

// Intents are verb phrases with an auxiliary before them ("are not going to cancel"): one token more than a word's.
const MATCH_NEGATION_WINDOW = NEGATION_WINDOW + 1;
const HEDGE_WINDOW = 5;
const HEDGES = new Set(['might', 'may', 'could', 'maybe', 'perhaps', 'possibly', 'consider', 'considering', 'wonder', 'wondering']);
const CONDITIONS = new Set(['if', 'unless', 'otherwise', 'until']);
const SUBJECTS = new Set(['i', 'we', 'they', 'you', 'he', 'she', 'my', 'our']);

/** What a sentence says about every match in it, read once per sentence so that many matches cost no more. */
export interface SentenceFacts {
  /** The first condition word ("if", "unless"), or -1. */
  firstCondition: number;
  conditional: boolean;
  question: boolean;
}

export function readSentenceFacts(tokens: readonly Token[], sentence: SentenceSpan): SentenceFacts {
  let firstCondition = -1;
  let orElse = false;
  for (let j = sentence.first; j < sentence.end && firstCondition === -1; j++) {
    if (CONDITIONS.has(tokens[j]!.normal)) firstCondition = j;
    else if (tokens[j]!.normal === 'or' && tokens[j + 1]?.normal === 'else') orElse = true;
  }
  return { firstCondition, conditional: firstCondition !== -1 || orElse, question: endsWithQuestionMark(tokens, sentence) };
}

/**
 * "If you don't fix it we will cancel": the negator belongs to the condition, not to the threat, when a
 * condition word comes before it and a new subject stands between it and the match.
 */
function insideCondition(tokens: readonly Token[], facts: SentenceFacts, negator: number, match: number): boolean {
  if (facts.firstCondition === -1 || facts.firstCondition >= negator) return false;
  for (let j = negator + 1; j < match; j++) if (SUBJECTS.has(tokens[j]!.normal)) return true;
  return false;
}

// How far after a dispreferred act its concession may come: "rather not switch vendors, but", "rather not have to
// escalate this with your management, but".
const CONCESSION_WINDOW = 8;

/** A "but" shortly after `first`: what was preferred against is coming all the same. */
function isConceded(tokens: readonly Token[], first: number, ceiling: number): boolean {
  const end = Math.min(ceiling, first + CONCESSION_WINDOW);
  for (let k = first + 1; k < end; k++) if (tokens[k]!.normal === 'but') return true;
  return false;
}

export function readMatchContext(
  tokens: readonly Token[],
  sentence: SentenceSpan,
  first: number,
  facts = readSentenceFacts(tokens, sentence),
): MatchContext {
  const negationStart = windowStart(tokens, first, sentence.first, MATCH_NEGATION_WINDOW);
  let negated = false;
  let dispreferred = false;
  // A match that opens with a preposition is an adjunct ("in three days", "by Friday"): a negator before it belongs to
  // the verb ("haven't heard back in three days", "isn't fixed by Friday"). Nor does one cross a wh-word: "I don't know
  // how to cancel" wants the cancelling, "not sure why we were charged twice" states the charge.
  if (tokens[first]!.pos !== 'ADP' && !isWhWord(tokens[first]!))
    for (let j = first - 1; j >= negationStart && !negated && !dispreferred && !isWhWord(tokens[j]!); j--) {
      // "I'd rather not have to escalate this, but …", "we'd prefer not to switch, but …": conceded, the act is weighed,
      // not ruled out, so a hedge; without the concession ("I'd rather not recommend it") it is a refusal.
      dispreferred = isDispreference(tokens, j, sentence.first) && isConceded(tokens, first, sentence.end);
      negated =
        !dispreferred &&
        isNegator(tokens, j, sentence.first) &&
        !insideCondition(tokens, facts, j, first) &&
        !(first - 2 >= sentence.first && isDeniedReluctance(tokens, first - 2, first));
    }
  const hedgeStart = windowStart(tokens, first, sentence.first, HEDGE_WINDOW);
  let hedged = dispreferred;
  for (let j = first - 1; j >= hedgeStart && !hedged; j--)
    hedged = HEDGES.has(tokens[j]!.normal) || (tokens[j]!.normal === 'thinking' && tokens[j + 1]?.normal === 'about');
  const afterCondition = facts.firstCondition !== -1 && facts.firstCondition < first;
  return { negated, hedged, conditional: facts.conditional, afterCondition, question: facts.question };
}
