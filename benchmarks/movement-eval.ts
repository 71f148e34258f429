// Issue 19: the B2B movement suite scored by cxtone and its peers, and what movements do to every sentiment set.
import { b2bSupportLexicon } from '../src/lexicons.js';
import {
  movementCases,
  negativeFacts,
  negativeMovements,
  neutralStatements,
  positiveMovements,
  type MovementCase,
} from '../test/support/movement-cases.js';
import type { SentimentDataset } from './data.js';
import { macroF1 } from './metrics.js';
import { cxtoneScorer, peerScorers, type Scorer } from './peers.js';
import { markdownTable } from './results-file.js';

const GROUPS: [string, readonly MovementCase[]][] = [
  ['good news told as a movement', positiveMovements],
  ['bad news told as a movement', negativeMovements],
  ['a plain fact of loss', negativeFacts],
  ['nothing moves with a polarity (neutral)', neutralStatements],
  ['all', movementCases],
];

const pct = (value: number) => (100 * value).toFixed(1);
const right = (scorer: Scorer, cases: readonly MovementCase[]) =>
  cases.filter((item) => scorer.score(item.text).label === item.label).length;

/** Per sentiment set: macro-F1 of `other` (the default with something switched), of the default, and the change. */
export function comparisonRows(datasets: readonly SentimentDataset[], other: Scorer, cxtoneF1: (dataset: string) => number): string[][] {
  return datasets.map((dataset) => {
    const gold = dataset.items.map((item) => item.polarity);
    const off = macroF1(
      gold,
      dataset.items.map((item) => other.score(item.text).label),
    );
    const on = cxtoneF1(dataset.name);
    return [dataset.name, pct(off), pct(on), `${on >= off ? '+' : ''}${(100 * (on - off)).toFixed(2)}`];
  });
}

/** The suite table, and macro-F1 per sentiment set with movements switched off (every built-in metric removed) and on. */
export function evaluateMovements(
  datasets: readonly SentimentDataset[],
  cxtoneF1: (dataset: string) => number,
): { report: string; suiteAccuracy: number } {
  const scorers = [cxtoneScorer(), ...peerScorers];
  const suiteRows = GROUPS.map(([name, cases]) => [name, String(cases.length), ...scorers.map((scorer) => String(right(scorer, cases)))]);
  const suiteAccuracy = right(scorers[0]!, movementCases) / movementCases.length;
  const noMetrics = Object.fromEntries(Object.keys(b2bSupportLexicon.metrics).map((term) => [term, null]));
  const withoutMovements = cxtoneScorer({ lexicons: [{ name: 'no-movements', metrics: noMetrics }] });
  const setRows = comparisonRows(datasets, withoutMovements, cxtoneF1);
  const report = `## Movements

The B2B suite of issue 19 (\`test/support/movement-cases.ts\`, written for cxtone): cases each scorer labels as a
support lead would (3-class; cxtone's \`mixed\` read by the sign of its score, peers by their documented thresholds).
The suite was written alongside the movement rule, so cxtone's column is a development figure.

${markdownTable(['cases', 'n', ...scorers.map((scorer) => scorer.name)], suiteRows)}

Sentiment macro-F1 without movements (every built-in metric removed) and with them (the default; the issue allows a
drop of at most 0.3 points per set):

${markdownTable(['dataset', 'without movements', 'with movements', 'change'], setRows)}`;
  return { report, suiteAccuracy };
}
