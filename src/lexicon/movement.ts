import { isClauseBreak } from '../doc/clause.js';
import { isMeasureNoun, NOUN_TAGS } from '../doc/compound.js';
import { isNegator, NEGATION_SCALAR } from '../doc/negators.js';
import { OBJECT_PRONOUNS } from '../doc/pronouns.js';
import { isJoiningHyphen, type Token } from '../doc/token.js';
import type { CompiledMovements, MovementTerm } from './compile.js';
import type { Hit } from './hit.js';
import { PERCENT, readFromTo, type Size, sizeAfter, sizeBefore } from './movementSize.js';
import { matchesAt } from './phrase.js';

// A movement is a fact, not an exclamation: it weighs like a moderate opinion word ("bad" is 0.625), more when the
// text says the change was large, less when it says it was small.
export const MOVEMENT_STRENGTH = 0.45;
const SMALLEST_SIZE = 0.75;
const LARGEST_SIZE = 1.35;
// "Costs might go up": a possibility, not a report.
export const HEDGED_MOVEMENT = 0.5;
const HEDGES = new Set(['might', 'may', 'could', 'would', 'should']);

// Between a metric and the verb that moves it: auxiliaries, adverbs and light verbs ("have gone up", "went from",
// "keep going up", "is now 40% higher"). Anything else means the verb has another subject.
const PREDICATE_POS = new Set(['AUX', 'PART', 'ADV']);
const LIGHT_VERBS = new Set(['go', 'keep', 'continue', 'start', 'begin', 'seem', 'get', 'have', 'be', 'become', 'remain', 'stay']);
const MAX_PREDICATE_GAP = 5;
// Verbs that move a metric only through a "from X to Y" after them: "NPS went from 45 to 12".
const NEUTRAL_MOVES = new Set(['go', 'move', 'change', 'shift', 'come']);
// Between a direction and the metric after it: the metric's determiners and modifiers ("cut our handle time",
// "a sharp increase in support costs", "fewer hours of downtime").
const MODIFIER_POS = new Set(['DET', 'PRON', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'ADV', 'SYM']);
const LINKS = new Set(['in', 'of', 'on']);
// "Hosting costs", "processing time": a gerund modifies the metric as an adjective would.
const isModifierWord = (token: Token) =>
  MODIFIER_POS.has(token.pos) ||
  LINKS.has(token.normal) ||
  PERCENT.has(token.normal) ||
  (token.pos === 'VERB' && token.normal.endsWith('ing'));
const MAX_MODIFIER_GAP = 4;
// Particles move only the metric before them: "costs went up", never "set up the cost centre".
const PARTICLES = new Set(['up', 'down']);

interface Mention {
  first: number;
  end: number;
  term: MovementTerm;
}

/**
 * Metrics moved by a direction in tokens `[first, end)`, as hits: "response times have doubled" is a quantity that
 * is better lower going up, so it scores negative. The hit spans the metric, the direction and the figures. A metric
 * that names another noun ("the churn report") comes back as a hit of weight 0, so that intents are not read from it;
 * the lexicon's reading of its words stands.
 */
export function findMovements(
  tokens: readonly Token[],
  first: number,
  end: number,
  movements: CompiledMovements,
  judged: readonly Hit[] = [],
): Hit[] {
  if (movements.metrics.size === 0) return [];
  const named = findMentions(tokens, first, end, movements.metrics, movements.heads);
  const counted = countsOfJudgedThings(tokens, first, end, judged, movements);
  if (named.length === 0 && counted.length === 0) return [];
  const metrics = counted.length === 0 ? named : [...named, ...counted].sort((a, b) => a.first - b.first);
  const directions = findMentions(tokens, first, end, movements.directions);
  const directionAt = new Map(directions.map((mention) => [mention.first, mention]));
  const used = new Set<Mention>();
  const hits: Hit[] = [];
  // Metrics and directions are both in text order: `next` is the first direction not before the metric.
  let next = 0;
  for (const mention of metrics) {
    // "Customer satisfaction scores", "uptime numbers": a measure of a metric moves as the metric does.
    const metric = mention.end < end && isMeasureNoun(tokens[mention.end]!) ? { ...mention, end: mention.end + 1 } : mention;
    while (next < directions.length && directions[next]!.first < metric.end) next++;
    if (!isNounUse(tokens, metric, first)) continue;
    const before = directions[next - 1];
    const hit = isModifier(tokens, metric.end, end, directionAt)
      ? nameOnly(metric)
      : (movedAfter(tokens, metric, end, directions, next, used) ??
        fromTo(tokens, metric, end) ??
        (before && !used.has(before) ? movedBefore(tokens, metric, first, before, used) : undefined));
    // A movement never overlaps the one before it: the figures of one are not the metric of the next.
    if (hit && (hits.length === 0 || hits[hits.length - 1]!.end <= hit.first)) hits.push(hit);
  }
  return hits;
}

