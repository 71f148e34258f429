import { isClauseBreak } from '../doc/clause.js';
import { isMeasureNoun } from '../doc/compound.js';
import { isNegator, NEGATION_SCALAR } from '../doc/negators.js';
import type { Token } from '../doc/token.js';
import type { CompiledMovements, MovementTerm } from './compile.js';
import type { Hit } from './hit.js';
import { matchesAt } from './phrase.js';

// A movement is a fact, not an exclamation: it weighs like a moderate opinion word ("bad" is 0.625), more when the
// text says the change was large, less when it says it was small.
export const MOVEMENT_STRENGTH = 0.45;
const SMALLEST_SIZE = 0.75;
const LARGEST_SIZE = 1.35;
// A sharp direction ("double", "plummet") without a figure reads as a change by a factor of two.
const SHARP_CHANGE = 1;
// "Costs might go up": a possibility, not a report.
export const HEDGED_MOVEMENT = 0.5;
const HEDGES = new Set(['might', 'may', 'could', 'would', 'should']);

// Between a metric and the verb that moves it: auxiliaries, adverbs and light verbs ("have gone up", "went from",
// "keep going up", "is now 40% higher"). Anything else means the verb has another subject.
const PREDICATE_POS = new Set(['AUX', 'PART', 'ADV']);
const LIGHT_VERBS = new Set(['go', 'keep', 'continue', 'start', 'begin', 'seem', 'get', 'have', 'be']);
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
// Parts of speech that make a metric a modifier of the noun after it: "cost centre", "error message", "churn report".
const NOUN_POS = new Set(['NOUN', 'PROPN']);

const PERCENT = new Set(['%', 'percent', 'pct']);
const FACTORS = new Set(['x', 'times', 'fold']);
// Units a "from X to Y" may carry, in seconds, so that "from 4 hours to 20 minutes" compares.
const TIME_UNITS: ReadonlyMap<string, number> = new Map([
  ['second', 1],
  ['sec', 1],
  ['minute', 60],
  ['min', 60],
  ['hour', 3600],
  ['hr', 3600],
  ['day', 86_400],
  ['week', 604_800],
  ['month', 2_629_800],
  ['year', 31_557_600],
]);
const SIZE_REACH = 5;
// Adverbs that size a change without a figure: "rose sharply", "dropped slightly".
const DEGREES: ReadonlyMap<string, number> = new Map([
  ['sharply', 1],
  ['dramatically', 1],
  ['drastically', 1],
  ['massively', 1],
  ['significantly', 0.6],
  ['substantially', 0.6],
  ['considerably', 0.6],
  ['noticeably', 0.4],
  ['steadily', 0.4],
  ['slightly', 0.1],
  ['marginally', 0.1],
  ['somewhat', 0.2],
]);

interface Mention {
  first: number;
  end: number;
  term: MovementTerm;
}

/** How a movement's size reads: the change as |log2(new / old)|, and where the figures stand. */
interface Size {
  change: number;
  first: number;
  end: number;
}

/**
 * Metrics moved by a direction in tokens `[first, end)`, as hits: "response times have doubled" is a quantity that
 * is better lower going up, so it scores negative. The hit spans the metric, the direction and the figures. A metric
 * that names another noun ("the latency dashboard") comes back as a hit of weight 0: it claims its words, which
 * judge nothing there.
 */
