import { NEGATION_SCALAR } from '../doc/negators.js';
import type { Token } from '../doc/token.js';
import type { Rule } from './rule.js';

// A question asks about a state rather than asserting it ("Is it working?"), so its words count half.
export const QUESTION_FACTOR = 0.5;
// Emoji and emoticons may follow the question mark without changing that it is a question.
const TRAILING = new Set(['emoji', 'emoticon']);

// "Who decided to move the settings menu?", "who thought this was a good idea?": asking who is to blame.
const BLAMING = new Set(['decided', 'thought']);
// "Will this ever be fixed?", "Is support ever going to reply?", "Does it ever load?": asking whether an overdue thing
// will happen at all. "Have you ever tried …?" and "Did you ever get …?" ask about experience and stay questions.
const OVERDUE_OPENERS = new Set(['will', 'would', 'is', 'are', 'am', 'does', 'do', 'can', 'could']);
const OVERDUE_REACH = 4;

/**
 * Damps sentiment in questions, except the rhetorical ones of a complaint: "why …?", "how come …?", "who decided …?",
 * "will this ever …?" and the indignant "… and this is how you treat us?".
 */
export const question: Rule = {
  name: 'question',
  apply({ tokens, sentence, hits }) {
    let last = sentence.end - 1;
    while (last > sentence.first && TRAILING.has(tokens[last]!.type)) last--;
    if (tokens[last]!.text !== '?') return [];
    // A reply opens with whom it answers: "@united why …?" asks as "why …?" does.
    let first = sentence.first;
    while (first < last && tokens[first]!.type === 'mention') first++;
    const opener = tokens[first]!.normal;
    const second = tokens[first + 1]?.normal;
    const rhetorical =
      opener === 'why' ||
      (opener === 'how' && second === 'come') ||
      (opener === 'who' && BLAMING.has(second ?? '')) ||
      asksIfEver(tokens, first, last) ||
      isIndignant(tokens, first, last);
    if (rhetorical) return [];
    // "Did you even read my ticket?" says that they did not: what it asks about is denied, as after "not"; a word
    // already turned round ("is it even legal to sell seats you can't honor?") is what the question asserts.
    if (asksIfEven(tokens, first, last))
      return hits.map((hit, index) => ({ hit: index, factor: hit.weight * hit.entry.valence > 0 ? NEGATION_SCALAR : 1 }));
    // "What do you like best?", "Do you like the new dashboard?": the feeling asked about is the reader's, unknown yet.
    const asked = askedFeeling(tokens, first, last);
    return hits.map((hit, index) => ({ hit: index, factor: isAskedFeeling(tokens, hit.first, asked) ? 0 : QUESTION_FACTOR }));
  },
};

// The reader's feeling asked for, as review forms and surveys ask it: "What do you like best about …?", "Which feature
// do you like most?", "How do you like the new UI?". Not "Don't you love it when …?", which answers itself.
const FEELING_OPENERS = new Set(['what', 'which', 'how', 'do', 'does', 'did', 'would']);
const ASKING = new Set(['do', 'does', 'did', 'would']);
const FEELINGS = new Set(['like', 'love', 'dislike', 'hate', 'enjoy', 'prefer']);
const DEGREES = new Set(['best', 'most', 'least']);

/** The index of the verb of feeling in "… do you like …?", or -1. */
function askedFeeling(tokens: readonly Token[], first: number, end: number): number {
  if (!FEELING_OPENERS.has(tokens[first]!.normal)) return -1;
  for (let k = first + 1; k + 1 < end; k++) {
    if (tokens[k]!.normal === 'you' && ASKING.has(tokens[k - 1]!.normal) && FEELINGS.has(tokens[k + 1]!.lemma)) return k + 1;
  }
  return -1;
}

/** The asked feeling's verb, or the degree that follows it ("like best"). */
const isAskedFeeling = (tokens: readonly Token[], at: number, asked: number): boolean =>
  asked !== -1 && (at === asked || (at === asked + 1 && DEGREES.has(tokens[at]!.normal)));

// "Did you even …?", "does anyone even …?", "is anyone even …?": the auxiliaries that open such a question.
const EVEN_OPENERS = new Set(['did', 'do', 'does', 'is', 'are', 'was', 'were', 'have', 'has', 'can', 'could']);

/** "Did you even bother to read it?": an auxiliary, its subject, then "even": the question doubts it happened at all. */
const asksIfEven = (tokens: readonly Token[], first: number, end: number): boolean =>
  first + 3 < end && EVEN_OPENERS.has(tokens[first]!.normal) && tokens[first + 2]!.normal === 'even';

/** "Will this ever be fixed?": an auxiliary opening the question, then "ever" within a few words. */
function asksIfEver(tokens: readonly Token[], first: number, end: number): boolean {
  if (!OVERDUE_OPENERS.has(tokens[first]!.normal)) return false;
  for (let i = first + 2; i < end && i <= first + OVERDUE_REACH; i++) if (tokens[i]!.normal === 'ever') return true;
  return false;
}

/** "This is how you treat us?", "is this how you support customers?": a question that states the complaint. */
function isIndignant(tokens: readonly Token[], first: number, end: number): boolean {
  for (let i = first + 2; i < end; i++) {
    if (tokens[i]!.normal !== 'how') continue;
    const [a, b] = [tokens[i - 2]!.normal, tokens[i - 1]!.normal];
    if ((a === 'this' && b === 'is') || (a === 'is' && b === 'this')) return true;
  }
  return false;
}
