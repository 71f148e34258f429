import { isNegator } from '../doc/negators.js';
import type { Doc } from '../doc/readDoc.js';
import type { SentenceSpan, Token } from '../doc/token.js';
import type { Hit } from '../lexicon/hit.js';
import type { ProblemEvidence, ProblemResult } from '../result.js';
import { firstNotBefore } from '../math.js';
import { isRemedied } from '../doc/remedy.js';

// A failing function is a problem of middling severity: "the search does not find tickets", "thumbnails are not
// generated". Verbs of stance and knowing say what the writer thinks or wants, not what the product does.
const FAILED_FUNCTION_SEVERITY = 0.4;
const STANCE_VERBS = new Set(
  `be have do know think understand see want need like mind care believe remember get seem expect agree mean use try
  recommend suggest matter make feel wait comment say tell complain imagine stress beat ask rush bother hesitate forget`.split(/\s+/),
);
// "I didn't order dessert", "we won't go back", "don't take the seat by the door": what the writer does or does not do,
// or is told not to, is a choice, not a function of the product failing. Inability stays a problem ("we can't export"),
// and so does what the writer waits to be given ("we didn't receive the invoice") and what "you", the vendor, did not do.
const CHOOSING = new Set(['do', 'will']);
const PEOPLE = new Set(['i', 'we']);
const GIVEN = new Set(['receive', 'hear']);
const IMPERATIVE_LEADS = new Set(['please', 'just', 'and', 'but', 'so', 'then']);
// Idioms of a denied verb that report nothing failing: "you can't go wrong", "doesn't look like much", "why not try it",
// "$55, not including tip".
const IDIOM_ENDINGS = new Map([
  ['go', 'wrong'],
  ['look', 'like'],
  ['sound', 'like'],
]);
// Words between a negator and its verb: "does not always save", "is not properly generated", "does not quite fit":
// these, the auxiliaries of a passive, and any two adverbs.
const ADVERBS_BETWEEN = 2;
// "Not only", "not just": more, not less ("it not only saves time but money").
const ADDING = new Set(['only', 'just', 'merely', 'simply']);
const isAdverbBetween = (token: Token) => token.pos === 'ADV' && !ADDING.has(token.normal);
const BETWEEN = new Set(['always', 'even', 'properly', 'correctly', 'really', 'yet', 'be', 'being', 'been', 'get', 'getting']);
// An HTTP error status, where the words around it say it is one: "returns a 404", "500 error", "status 429".
const HTTP_SEVERITY = 0.5;
const STATUS_CUES = new Set([
  'return',
  'returns',
  'returned',
  'returning',
  'status',
  'error',
  'http',
  'code',
  'got',
  'get',
  'gives',
  'throws',
]);
const STATUS_WINDOW = 3;
const CONDITIONS = new Set(['if', 'unless', 'whether']);

/**
 * The problems one sentence reports: its lexicon problem words that no rule turned around, made hypothetical or
 * reported ended (weight 0 counts: "error 500" is jargon to sentiment and still a problem), failing functions and HTTP
 * error statuses.
 */
export function findProblem(
  doc: Pick<Doc, 'text' | 'tokens' | 'cues'>,
  span: SentenceSpan,
  hits: readonly Hit[],
  unreporting: readonly string[],
): ProblemResult | undefined {
  const { tokens, cues } = doc;
  // Most sentences report no problem: nothing is allocated for them.
  let evidence: ProblemEvidence[] | undefined;
  let shapes = false;
  for (const hit of hits) {
    if (hit.entry.problem === undefined || hit.weight > 0 || hit.rules.some((rule) => unreporting.includes(rule))) continue;
    (evidence ??= []).push(problemEvidence(doc, hit.first, hit.end, hit.entry.term, hit.entry.problem, hit.entry.source));
  }
  // The shapes start at the doc's cues (negators, condition words, numbers), so only those tokens are visited.
  for (let c = firstNotBefore(cues.length, (i) => cues[i]! < span.first); c < cues.length && cues[c]! < span.end; c++) {
    const k = cues[c]!;
    const token = tokens[k]!;
    // What follows "if" is imagined ("if it does not load, retry"); the rest of the sentence is not read for shapes.
    if (CONDITIONS.has(token.normal)) break;
    let item: ProblemEvidence | undefined;
    if (token.type === 'number') {
      // "The 500 error is fixed now" reports the error ended.
      if (isHttpError(tokens, k, span) && !isCovered(hits, k) && !isRemedied(tokens, k, k + 1, span))
        item = problemEvidence(doc, k, k + 1, `http ${token.text}`, HTTP_SEVERITY, 'cxtone');
    } else {
      const verb = failedFunction(tokens, k, span);
      const asserted = followsAuxiliary(tokens, k, span.first);
      if (verb !== -1 && !isClaimed(hits, k, asserted) && !isClaimed(hits, verb, asserted))
        item = problemEvidence(
          doc,
          clitic(tokens, k, span.first),
          verb + 1,
          `not ${tokens[verb]!.lemma}`,
          FAILED_FUNCTION_SEVERITY,
          'cxtone',
        );
    }
    if (!item) continue;
    (evidence ??= []).push(item);
    shapes = true;
  }
  if (!evidence) return undefined;
  // Lexicon words and shapes were gathered apart; the quotes read in text order.
  if (shapes) evidence.sort((a, b) => a.start - b.start);
  let severity = 0;
  for (const item of evidence) severity = Math.max(severity, item.severity);
  return { severity, evidence };
}

