// Emotion accuracy on the public emotion datasets, with their labels mapped to cxtone's emotions.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Analyzer, EMOTION_PRESENCE as PRESENCE } from '../src/index.js';
import { readJsonl } from './data.js';
import { binaryMetrics, macroF1 } from './metrics.js';
import { markdownTable } from './results-file.js';

/** GoEmotions labels behind each cxtone emotion. Urgency has no counterpart in GoEmotions. */
export const GOEMOTIONS_MAP: Readonly<Record<string, readonly string[]>> = {
  anger: ['anger'],
  frustration: ['annoyance'],
  confusion: ['confusion'],
  disappointment: ['disappointment'],
  anxiety: ['fear', 'nervousness'],
  satisfaction: ['joy', 'admiration', 'love', 'excitement'],
  gratitude: ['gratitude'],
  relief: ['relief'],
};

/** TweetEval emotion's classes as groups of cxtone emotions; its fourth class, optimism, has no counterpart. */
export const TWEETEVAL_MAP: Readonly<Record<string, readonly string[]>> = {
  anger: ['anger', 'frustration'],
  joy: ['satisfaction', 'gratitude', 'relief'],
  sadness: ['disappointment'],
};

/** The keyword baseline: an emotion is present when its own name or adjective appears. */
export const KEYWORDS: Readonly<Record<string, RegExp>> = {
  anger: /\b(anger|angry)\b/i,
  frustration: /\b(annoy(ed|ing)?|frustrat(ed|ing|ion))\b/i,
  confusion: /\b(confus(ed|ing|ion))\b/i,
  disappointment: /\b(disappoint(ed|ing|ment)?)\b/i,
  anxiety: /\b(afraid|scared|worried|nervous|anxious)\b/i,
  satisfaction: /\b(happy|glad|love|great)\b/i,
  gratitude: /\b(thanks?|thank you)\b/i,
  relief: /\b(relie(f|ved))\b/i,
};

export interface EmotionFigures {
  /** Macro-F1 over the mapped emotions, cxtone and the keyword baseline. */
  goemotions?: { cxtone: number; keyword: number };
  tweeteval?: { cxtone: number; keyword: number; majority: number };
}

const pct = (value: number) => (value * 100).toFixed(1);