// Words that count what follows them: "the number of failed syncs", "more problems", "fewer headaches".
const COUNTS = new Set(['number', 'amount', 'count']);
const QUANTIFIERS = new Set(['more', 'fewer', 'less']);
const MAX_COUNTED_MODIFIERS = 2;

/**
 * Counts of things the lexicon judges, as metrics whose polarity is the judgement: "the number of failed syncs" is
 * better lower, "more problems" worse, "less hassle" better. Read around the lexicon's hits, so only sentences with an
 * opinion word pay for it. A noun phrase that already names a metric is left to it.
 */
function countsOfJudgedThings(
  tokens: readonly Token[],
  first: number,
  end: number,
  judged: readonly Hit[],
  movements: CompiledMovements,
): Mention[] {
  const counted: Mention[] = [];
  for (const hit of judged) {
    if (hit.entry.valence === 0) continue;
    let start = hit.first;
    while (start > first && start > hit.first - MAX_COUNTED_MODIFIERS && isCountedModifier(tokens[start - 1]!)) start--;
    // What counts the phrase: "more …" just before it, or "the number of …".
    const quantified = start - 1 >= first && QUANTIFIERS.has(tokens[start - 1]!.normal);
    const numbered = !quantified && start - 2 >= first && tokens[start - 1]!.normal === 'of' && COUNTS.has(tokens[start - 2]!.lemma);
    if (!quantified && !numbered) continue;
    // The phrase runs from the opinion word to its head noun: "failed syncs", "problems", "unexpected downtime".
    let head = hit.end;
    while (head < end && head < hit.end + MAX_COUNTED_MODIFIERS && NOUN_TAGS.has(tokens[head]!.pos)) head++;
    if (!NOUN_TAGS.has(tokens[head - 1]!.pos) || mayStartMetric(tokens[hit.first]!, movements)) continue;
    const words = tokens.slice(start, head).map((token) => token.normal);
    const sign = hit.entry.valence > 0 ? 1 : -1;
    const strength = Math.max(MOVEMENT_STRENGTH, Math.abs(hit.entry.valence));
    const term: MovementTerm = { term: words.join(' '), tokens: words, sign, sharp: false, source: hit.entry.source, strength };
    counted.push({ first: numbered ? start - 2 : start, end: head, term });
  }
  return counted;
}

const isCountedModifier = (token: Token) =>
  !QUANTIFIERS.has(token.normal) &&
  (token.pos === 'ADJ' || token.pos === 'NOUN' || (token.pos === 'VERB' && /(ing|ed)$/.test(token.normal)));

/**
 * The metrics that move in tokens `[first, end)` ("churn" in "churn dropped 15%"), and those that name another noun
 * ("the churn report"), as the end of the metric each token is part of (0 where it is part of none). An intent read
 * from these words is the customer's figure, not what the customer is about to do.
 */
export function findMovedMetrics(tokens: readonly Token[], first: number, end: number, movements: CompiledMovements): Int32Array {
  const metricEnd = new Int32Array(end - first);
  for (const { named } of findMovements(tokens, first, end, movements))
    metricEnd.fill(named!.end, named!.first - first, named!.end - first);
  return metricEnd;
}

/** Whether a word may begin a metric: a cheap test before {@link findMovedMetrics}. */
export function mayStartMetric(token: Token, movements: CompiledMovements): boolean {
  const { metrics } = movements;
  return metrics.has(token.normal) || metrics.has(token.lemma) || (token.text !== token.normal && metrics.has(token.text.toLowerCase()));
}

/**
 * Longest terms first at each token, left to right, never overlapping. With `heads`, also compounds on a head metric
 * (`"* time"` in the data): a gerund before the head names a metric of that kind, "onboarding time", "loading times".
 */
