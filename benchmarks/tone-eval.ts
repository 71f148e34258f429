// Issue 18: the B2B tone suite scored by cxtone and its peers, and what reading calm problems as calm does to every
// sentiment set (against `problemsAreNegative: true`, the reading before it).
import { analyze } from '../src/index.js';
import { pastedNeutral, tonePairs } from '../test/support/tone-cases.js';
import type { SentimentDataset } from './data.js';
import { comparisonRows } from './movement-eval.js';
import { cxtoneScorer, peerScorers, type Scorer } from './peers.js';
import { markdownTable } from './results-file.js';

interface ToneCase {
  text: string;
  label: 'neutral' | 'negative';
}

const calm: ToneCase[] = tonePairs.map((pair) => ({ text: pair.calm, label: 'neutral' }));
const upset: ToneCase[] = tonePairs.map((pair) => ({ text: pair.upset, label: 'negative' }));
const pasted: ToneCase[] = pastedNeutral.map((text) => ({ text, label: 'neutral' }));
const all = [...calm, ...upset, ...pasted];
const GROUPS: [string, ToneCase[]][] = [
  ['a problem told calmly (neutral)', calm],
  ['the same problem told upset (negative)', upset],
  ['pasted code, logs, templates (neutral)', pasted],
  ['all', all],
];

const right = (scorer: Scorer, cases: readonly ToneCase[]) => cases.filter((item) => scorer.score(item.text).label === item.label).length;

/** The suite table, how often the problem is reported, and macro-F1 per set with calm problems and without. */
export function evaluateTone(
  datasets: readonly SentimentDataset[],
  cxtoneF1: (dataset: string) => number,
): { report: string; suiteAccuracy: number } {
  const scorers = [cxtoneScorer(), ...peerScorers];
  const suiteRows = GROUPS.map(([name, cases]) => [name, String(cases.length), ...scorers.map((scorer) => String(right(scorer, cases)))]);
  const suiteAccuracy = right(scorers[0]!, all) / all.length;
  const reported = (cases: readonly ToneCase[]) => cases.filter((item) => analyze(item.text).problem !== undefined).length;
  const setRows = comparisonRows(datasets, cxtoneScorer({ problemsAreNegative: true }), cxtoneF1);
  const report = `## Tone versus problem

The B2B tone suite of issue 18 (\`test/support/tone-cases.ts\`, written for cxtone): ${tonePairs.length} problems each told
calmly and upset, and ${pastedNeutral.length} pasted texts; cases each scorer labels as a support lead would (3-class;
cxtone's \`mixed\` read by the sign of its score, peers by their documented thresholds). The suite was written alongside
the \`calm\` rule, so cxtone's column is a development figure.

${markdownTable(['cases', 'n', ...scorers.map((scorer) => scorer.name)], suiteRows)}

cxtone reports the problem (\`result.problem\`) in ${reported(calm)} of the ${calm.length} calm reports and ${reported(upset)} of
the ${upset.length} upset ones.

Sentiment macro-F1 with every problem read as negative (\`problemsAreNegative: true\`) and with calm problems read as
calm (the default). The issue allows a drop of at most 1 point per set; the option gives the difference back.

${markdownTable(['dataset', 'problemsAreNegative', 'default', 'change'], setRows)}`;
  return { report, suiteAccuracy };
}
