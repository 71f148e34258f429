import { analyze as analyzeWithDefault, type Analyzer } from '../analyze.js';
import { describeValue, InvalidInputError, InvalidOptionsError } from '../errors.js';
import type { Evidence, SentimentScore } from '../result.js';
import { DEFAULT_THRESHOLDS, type TextFormat } from '../options.js';
import { scoreDocument } from '../scorers/document.js';
import type { LabelThresholds } from '../scorers/label.js';
import { gatherSignals, type SideSignals } from './sideSignals.js';
import type { ScoredTurn, SpeakerRole, Turn } from './turn.js';

export type { ScoredTurn, SpeakerRole, Turn } from './turn.js';

export interface ConversationOptions {
  /** The analyzer to score turns with. Default: the default analyzer. */
  analyzer?: Analyzer;
  /**
   * Which speakers are the vendor's side, as names or a test. Speakers whose name contains the word agent,
   * support, bot, assistant, system, rep or representative (any case) are agents in any case. Everyone
   * else is the customer.
   */
  agents?: readonly string[] | ((speaker: string) => boolean);
  /** Score aspects in every turn (`customer.signals.aspects`). Default `false`. */
  aspects?: boolean;
}

/** Evidence from one turn: offsets are into that turn's text. */
export interface TurnEvidence extends Evidence {
  turn: number;
}

/** One side of the conversation, scored on its own turns only. */
export interface SideSummary {
  turns: number;
  /** Turns weighted by their own strength, as sentences are within a document. */
  sentiment: SentimentScore;
  evidence: TurnEvidence[];
}

export interface CustomerSummary extends SideSummary {
  /** How the customer's mood moved: first and last scored turn, the change, and the least-squares slope per turn. */
  trajectory: { first: number | null; last: number | null; change: number; slopePerTurn: number };
  /** Where the customer ended: their last turn. */
  lastTurn: { index: number; sentiment: SentimentScore } | null;
  /** The customer's emotions, intents, risk and aspects over the conversation; quotes name their turn. */
  signals: SideSignals;
}

export interface ConversationResult {
  turns: ScoredTurn[];
  /** The customer's side. Agent politeness never enters it. */
  customer: CustomerSummary;
  agent: SideSummary;
}

const AGENT_NAMES = new Set(['agent', 'support', 'bot', 'assistant', 'system', 'rep', 'representative']);

const soundsLikeAgent = (speaker: string) =>
  speaker
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((word) => AGENT_NAMES.has(word));

function roleResolver(agents: ConversationOptions['agents']): (speaker: string) => SpeakerRole {
  if (agents === undefined) return (speaker) => (soundsLikeAgent(speaker) ? 'agent' : 'customer');
  if (typeof agents === 'function') return (speaker) => (agents(speaker) || soundsLikeAgent(speaker) ? 'agent' : 'customer');
  if (!Array.isArray(agents) || agents.some((name) => typeof name !== 'string')) {
    throw new InvalidOptionsError(`"agents" must be an array of speaker names or a function, received ${describeValue(agents)}.`);
  }
  const names = new Set(agents.map((name) => name.trim().toLowerCase()));
  return (speaker) => (names.has(speaker.trim().toLowerCase()) || soundsLikeAgent(speaker) ? 'agent' : 'customer');
}

/** One side's turns, aggregated the way a document aggregates its sentences. */
function summarizeSide(turns: readonly ScoredTurn[], thresholds: Readonly<LabelThresholds>): SideSummary {
  const evidence: TurnEvidence[] = [];
  const parts = turns.map((turn) => {
    let positive = 0;
    let negative = 0;
    for (const item of turn.result.evidence) {
      if (item.weight > 0) positive += item.weight;
      else negative -= item.weight;
      evidence.push({ turn: turn.index, ...item });
    }
    return { score: turn.result.sentiment.score, positive, negative };
  });
  return { turns: turns.length, sentiment: scoreDocument(parts, thresholds), evidence };
}