export function evaluateEmotions(dataDir: string, analyzer: Analyzer, split = 'dev'): { report: string; figures: EmotionFigures } {
  const figures: EmotionFigures = {};
  const parts: string[] = [];
  const goPath = join(dataDir, `goemotions.${split}.jsonl`);
  if (existsSync(goPath)) {
    const rows = readJsonl<{ text: string; emotions: string[] }>(goPath);
    const names = Object.keys(GOEMOTIONS_MAP);
    const counts = Object.fromEntries(names.map((name) => [name, { cx: { tp: 0, fp: 0, fn: 0 }, kw: { tp: 0, fp: 0, fn: 0 } }]));
    for (const row of rows) {
      const scores = analyzer.analyze(row.text, { intents: false, signals: false }).emotions!.scores;
      for (const name of names) {
        const gold = GOEMOTIONS_MAP[name]!.some((label) => row.emotions.includes(label));
        tally(counts[name]!.cx, gold, scores[name]!.intensity >= PRESENCE);
        tally(counts[name]!.kw, gold, KEYWORDS[name]!.test(row.text));
      }
    }
    const tableRows = names.map((name) => {
      const cx = binaryMetrics(counts[name]!.cx.tp, counts[name]!.cx.fp, counts[name]!.cx.fn);
      const kw = binaryMetrics(counts[name]!.kw.tp, counts[name]!.kw.fp, counts[name]!.kw.fn);
      return { name, cx, kw, gold: counts[name]!.cx.tp + counts[name]!.cx.fn };
    });
    const cxMacro = tableRows.reduce((sum, row) => sum + row.cx.f1, 0) / names.length;
    const kwMacro = tableRows.reduce((sum, row) => sum + row.kw.f1, 0) / names.length;
    figures.goemotions = { cxtone: cxMacro, keyword: kwMacro };
    parts.push(`### GoEmotions (${split}, ${rows.length} Reddit comments, multi-label)

Each cxtone emotion is present when its intensity is at least ${PRESENCE}; gold is present when any mapped GoEmotions label is.
The keyword baseline marks an emotion present when its own name or adjective appears ("angry", "confused", "thanks");
the majority baseline (every emotion absent) scores F1 0 on each. Published reference: BERT-base macro-F1 0.46 over all 28 labels (test).

${markdownTable(
  ['cxtone emotion', 'GoEmotions labels', 'gold n', 'precision', 'recall', 'F1', 'keyword F1'],
  [
    ...tableRows.map((row) => [
      row.name,
      GOEMOTIONS_MAP[row.name]!.join(', '),
      String(row.gold),
      pct(row.cx.precision),
      pct(row.cx.recall),
      pct(row.cx.f1),
      pct(row.kw.f1),
    ]),
    ['**macro**', '', '', '', '', `**${pct(cxMacro)}**`, pct(kwMacro)],
  ],
)}`);
  }
  const tePath = join(dataDir, `tweeteval-emotion.${split === 'dev' ? 'val' : split}.jsonl`);
  if (existsSync(tePath)) {
    const rows = readJsonl<{ text: string; emotions: string[] }>(tePath).filter((row) => row.emotions[0]! in TWEETEVAL_MAP);
    const classes = Object.keys(TWEETEVAL_MAP);
    const gold = rows.map((row) => row.emotions[0]!);
    const majorityClass = classes.reduce((best, label) =>
      gold.filter((g) => g === label).length > gold.filter((g) => g === best).length ? label : best,
    );
    const cxtone = rows.map((row) => {
      const scores = analyzer.analyze(row.text, { intents: false, signals: false }).emotions!.scores;
      return strongest(classes, (label) => Math.max(...TWEETEVAL_MAP[label]!.map((name) => scores[name]!.intensity)), majorityClass);
    });
    const keyword = rows.map((row) =>
      strongest(classes, (label) => (TWEETEVAL_MAP[label]!.some((name) => KEYWORDS[name]!.test(row.text)) ? 1 : 0), majorityClass),
    );
    figures.tweeteval = {
      cxtone: macroF1(gold, cxtone),
      keyword: macroF1(gold, keyword),
      majority: macroF1(
        gold,
        rows.map(() => majorityClass),
      ),
    };
    parts.push(`### TweetEval emotion (${split === 'dev' ? 'val' : split}, ${rows.length} tweets with anger, joy or sadness)

One label per tweet: the class whose cxtone emotions (${classes.map((label) => `${label} ← ${TWEETEVAL_MAP[label]!.join(' + ')}`).join('; ')}) are strongest;
when none is present, the majority class (${majorityClass}). Optimism has no cxtone counterpart and its tweets are left out.
Published reference (4 classes, test): RoBERTa-base macro-F1 76.1, SVM 64.7.

${markdownTable(
  ['system', 'macro-F1 (3 classes)'],
  [
    ['cxtone', `**${pct(figures.tweeteval.cxtone)}**`],
    ['keyword baseline', pct(figures.tweeteval.keyword)],
    [`majority (${majorityClass})`, pct(figures.tweeteval.majority)],
  ],
)}`);
  }
  return { report: parts.join('\n\n'), figures };
}

function tally(counts: { tp: number; fp: number; fn: number }, gold: boolean, predicted: boolean): void {
  if (gold && predicted) counts.tp++;
  else if (predicted) counts.fp++;
  else if (gold) counts.fn++;
}

function strongest(classes: readonly string[], strength: (label: string) => number, fallback: string): string {
  let best = fallback;
  let bestStrength = 0;
  for (const label of classes) {
    const value = strength(label);
    if (value > bestStrength) {
      best = label;
      bestStrength = value;
    }
  }
  return best;
}