function findMentions(
  tokens: readonly Token[],
  first: number,
  end: number,
  index: Map<string, MovementTerm[]>,
  heads?: Map<string, MovementTerm[]>,
): Mention[] {
  const mentions: Mention[] = [];
  let i = first;
  while (i < end) {
    const token = tokens[i]!;
    const term =
      longestAt(tokens, i, end, index.get(token.normal)) ??
      (token.lemma !== token.normal ? longestAt(tokens, i, end, index.get(token.lemma)) : undefined) ??
      // wink normalises some spellings ("cancellations" → "cancelations"): the text as written, lower-cased.
      (token.text !== token.normal ? longestAt(tokens, i, end, index.get(token.text.toLowerCase())) : undefined);
    if (term) {
      mentions.push({ first: i, end: i + term.tokens.length, term });
      i += term.tokens.length;
      continue;
    }
    const compound = heads && heads.size > 0 ? compoundAt(tokens, i, first, end, heads, mentions) : undefined;
    if (compound) {
      mentions.push(compound);
      i = compound.end;
    } else i++;
  }
  return mentions;
}

// What may name the kind of a compound metric: a process, as a gerund ("onboarding time", "loading times"). Other nouns
// name capacities as often ("battery time", "talk time"), which are better higher: those are listed metrics or none.
const COMPOUND_MODIFIER_POS = new Set(['NOUN', 'VERB']);

function compoundAt(
  tokens: readonly Token[],
  i: number,
  first: number,
  end: number,
  heads: Map<string, MovementTerm[]>,
  mentions: readonly Mention[],
): Mention | undefined {
  const token = tokens[i]!;
  if (i === first || !NOUN_TAGS.has(token.pos) || (mentions.length > 0 && mentions[mentions.length - 1]!.end > i - 1)) return undefined;
  const modifier = tokens[i - 1]!;
  if (!modifier.normal.endsWith('ing') || !COMPOUND_MODIFIER_POS.has(modifier.pos)) return undefined;
  const terms = heads.get(token.normal) ?? heads.get(token.lemma);
  if (!terms) return undefined;
  const term = longestAt(tokens, i, end, terms);
  return term ? { first: i - 1, end: i + term.tokens.length, term } : undefined;
}

function longestAt(tokens: readonly Token[], index: number, end: number, terms: MovementTerm[] | undefined): MovementTerm | undefined {
  if (!terms) return undefined;
  for (const term of terms) if (matchesAt(tokens, index, end, term.tokens)) return term;
  return undefined;
}

// Tags that show a word used as a verb or adjective ("the iPod costs more", "we will churn", "less delayed"), and what
// stands before a verb: its subject or auxiliary.
const VERBAL_POS = new Set(['VERB', 'ADJ', 'AUX']);
const BEFORE_A_VERB = new Set(['NOUN', 'PROPN', 'PRON', 'AUX', 'PART']);

/**
 * A metric is a noun. wink sometimes tags one as a verb at the start of a clause ("Churn dropped"), so a verb tag
 * counts only when the word is inflected as a verb or follows a subject or an auxiliary.
 */
function isNounUse(tokens: readonly Token[], metric: Mention, first: number): boolean {
  const head = tokens[metric.end - 1]!;
  if (!VERBAL_POS.has(head.pos)) return true;
  const written = metric.term.tokens[metric.term.tokens.length - 1];
  if (head.normal !== written) return false;
  // Two verbs do not stand side by side: before one, the word is its subject ("cloud spend decreased").
  if (tokens[metric.end]?.pos === 'VERB' || tokens[metric.end]?.pos === 'AUX') return true;
  return metric.first === first || !BEFORE_A_VERB.has(tokens[metric.first - 1]!.pos);
}

function nameOnly(metric: Mention): Hit {
  const span = { first: metric.first, end: metric.end };
  return { ...span, entry: { term: metric.term.term, valence: 0, source: metric.term.source }, weight: 0, rules: [], named: span };
}

// Nouns of time after a metric say when, not what: "so many delays today", "costs this quarter".
const TEMPORAL = new Set(['today', 'tonight', 'yesterday', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'day', 'week']);
const SENTENCE_ENDS = new Set(['.', '!', '?', '…', '...']);

/**
 * "The cost centre", "error messages": a metric before a noun names the noun, unless the noun moves it ("price
 * increase") or says when. A noun that ends the sentence is as often a mis-tagged word ("get your delays right.").
 */