function slope(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((a, b) => a + b, 0) / n;
  let covariance = 0;
  let variance = 0;
  values.forEach((y, x) => {
    covariance += (x - meanX) * (y - meanY);
    variance += (x - meanX) ** 2;
  });
  return Math.round((covariance / variance) * 10000) / 10000;
}

/**
 * Scores each turn of a conversation and summarises the customer and the agent apart, so that an
 * agent's "thank you so much for your patience!" never lifts the customer's score.
 *
 * @example
 * ```ts
 * const result = analyzeConversation({ turns: [
 *   { speaker: 'customer', text: 'The export has been broken for two days.' },
 *   { speaker: 'agent', text: 'So sorry! Happy to help, fixing it now.' },
 *   { speaker: 'customer', text: 'Works now, thanks a lot!' },
 * ] });
 * result.customer.trajectory; // { first: -0.5, last: 0.6, change: 1.1, slopePerTurn: 1.1 }
 * ```
 */
export function analyzeConversation(conversation: { turns: readonly Turn[] }, options: ConversationOptions = {}): ConversationResult {
  if (typeof conversation !== 'object' || conversation === null || !Array.isArray(conversation.turns)) {
    throw new InvalidInputError(`expected a conversation { turns: [...] }, received ${describeValue(conversation)}.`);
  }
  const roleOf = roleResolver(options.agents);
  if (options.aspects !== undefined && typeof options.aspects !== 'boolean')
    throw new InvalidOptionsError(`"aspects" must be a boolean, received ${describeValue(options.aspects)}.`);
  const scorers = options.aspects === undefined ? undefined : { aspects: options.aspects };
  const analyze = (text: string, format: TextFormat | undefined) => {
    const call = format === undefined ? scorers : { ...scorers, format };
    return options.analyzer ? options.analyzer.analyze(text, call) : analyzeWithDefault(text, call);
  };
  // Sides are labelled with the analyzer's own thresholds, so its neutralBand holds for the summaries too.
  const thresholds = options.analyzer?.config?.thresholds ?? DEFAULT_THRESHOLDS;
  const turns = conversation.turns.map((turn, index): ScoredTurn => {
    if (typeof turn !== 'object' || turn === null)
      throw new InvalidInputError(`turn ${index}: expected { speaker, text }, received ${describeValue(turn)}.`);
    if (typeof turn.speaker !== 'string' || turn.speaker.trim() === '')
      throw new InvalidInputError(`turn ${index}: "speaker" must be a non-empty string, received ${describeValue(turn.speaker)}.`);
    if (typeof turn.text !== 'string')
      throw new InvalidInputError(`turn ${index}: "text" must be a string, received ${describeValue(turn.text)}.`);
    if (turn.role !== undefined && turn.role !== 'customer' && turn.role !== 'agent')
      throw new InvalidInputError(`turn ${index}: "role" must be customer or agent, received ${describeValue(turn.role)}.`);
    const role = turn.role ?? roleOf(turn.speaker);
    const scored: ScoredTurn = { index, speaker: turn.speaker, role, result: analyze(turn.text, turn.format) };
    if (turn.at !== undefined) scored.at = turn.at;
    if (turn.end !== undefined) scored.end = turn.end;
    return scored;
  });
  const customerTurns = turns.filter((turn) => turn.role === 'customer');
  const scoredCustomer = customerTurns.filter((turn) => turn.result.evidence.length > 0);
  const scores = scoredCustomer.map((turn) => turn.result.sentiment.score);
  const first = scores[0] ?? null;
  const last = scores[scores.length - 1] ?? null;
  const lastCustomer = customerTurns[customerTurns.length - 1];
  return {
    turns,
    customer: {
      ...summarizeSide(customerTurns, thresholds),
      trajectory: {
        first,
        last,
        change: first === null || last === null ? 0 : Math.round((last - first) * 10000) / 10000,
        slopePerTurn: slope(scores),
      },
      lastTurn: lastCustomer ? { index: lastCustomer.index, sentiment: lastCustomer.result.sentiment } : null,
      signals: gatherSignals(customerTurns),
    },
    agent: summarizeSide(
      turns.filter((turn) => turn.role === 'agent'),
      thresholds,
    ),
  };
}
