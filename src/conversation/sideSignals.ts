import type { EmotionScore, Evidence, IntentEvidence, Quote, RiskFactor, SentimentScore } from '../result.js';
import { dominantEmotion } from '../presence.js';
import { ownOrAdd } from '../dict.js';
import { combine } from '../math.js';
import { round } from '../math.js';
import type { ScoredTurn } from './turn.js';

/** A quote from one turn: offsets are into that turn's text. */
export type TurnQuote<T extends Quote = Quote> = T & { turn: number };

/** Emotions, intents, risk and aspects of one side over all its turns, each quote naming its turn. */
export interface SideSignals {
  /** Per emotion: the strongest intensity any turn reached, and the words behind it. */
  emotions: Record<string, { intensity: number; evidence: TurnQuote<Evidence>[] }>;
  dominantEmotion: string | null;
  /** Intents over the turns; confidence combines the turns' as independent evidence. */
  intents: { intent: string; confidence: number; evidence: TurnQuote<IntentEvidence>[] }[];
  /** The highest risk any turn reached, with the factors of every turn. */
  escalationRisk: number;
  churnRisk: number;
  riskFactors: (Omit<RiskFactor, 'evidence'> & { evidence: TurnQuote[] })[];
  /** Per aspect category, when turns were scored with aspects: each turn's category sentiment in order, and the quotes. */
  aspects: Record<string, { sentiment: SentimentScore[]; quotes: TurnQuote[] }>;
}

/** Gathers what each turn's optional scorers found; parts a turn lacks (scorer off) are simply absent. */
export function gatherSignals(turns: readonly ScoredTurn[]): SideSignals {
  const emotions: SideSignals['emotions'] = {};
  const intents = new Map<string, { confidences: number[]; evidence: TurnQuote<IntentEvidence>[] }>();
  const riskFactors: SideSignals['riskFactors'] = [];
  const aspects: SideSignals['aspects'] = {};
  let escalationRisk = 0;
  let churnRisk = 0;
  for (const { index: turn, result } of turns) {
    for (const [name, score] of Object.entries(result.emotions?.scores ?? {}) as [string, EmotionScore][]) {
      const side = ownOrAdd(emotions, name, () => ({ intensity: 0, evidence: [] }));
      side.intensity = Math.max(side.intensity, score.intensity);
      for (const item of score.evidence) side.evidence.push({ ...item, turn });
    }
    for (const intent of result.intents ?? []) {
      const side = intents.get(intent.intent) ?? { confidences: [], evidence: [] };
      side.confidences.push(intent.confidence);
      for (const item of intent.evidence) side.evidence.push({ ...item, turn });
      intents.set(intent.intent, side);
    }
    if (result.signals) {
      escalationRisk = Math.max(escalationRisk, result.signals.escalationRisk);
      churnRisk = Math.max(churnRisk, result.signals.churnRisk);
      for (const factor of result.signals.factors)
        riskFactors.push({ ...factor, evidence: factor.evidence.map((quote) => ({ ...quote, turn })) });
    }
    for (const [category, summary] of Object.entries(result.aspectSummary ?? {})) {
      const side = ownOrAdd(aspects, category, () => ({ sentiment: [], quotes: [] }));
      side.sentiment.push(summary.sentiment);
      for (const quote of summary.quotes) side.quotes.push({ ...quote, turn });
    }
  }
  return {
    emotions,
    dominantEmotion: dominantEmotion(emotions),
    intents: [...intents]
      .map(([intent, { confidences, evidence }]) => ({ intent, confidence: round(combine(confidences)), evidence }))
      .sort((a, b) => b.confidence - a.confidence),
    escalationRisk,
    churnRisk,
    riskFactors: riskFactors.sort((a, b) => b.weight - a.weight),
    aspects,
  };
}
