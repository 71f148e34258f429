// Aspect extraction and aspect polarity on SemEval-2014 Task 4 (laptops, restaurants).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readDoc } from '../src/doc/readDoc.js';
import { type Analyzer, createAnalyzer, type LexiconData } from '../src/index.js';
import { DEFAULT_THRESHOLDS } from '../src/options.js';
import { attribute, locateOpinions } from '../src/scorers/aspect.js';
import { toSentimentScore, normalizeScore } from '../src/scorers/label.js';
import { readJsonl } from './data.js';
import { binaryMetrics, macroF1 } from './metrics.js';
import { markdownTable } from './results-file.js';

interface AspectRow {
  text: string;
  aspects: { term: string; from: number; to: number; polarity: string }[];
  categories: { category: string; polarity: string }[];
}

/** A restaurant taxonomy, passed the way a user passes theirs, for the category task. */
export const RESTAURANT_TAXONOMY: LexiconData = {
  name: 'restaurants',
  aspects: {
    food: ['food', 'dish*', 'meal*', 'menu', 'pizza*', 'sushi', 'dessert*', 'appetizer*', 'entree*', 'portion*', 'taste*', 'flavor*', 'wine*', 'drink*', 'bagel*', 'fish', 'rice', 'chicken', 'steak', 'pasta', 'salad*', 'sauce*', 'bread', 'cheese', 'soup', 'burger*', 'chef', 'kitchen', 'cuisine', 'roll*', 'beer*', 'coffee', 'tea', 'brunch', 'lunch', 'dinner', 'breakfast'],
    service: ['service', 'staff', 'waiter*', 'waitress*', 'server*', 'host*', 'manager', 'owner', 'bartender*', 'wait', 'reservation*', 'delivery'],
    price: ['price*', 'priced', 'cost*', 'value', 'bill', 'check', '(cheap|expensive|overpriced|affordable|pricey)', 'money', 'dollar*', '\\$'],
    ambience: ['ambience', 'ambiance', 'atmosphere', 'decor', 'music', 'place', 'room', 'setting', 'space', 'interior', 'seating', 'table*', 'bar', 'view', 'noise', '(noisy|loud|cozy|romantic|crowded)'],
  },
};

// Polarity is read by sign, with a smaller band than documents: one mild word decides an aspect.
const ASPECT_BAND = 0.05;
const pct = (value: number) => (value * 100).toFixed(1);

export interface AspectFigures {
  polarity: Record<string, { accuracy: number; macroF1: number; majority: number; n: number }>;
  extraction: Record<string, { precision: number; recall: number; f1: number }>;
  category?: { accuracy: number; n: number };
}