/** The evidence of tokens `first`..`end`, in one literal: spreading a quote into each item took measurably longer. */
function problemEvidence(
  { text, tokens }: Pick<Doc, 'text' | 'tokens'>,
  first: number,
  end: number,
  term: string,
  severity: number,
  source: string,
): ProblemEvidence {
  const start = tokens[first]!.start;
  const stop = tokens[end - 1]!.end;
  return { text: text.slice(start, stop), start, end: stop, term, severity, source };
}

// Hits come in text order and do not overlap: a binary search finds the hit that matches a token.
function hitAt(hits: readonly Hit[], index: number): Hit | undefined {
  const after = firstNotBefore(hits.length, (i) => hits[i]!.first <= index);
  return after > 0 && hits[after - 1]!.end > index ? hits[after - 1] : undefined;
}

const isCovered = (hits: readonly Hit[], index: number) => hitAt(hits, index) !== undefined;

/**
 * Whether a token of a failing function is read otherwise already: by a problem word, reported on its own, by a
 * phrase that is no complaint ("can't wait", "never fails to impress"), or by an exclamation ("Not cool!"). A complaint
 * that asserts a function failing, with its auxiliary, leaves it to the shape: "I can't log in", "we cannot access the
 * portal".
 */
function isClaimed(hits: readonly Hit[], index: number, asserted: boolean): boolean {
  const hit = hitAt(hits, index);
  return hit !== undefined && (hit.entry.problem !== undefined || hit.weight >= 0 || !asserted);
}

// The index of the verb a negator at `at` denies, when it is an action of the product; -1 otherwise.
function failedFunction(tokens: readonly Token[], at: number, span: SentenceSpan): number {
  if (!isNegator(tokens, at, span.first)) return -1;
  let k = at + 1;
  while (k < span.end && (BETWEEN.has(tokens[k]!.normal) || (isAdverbBetween(tokens[k]!) && k - at <= ADVERBS_BETWEEN))) k++;
  // The verb must be in the sentence: "It does not. Save it." denies nothing.
  if (k >= span.end) return -1;
  const verb = tokens[k]!;
  if (verb.pos !== 'VERB' || STANCE_VERBS.has(verb.lemma) || verb.normal === 'including') return -1;
  if (k + 1 < span.end && tokens[k + 1]!.normal === IDIOM_ENDINGS.get(verb.lemma)) return -1;
  if (at > span.first && tokens[at - 1]!.normal === 'why') return -1;
  return !GIVEN.has(verb.lemma) && isChoice(tokens, at, span.first) ? -1 : k;
}

/** A negator said of a subject, after its auxiliary and any adverbs: "is still not working", "can't log in". */
function followsAuxiliary(tokens: readonly Token[], at: number, first: number): boolean {
  let k = at - 1;
  while (k >= first && at - k <= ADVERBS_BETWEEN && tokens[k]!.pos === 'ADV') k--;
  return k >= first && tokens[k]!.pos === 'AUX';
}

/** Where the quote of a negator starts: "can't log in" is quoted from "can", not from "n't". */
function clitic(tokens: readonly Token[], at: number, first: number): number {
  return at > first && tokens[at]!.start === tokens[at - 1]!.end && tokens[at]!.normal === 'not' ? at - 1 : at;
}

/** The negator at `at` denies a person's choice ("I didn't order", "we won't renew") or forbids one ("don't take"). */
function isChoice(tokens: readonly Token[], at: number, first: number): boolean {
  if (at - 1 < first || !CHOOSING.has(tokens[at - 1]!.lemma)) return false;
  const subject = at - 2 >= first ? tokens[at - 2]! : undefined;
  // An imperative has no subject: a bare "do" opens the sentence or follows a stop, "please" or a conjunction.
  if (subject === undefined || subject.type === 'punctuation' || IMPERATIVE_LEADS.has(subject.normal))
    return tokens[at - 1]!.normal === 'do';
  return PEOPLE.has(subject.normal);
}

function isHttpError(tokens: readonly Token[], at: number, span: SentenceSpan): boolean {
  const token = tokens[at]!;
  if (token.type !== 'number' || !/^[45]\d\d$/.test(token.text)) return false;
  const from = Math.max(span.first, at - STATUS_WINDOW);
  for (let k = from; k < Math.min(span.end, at + 2); k++) if (k !== at && STATUS_CUES.has(tokens[k]!.normal)) return true;
  return false;
}
