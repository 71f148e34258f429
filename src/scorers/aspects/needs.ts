// "It has exactly the specifications I needed", "it gives me the power that I need", "the screen was just what I was
// looking for": a thing said to have, give or be what the writer needs is praised, though no word of the sentence is
// an opinion. Denied ("it doesn't have the fields we need") it counts against. Read for aspects only, as
// recommendations are (recommendations.ts): what a writer needs is not their mood.
import { endsWithQuestionMark, isClauseBreak } from '../../doc/clause.js';
import { isNegator } from '../../doc/negators.js';
import type { Doc } from '../../doc/readDoc.js';
import type { SentenceSpan, Token } from '../../doc/token.js';
import type { Evidence } from '../../result.js';
import { stance } from './recommendations.js';

const NEEDING = new Set(['need', 'needed', 'want', 'wanted', 'require', 'required', 'expected']);
const WRITERS = new Set(['i', 'we']);
// The verbs of the main clause (by lemma) that say the thing is, has or gives what is needed; a request ("please add
// the fields we need") or a search ("where do I find the setting I need") is no praise.
const PROVIDING = new Set(['be', 'have', 'give', 'offer', 'provide', 'include', 'fit']);
// How far back from the need the providing verb may stand: "had [most of the features and all of the power] that I wanted".
const PROVIDING_REACH = 10;

/** Needs the sentence says something meets, as evidence at the writer's words ("I needed", "we were looking for"). */
export function findNeedsMet(doc: Doc, span: SentenceSpan): { index: number; evidence: Evidence }[] {
  const { tokens } = doc;
  const found: { index: number; evidence: Evidence }[] = [];
  if (endsWithQuestionMark(tokens, span)) return found;
  for (let k = span.first + 1; k < span.end; k++) {
    const end = needEnd(tokens, k, span.end);
    if (end < 0) continue;
    // What is needed stands before the writer: a noun ("the specs I needed"), "that"/"which" after one, or "what".
    let head = k - 1;
    if (head >= span.first && (tokens[head]!.normal === 'that' || tokens[head]!.normal === 'which')) head--;
    if (head < span.first) continue;
    const needed = tokens[head]!;
    if (needed.normal !== 'what' && needed.pos !== 'NOUN' && needed.pos !== 'PROPN') continue;
    const providing = providingVerbBefore(tokens, head, span.first);
    if (providing === undefined) continue;
    found.push(stance(doc, k, end, 'need met', 'needs', 'need met', providing === 'denied'));
  }
  return found;
}

const BEING = new Set(['am', 'are', 'was', 'were']);

/** Where the writer's need that starts at `k` ends ("I needed", "we were looking for"), or -1. */
function needEnd(tokens: readonly Token[], k: number, end: number): number {
  if (!WRITERS.has(tokens[k]!.normal) || k + 1 >= end) return -1;
  if (NEEDING.has(tokens[k + 1]!.normal)) return k + 2;
  const searching =
    k + 3 < end && BEING.has(tokens[k + 1]!.normal) && tokens[k + 2]!.normal === 'looking' && tokens[k + 3]!.normal === 'for';
  return searching ? k + 4 : -1;
}

/** Whether a verb saying the thing is or gives what is needed stands before `head` in its clause, and whether it is denied. */
function providingVerbBefore(tokens: readonly Token[], head: number, first: number): 'said' | 'denied' | undefined {
  for (let j = head - 1; j >= first && j >= head - PROVIDING_REACH; j--) {
    if (isClauseBreak(tokens, j)) return undefined;
    if (!PROVIDING.has(tokens[j]!.lemma)) continue;
    for (let n = j - 1; n >= first && n >= j - 3; n--) if (isNegator(tokens, n, first)) return 'denied';
    for (let n = j + 1; n < head; n++) if (isNegator(tokens, n, first)) return 'denied';
    return 'said';
  }
  return undefined;
}