export function evaluateAspects(dataDir: string, analyzer: Analyzer): { report: string; figures: AspectFigures } {
  const figures: AspectFigures = { polarity: {}, extraction: {} };
  const rows: string[][] = [];
  for (const domain of ['laptops', 'restaurants']) {
    const path = join(dataDir, `semeval14-${domain}.train.jsonl`);
    if (!existsSync(path)) continue;
    const data = readJsonl<AspectRow>(path);
    const gold: string[] = [];
    const predicted: string[] = [];
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const row of data) {
      const result = analyzer.analyze(row.text, { emotions: false, intents: false, signals: false, aspects: true });
      const doc = readDoc(row.text);
      const opinions = locateOpinions(doc, result.sentences);
      const labels = goldPolarities(doc, opinions, row.aspects);
      row.aspects.forEach((aspect, k) => {
        if (aspect.polarity === 'conflict') return;
        gold.push(aspect.polarity);
        predicted.push(labels[k]!);
      });
      const found = new Set(result.aspects!.filter((item) => item.kind === 'term').flatMap((item) => item.mentions.map((mention) => `${mention.start}:${mention.end}`)));
      const expected = new Set(row.aspects.map((aspect) => `${aspect.from}:${aspect.to}`));
      for (const key of found) if (expected.has(key)) tp++;
      else fp++;
      for (const key of expected) if (!found.has(key)) fn++;
    }
    const counts = new Map<string, number>();
    for (const label of gold) counts.set(label, (counts.get(label) ?? 0) + 1);
    const majority = Math.max(...counts.values()) / gold.length;
    const accuracy = gold.filter((label, i) => label === predicted[i]).length / gold.length;
    figures.polarity[domain] = { accuracy, macroF1: macroF1(gold, predicted), majority, n: gold.length };
    figures.extraction[domain] = binaryMetrics(tp, fp, fn);
    rows.push([domain, String(gold.length), pct(accuracy), pct(macroF1(gold, predicted)), pct(majority), pct(figures.extraction[domain]!.precision), pct(figures.extraction[domain]!.recall), pct(figures.extraction[domain]!.f1)]);
  }

  const restaurants = join(dataDir, 'semeval14-restaurants.train.jsonl');
  let categoryReport = '';
  if (existsSync(restaurants)) {
    const withTaxonomy = createAnalyzer({ lexicons: [RESTAURANT_TAXONOMY], emotions: false, intents: false, signals: false, aspects: true });
    let right = 0;
    let n = 0;
    for (const row of readJsonl<AspectRow>(restaurants)) {
      const result = withTaxonomy.analyze(row.text);
      for (const { category, polarity } of row.categories) {
        if (polarity === 'conflict') continue;
        const summary = result.aspectSummary![category];
        // Categories the taxonomy does not name (anecdotes/miscellaneous), or names without opinion, take the sentence's verdict.
        const label = summary && summary.sentiment.label !== 'neutral' ? summary.sentiment.label : result.sentiment.label;
        n++;
        if (bySign(label, summary?.sentiment.score ?? result.sentiment.score) === polarity) right++;
      }
    }
    figures.category = { accuracy: right / n, n };
    categoryReport = `\n\nRestaurant category polarity (gold categories given; food, service, price and ambience through a restaurant
taxonomy passed as a user lexicon, \`benchmarks/aspect-eval.ts\`; anecdotes/miscellaneous and categories without
opinion words take the document's label): accuracy **${pct(figures.category.accuracy)}** over ${n} category labels.`;
  }

  const report = `## Aspect accuracy

SemEval-2014 Task 4 train files in the data directory (\`conflict\` left out, as usual). Polarity is given the gold
aspect terms; extraction is exact span match of the \`term\` aspects cxtone finds (\`analyze(text, { aspects: true })\`).

${markdownTable(['domain', 'aspects', 'polarity accuracy', 'polarity macro-F1', 'majority class', 'extraction precision', 'recall', 'F1'], rows)}

Published reference (test splits, Pontiki et al. 2014 and later work): aspect-term polarity accuracy for the majority
class 65.0 restaurants / 53.4 laptops, BERT-SPC 84.5 / 79.0, RoBERTa+MLP 87.4 / 83.8. Targets here: polarity accuracy
≥ 70 laptops and ≥ 75 restaurants, extraction F1 ≥ 55.${categoryReport}`;
  return { report, figures };
}

/** The polarity of each gold term, the gold terms of a sentence competing for its opinion words as the scorer's own mentions do. */
function goldPolarities(doc: ReturnType<typeof readDoc>, opinions: ReturnType<typeof locateOpinions>, aspects: AspectRow['aspects']): string[] {
  const labels: string[] = aspects.map(() => 'neutral');
  doc.sentences.forEach((sentence, s) => {
    const spans: { first: number; end: number; k: number }[] = [];
    aspects.forEach((aspect, k) => {
      let first = -1;
      let end = -1;
      for (let i = sentence.first; i < sentence.end; i++) {
        const token = doc.tokens[i]!;
        if (token.end > aspect.from && token.start < aspect.to) {
          if (first < 0) first = i;
          end = i + 1;
        }
      }
      if (first >= 0 && doc.tokens[first]!.start <= aspect.from) spans.push({ first, end, k });
    });
    if (spans.length === 0) return;
    attribute(doc.tokens, sentence, spans, opinions[s] ?? []).forEach((attribution, j) => {
      const score = normalizeScore(attribution.weight);
      const { label } = toSentimentScore(score, attribution.positive, attribution.negative, { ...DEFAULT_THRESHOLDS, neutralBand: ASPECT_BAND });
      labels[spans[j]!.k] = bySign(label, score);
    });
  });
  return labels;
}

function bySign(label: string, score: number): string {
  if (label !== 'mixed') return label;
  return score >= 0 ? 'positive' : 'negative';
}
