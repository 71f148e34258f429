// The scorers cxtone is compared with, each used the way its documentation says, with its own
// documented decision rule: VADER's compound ±0.05, AFINN's and wink's sign of the score.
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createAnalyzer } from '../src/index.js';
import { DEFAULT_NEUTRAL_BAND } from '../src/options.js';
import type { Polarity } from './metrics.js';

const require = createRequire(import.meta.url);
const vader = require('vader-sentiment') as { SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } } };
const Sentiment = require('sentiment') as new () => { analyze(text: string): { score: number; comparative: number } };

export interface Scorer {
  name: string;
  /** Returns a score (any scale, sign = polarity) and the 3-class label. */
  score(text: string): { score: number; label: Polarity };
}

export function cxtoneScorer(options: Parameters<typeof createAnalyzer>[0] = {}): Scorer {
  const analyzer = createAnalyzer(options);
  const band = options.neutralBand ?? DEFAULT_NEUTRAL_BAND;
  return {
    name: 'cxtone',
    score(text) {
      const { score, label } = analyzer.analyze(text).sentiment;
      // A 3-class benchmark has no `mixed`: such texts are read by the sign of their score.
      if (label !== 'mixed') return { score, label };
      return { score, label: score >= band ? 'positive' : score <= -band ? 'negative' : 'neutral' };
    },
  };
}

const bySign = (value: number, band = 0): Polarity => (value > band ? 'positive' : value < -band ? 'negative' : 'neutral');

export const vaderScorer: Scorer = {
  name: 'vader-sentiment',
  score(text) {
    const { compound } = vader.SentimentIntensityAnalyzer.polarity_scores(text);
    // VADER's documented thresholds: compound >= 0.05 positive, <= -0.05 negative.
    return { score: compound, label: compound >= 0.05 ? 'positive' : compound <= -0.05 ? 'negative' : 'neutral' };
  },
};

const afinn = new Sentiment();
export const afinnScorer: Scorer = {
  name: 'sentiment (AFINN)',
  score(text) {
    const { score } = afinn.analyze(text);
    return { score, label: bySign(score) };
  },
};

let winkInstance: ReturnType<typeof winkNLP> | undefined;
export const winkScorer: Scorer = {
  name: 'wink-nlp',
  score(text) {
    winkInstance ??= winkNLP(model);
    const value = winkInstance.readDoc(text).out(winkInstance.its.sentiment) as unknown as number;
    return { score: value, label: bySign(value) };
  },
};

export const peerScorers: readonly Scorer[] = [vaderScorer, afinnScorer, winkScorer];