function isModifier(tokens: readonly Token[], metricEnd: number, end: number, directionAt: ReadonlyMap<number, Mention>): boolean {
  if (metricEnd + 1 >= end || directionAt.has(metricEnd)) return false;
  const next = tokens[metricEnd]!;
  return NOUN_TAGS.has(next.pos) && !TEMPORAL.has(next.lemma) && !SENTENCE_ENDS.has(tokens[metricEnd + 1]!.text);
}

/** "Costs went up 30%", "uptime has dropped", "price increase": the metric is the subject of its direction. */
function movedAfter(
  tokens: readonly Token[],
  metric: Mention,
  end: number,
  directions: readonly Mention[],
  next: number,
  used: Set<Mention>,
): Hit | undefined {
  const predicate = pastRelativeClause(tokens, pastAttachment(tokens, metric.end, end), end);
  const limit = Math.min(end, predicate + MAX_PREDICATE_GAP + 1);
  let direction: Mention | undefined;
  for (let k = next; k < directions.length && directions[k]!.first < limit && !direction; k++)
    if (directions[k]!.first >= predicate && !used.has(directions[k]!)) direction = directions[k];
  if (!direction || !isPredicateGap(tokens, predicate, direction.first)) return undefined;
  if (isComparison(tokens[direction.first]!) && !hasLink(tokens, predicate, direction.first)) return undefined;
  used.add(direction);
  return movementHit(
    metric,
    direction.first,
    direction.end,
    direction.term.sign,
    sizeAfter(tokens, metric.end, end, direction.term, direction.end - metric.end),
    {
      negated: hasNegator(tokens, metric.end, direction.first),
      hedged: hasHedge(tokens, metric.end, direction.first),
    },
  );
}

// A comparison after a metric describes it only through a verb or a figure: "latency is higher", "prices 40% higher";
// in "I like delays less" it says how much someone likes them.
const LEVELS = new Set(['more', 'less', 'high', 'low', 'cheap']);
const isComparison = (token: Token) => LEVELS.has(token.normal) || token.normal.endsWith('er');

// Verbs that link a subject to a comparison: "latency is higher", "response times keep getting longer".
const COPULAS = new Set(['be', 'get', 'become', 'remain', 'stay', 'seem']);

function hasLink(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++)
    if (tokens[j]!.pos === 'AUX' || COPULAS.has(tokens[j]!.lemma) || tokens[j]!.type === 'number') return true;
  return false;
}

// What a metric's own phrase may carry before its verb: "the price of the food is cheap", "revenue from the add-on
// grew", "response times for enterprise tickets have doubled".
const ATTACHMENTS = new Set(['of', 'for', 'on', 'in', 'across', 'per', 'from']);
const MAX_ATTACHMENT = 4;

/** Past a short prepositional phrase after the metric, or the metric's end when there is none. */
function pastAttachment(tokens: readonly Token[], from: number, end: number): number {
  if (from >= end || !ATTACHMENTS.has(tokens[from]!.normal)) return from;
  let j = from + 1;
  // A hyphen inside a word joins it with the next token, whatever that one's tag: "the add-on" is one modifier.
  let reach = from + MAX_ATTACHMENT;
  while (j < end && j <= reach && !isClauseBreak(tokens, j)) {
    if (isJoiningHyphen(tokens, j) && j + 1 < end) {
      j += 2;
      reach += 2;
    } else if (MODIFIER_POS.has(tokens[j]!.pos)) j++;
    else break;
  }
  return j > from + 1 ? j : from;
}

// A short relative clause between a metric and its verb: "the number of escalations we get has halved", "the fees
// that we pay went up".
const RELATIVES = new Set(['that', 'which']);

/** Past "[that] we get" after the metric, or `from` when none stands there. */
function pastRelativeClause(tokens: readonly Token[], from: number, end: number): number {
  const subject = from < end && RELATIVES.has(tokens[from]!.normal) ? from + 1 : from;
  if (subject + 2 >= end || tokens[subject]!.pos !== 'PRON' || tokens[subject + 1]!.pos !== 'VERB') return from;
  return subject + 2;
}

function isPredicateGap(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const token = tokens[j]!;
    if (isClauseBreak(tokens, j)) return false;
    if (!PREDICATE_POS.has(token.pos) && !LIGHT_VERBS.has(token.lemma) && token.type !== 'number' && !PERCENT.has(token.normal))
      return false;
  }
  return true;
}

