// "Try the lasagna", "you must try the salmon", "check out the back room": a writer who tells the reader to have
// something recommends it, though the sentence holds no opinion word. The recommendation is read for aspects only: as
// the writer's mood it would make every instruction ("try the following steps") a compliment.
import { endsWithQuestionMark } from '../../doc/clause.js';
import { isNegator } from '../../doc/negators.js';
import type { Doc } from '../../doc/readDoc.js';
import type { SentenceSpan, Token } from '../../doc/token.js';
import type { Evidence } from '../../result.js';

/** What a recommendation weighs for the aspects it names: a plain word of praise's share ("nice", "good"). */
export const RECOMMENDATION = 0.4;

// Words that may open a sentence or clause before an imperative: "so try the …", "definitely check out the …".
const LEADS = new Set(['please', 'just', 'and', 'but', 'so', 'then', 'also', 'definitely', 'really', 'do', 'must', 'should', 'gotta']);
// What makes "to try" an advice: "you have to try", "be sure to try", "you need to try".
const OBLIGING_TO = new Set(['have', 'has', 'need', 'needs', 'ought', 'sure']);
// What follows "try" that is not a thing to have: "try to", "try restarting", "try again", "try and call". And the
// writer's own things: "check out my setup", "try our new export" show or advertise, they judge nothing.
const NOT_AN_OBJECT = new Set(['to', 'and', 'again', 'harder', 'out', 'my', 'our']);

/** A stance aspects read (a recommendation, a need met) quoting tokens `[first, end)`: praise, or against when denied. */
export function stance(
  doc: Doc,
  first: number,
  end: number,
  term: string,
  source: string,
  rule: string,
  denied: boolean,
): { index: number; evidence: Evidence } {
  const start = doc.tokens[first]!.start;
  const stop = doc.tokens[end - 1]!.end;
  const text = doc.text.slice(start, stop);
  const rules = denied ? [rule, 'negation'] : [rule];
  return {
    index: first,
    evidence: { text, start, end: stop, term, valence: RECOMMENDATION, weight: denied ? -RECOMMENDATION : RECOMMENDATION, source, rules },
  };
}

/** The recommendations of a sentence, as evidence at their verb ("Try", "check out"); a denied one ("don't try") counts against. */
export function findRecommendations(doc: Doc, span: SentenceSpan): { index: number; evidence: Evidence }[] {
  const { tokens } = doc;
  const found: { index: number; evidence: Evidence }[] = [];
  if (endsWithQuestionMark(tokens, span)) return found;
  for (let k = span.first; k < span.end; k++) {
    const verbEnd = recommendingVerbEnd(tokens, k, span.end);
    if (verbEnd < 0 || verbEnd >= span.end || !isObject(tokens[verbEnd]!)) continue;
    const mood = moodBefore(tokens, k, span.first);
    if (mood === undefined) continue;
    found.push(stance(doc, k, verbEnd, verbEnd - k === 2 ? 'check out' : 'try', 'recommendations', 'recommendation', mood === 'denied'));
  }
  return found;
}

/** Where the recommending verb at `k` ends ("try", "check out"), or -1. */
function recommendingVerbEnd(tokens: readonly Token[], k: number, end: number): number {
  const word = tokens[k]!.normal;
  if (word === 'try') return k + 1;
  if (word === 'check' && k + 1 < end && tokens[k + 1]!.normal === 'out') return k + 2;
  return -1;
}

const isObject = (token: Token) => token.type === 'word' && !NOT_AN_OBJECT.has(token.normal) && !token.normal.endsWith('ing');

/**
 * Whether the verb at `k` is said to the reader: an imperative (it opens its sentence or clause, after leads such as
 * "so" or "definitely"), or advice ("you must try", "you have to try", "be sure to try"). Denied when a negator stands
 * in those words ("don't try", "you shouldn't try"). Anything else ("I tried", "we will try", "we got to try", "we want to
 * try") is no recommendation.
 */
function moodBefore(tokens: readonly Token[], k: number, first: number): 'said' | 'denied' | undefined {
  let denied = false;
  for (let j = k - 1; j >= first; j--) {
    const token = tokens[j]!;
    if (token.type === 'punctuation') return denied ? 'denied' : 'said';
    if (isNegator(tokens, j, first)) denied = true;
    else if (token.normal === 'to') return j > first && OBLIGING_TO.has(tokens[j - 1]!.normal) ? (denied ? 'denied' : 'said') : undefined;
    else if (!LEADS.has(token.normal) && token.pos !== 'ADV') return undefined;
    if (token.normal === 'must' || token.normal === 'should' || token.normal === 'gotta') return denied ? 'denied' : 'said';
  }
  return denied ? 'denied' : 'said';
}