export function findMovements(tokens: readonly Token[], first: number, end: number, movements: CompiledMovements): Hit[] {
  if (movements.metrics.size === 0) return [];
  const metrics = findMentions(tokens, first, end, movements.metrics);
  if (metrics.length === 0) return [];
  const directions = findMentions(tokens, first, end, movements.directions);
  const directionAt = new Map(directions.map((mention) => [mention.first, mention]));
  const used = new Set<Mention>();
  const hits: Hit[] = [];
  // Metrics and directions are both in text order: `next` is the first direction not before the metric.
  let next = 0;
  for (const named of metrics) {
    // "Customer satisfaction scores", "uptime numbers": a measure of a metric moves as the metric does.
    const metric = named.end < end && isMeasureNoun(tokens[named.end]!) ? { ...named, end: named.end + 1 } : named;
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

/** Longest terms first at each token, left to right, never overlapping. */
function findMentions(tokens: readonly Token[], first: number, end: number, index: Map<string, MovementTerm[]>): Mention[] {
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
    } else i++;
  }
  return mentions;
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

/** "The cost centre", "error messages": a metric before a noun names the noun, unless the noun moves it ("price increase"). */
function isModifier(tokens: readonly Token[], metricEnd: number, end: number, directionAt: ReadonlyMap<number, Mention>): boolean {
  return metricEnd < end && NOUN_POS.has(tokens[metricEnd]!.pos) && !directionAt.has(metricEnd);
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
  const predicate = pastAttachment(tokens, metric.end, end);
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

function hasLink(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (tokens[j]!.pos === 'AUX' || tokens[j]!.lemma === 'be' || tokens[j]!.type === 'number') return true;
  return false;
}

// What a metric's own phrase may carry before its verb: "the price of the food is cheap", "response times for
// enterprise tickets have doubled".
const ATTACHMENTS = new Set(['of', 'for', 'on', 'in', 'across']);
const MAX_ATTACHMENT = 4;

/** Past a short prepositional phrase after the metric, or the metric's end when there is none. */
function pastAttachment(tokens: readonly Token[], from: number, end: number): number {
  if (from >= end || !ATTACHMENTS.has(tokens[from]!.normal)) return from;
  let j = from + 1;
  while (j < end && j <= from + MAX_ATTACHMENT && MODIFIER_POS.has(tokens[j]!.pos) && !isClauseBreak(tokens[j]!)) j++;
  return j > from + 1 ? j : from;
}

function isPredicateGap(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const token = tokens[j]!;
    if (isClauseBreak(token)) return false;
    if (!PREDICATE_POS.has(token.pos) && !LIGHT_VERBS.has(token.lemma) && token.type !== 'number' && !PERCENT.has(token.normal))
      return false;
  }
  return true;
}

/** "Our NPS went from 45 to 12": a neutral verb whose figures say which way the metric moved. */
function fromTo(tokens: readonly Token[], metric: Mention, end: number): Hit | undefined {
  let j = metric.end;
  while (j < end && j < metric.end + MAX_PREDICATE_GAP && !NEUTRAL_MOVES.has(tokens[j]!.lemma)) {
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
  for (let j = direction.end; j < metric.first; j++) {
    const token = tokens[j]!;
    if (isClauseBreak(token) || !isModifierWord(token)) return undefined;
  }
  used.add(direction);
  const size = sizeAfter(tokens, metric.end, tokens.length, direction.term) ?? sizeBefore(tokens, direction.first, first);
  return movementHit(metric, direction.first, direction.end, direction.term.sign, size, { negated: false, hedged: false });
}

function hasNegator(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (isNegator(tokens, j, from)) return true;
  return false;
}

function hasHedge(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (HEDGES.has(tokens[j]!.normal)) return true;
  return false;
}

/**
 * Figures after a direction (or after a metric, reaching `skip` tokens further): "up 30%", "by 3x", "in half", "from 4
 * hours to 20 minutes", "sharply"; or the direction's own sharpness.
 */
function sizeAfter(tokens: readonly Token[], from: number, end: number, direction: MovementTerm, skip = 0): Size | undefined {
  for (let j = from; j < end && j < from + skip + SIZE_REACH && !isClauseBreak(tokens[j]!); j++) {
    const token = tokens[j]!;
    if (token.normal === 'from') {
      const figures = readFromTo(tokens, j, end);
      if (figures) return { change: Math.abs(Math.log2(figures.ratio)), first: j, end: figures.end };
    }
    if (token.normal === 'half' && (tokens[j - 1]?.normal === 'in' || tokens[j - 1]?.normal === 'by'))
      return { change: 1, first: j - 1, end: j + 1 };
    if (token.normal === 'twice') return { change: 1, first: j, end: j + 1 };
    const degree = DEGREES.get(token.normal);
    if (degree !== undefined) return { change: degree, first: j, end: j + 1 };
    const figure = token.type === 'number' ? readNumber(token) : undefined;
    if (figure !== undefined && j + 1 < end) {
      const unit = tokens[j + 1]!.normal;
      if (PERCENT.has(unit)) return { change: percentChange(figure, direction.sign), first: j, end: j + 2 };
      if (FACTORS.has(unit) && figure > 0) return { change: Math.abs(Math.log2(figure)), first: j, end: j + 2 };
    }
  }
  return direction.sharp ? { change: SHARP_CHANGE, first: from, end: from } : undefined;
}

/** "A 20% increase in costs": a percentage just before the direction. */
function sizeBefore(tokens: readonly Token[], directionFirst: number, first: number): Size | undefined {
  const unit = directionFirst - 1;
  if (unit - 1 < first || !PERCENT.has(tokens[unit]!.normal)) return undefined;
  const figure = readNumber(tokens[unit - 1]!);
  return figure === undefined ? undefined : { change: percentChange(figure, 1), first: unit - 1, end: directionFirst };
}

const percentChange = (percent: number, sign: number) => Math.abs(Math.log2(Math.max(0.01, 1 + (sign * percent) / 100)));

function readNumber(token: Token): number | undefined {
  if (token.type !== 'number') return undefined;
  const value = Number.parseFloat(token.text.replace(/,/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

/** "from 45 to 12", "from 4 hours to 20 minutes": the ratio of the second figure to the first, in the same unit. */
function readFromTo(tokens: readonly Token[], from: number, end: number): { ratio: number; end: number } | undefined {
  const before = readFigure(tokens, from + 1, end);
  if (!before || tokens[before.end]?.normal !== 'to') return undefined;
  const after = readFigure(tokens, before.end + 1, end);
  if (!after || before.value <= 0 || after.value < 0) return undefined;
  const [scaleBefore, scaleAfter] = [before.unit ?? after.unit ?? 1, after.unit ?? before.unit ?? 1];
  return { ratio: Math.max(0.001, (after.value * scaleAfter) / (before.value * scaleBefore)), end: after.end };
}

function readFigure(tokens: readonly Token[], index: number, end: number): { value: number; unit?: number; end: number } | undefined {
  if (index >= end) return undefined;
  const value = readNumber(tokens[index]!);
  if (value === undefined) return undefined;
  const next = tokens[index + 1];
  if (next && index + 1 < end) {
    const seconds = TIME_UNITS.get(next.lemma) ?? TIME_UNITS.get(next.normal);
    if (seconds !== undefined) return { value, unit: seconds, end: index + 2 };
    if (PERCENT.has(next.normal)) return { value, end: index + 2 };
  }
  return { value, end: index + 1 };
}

/** The hit of one movement: direction × the metric's polarity, sized, negated or hedged where the predicate says so. */
function movementHit(
  metric: Mention,
  directionFirst: number,
  directionEnd: number,
  direction: 1 | -1,
  size: Size | undefined,
  reading: { negated: boolean; hedged: boolean },
): Hit {
  const scale = size ? Math.min(LARGEST_SIZE, SMALLEST_SIZE + size.change / 2) : 1;
  const valence = direction * metric.term.sign * MOVEMENT_STRENGTH * scale;
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

/**
 * Lexicon hits with movements in their place: a movement wins over the words it spans ("fewer errors" is good news,
 * though "errors" alone is not).
 */
export function withMovements(hits: readonly Hit[], movements: readonly Hit[]): Hit[] {
  if (movements.length === 0) return hits as Hit[];
  // Both lists are in text order and movements do not overlap each other: one merge pass.
  const merged: Hit[] = [];
  let m = 0;
  for (const hit of hits) {
    while (m < movements.length && movements[m]!.end <= hit.first) merged.push(movements[m++]!);
    const movement = movements[m];
    if (movement && movement.first < hit.end) continue;
    merged.push(hit);
  }
  while (m < movements.length) merged.push(movements[m++]!);
  return merged.filter((hit) => hit.weight !== 0);
}