/** "Our NPS went from 45 to 12": a neutral verb whose figures say which way the metric moved. */
function fromTo(tokens: readonly Token[], metric: Mention, end: number): Hit | undefined {
  // Past the metric's own phrase, as for a direction: "response times from your support have gone from hours to days".
  const predicate = pastAttachment(tokens, metric.end, end);
  let j = predicate;
  while (j < end && j < predicate + MAX_PREDICATE_GAP && !NEUTRAL_MOVES.has(tokens[j]!.lemma)) {
    if (!isPredicateGap(tokens, j, j + 1)) return undefined;
    j++;
  }
  if (j >= end || !NEUTRAL_MOVES.has(tokens[j]!.lemma) || tokens[j + 1]?.normal !== 'from') return undefined;
  const figures = readFromTo(tokens, j + 1, end);
  if (!figures || figures.ratio === 1) return undefined;
  const size = { change: Math.abs(Math.log2(figures.ratio)), first: j + 1, end: figures.end };
  return movementHit(metric, j, j + 1, figures.ratio > 1 ? 1 : -1, size, {
    negated: hasNegator(tokens, metric.end, j),
    hedged: hasHedge(tokens, metric.end, j),
  });
}

/** "We cut our handle time in half", "fewer errors", "a 20% increase in costs": the direction comes first. */
function movedBefore(tokens: readonly Token[], metric: Mention, first: number, direction: Mention, used: Set<Mention>): Hit | undefined {
  if (direction.end > metric.first || direction.first < first || metric.first - direction.end > MAX_MODIFIER_GAP) return undefined;
  if (PARTICLES.has(tokens[direction.first]!.normal)) return undefined;
  if (isVerbAfterAuxiliary(tokens, metric, direction.first, first)) return undefined;
  for (let j = direction.end; j < metric.first; j++) {
    const token = tokens[j]!;
    if (isClauseBreak(tokens, j) || !isModifierWord(token)) return undefined;
  }
  used.add(direction);
  const size = sizeAfter(tokens, metric.end, tokens.length, direction.term) ?? sizeBefore(tokens, direction.first, first);
  return movementHit(metric, direction.first, direction.end, direction.term.sign, size, { negated: false, hedged: false });
}

// "How much would 15 more seats cost?", "what will the extra seats cost us": after an auxiliary, a metric word that ends
// its question or takes an object is the clause's verb, asking a price, not a cost that rose.
const AUXILIARY_REACH = 4;

function isVerbAfterAuxiliary(tokens: readonly Token[], metric: Mention, direction: number, first: number): boolean {
  const after = tokens[metric.end];
  if (after === undefined || !(after.text === '?' || OBJECT_PRONOUNS.has(after.normal))) return false;
  for (let j = direction - 1; j >= first && j >= direction - AUXILIARY_REACH && !isClauseBreak(tokens, j); j--)
    if (tokens[j]!.pos === 'AUX') return true;
  return false;
}

function hasNegator(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (isNegator(tokens, j, from)) return true;
  return false;
}

/** A modal of possibility in `[from, to)`: "costs might go up". */
export function hasHedge(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (HEDGES.has(tokens[j]!.normal)) return true;
  return false;
}

/** The hit of one movement: direction × the metric's polarity, sized, negated or hedged where the predicate says so. */
export function movementHit(
  metric: Mention,
  directionFirst: number,
  directionEnd: number,
  direction: 1 | -1,
  size: Size | undefined,
  reading: { negated: boolean; hedged: boolean },
): Hit {
  const scale = size ? Math.min(LARGEST_SIZE, SMALLEST_SIZE + size.change / 2) : 1;
  const valence = direction * metric.term.sign * (metric.term.strength ?? MOVEMENT_STRENGTH) * scale;
  const first = Math.min(metric.first, directionFirst, size && size.end > size.first ? size.first : Infinity);
  const end = Math.max(metric.end, directionEnd, size ? size.end : 0);
  const rules = ['movement'];
  let weight = valence;
  if (reading.negated) {
    weight *= NEGATION_SCALAR;
    rules.push('negation');
  }
  if (reading.hedged) {
    weight *= HEDGED_MOVEMENT;
    rules.push('hedge');
  }
  const term = `${metric.term.term} ${direction > 0 ? 'up' : 'down'}`;
  const named = { first: metric.first, end: metric.end };
  return { first, end, entry: { term, valence, source: metric.term.source }, weight, rules, named };
}
