import { describe, expect, test } from 'vitest';
import { fitLinear, type LearnerSettings, scoreRow, type TrainingRow } from './learner.js';

// Three labels, each told by its own feature; feature 3 is noise present everywhere.
const rows: TrainingRow[] = Array.from({ length: 60 }, (_, index) => ({
  ids: Int32Array.of(index % 3, 3),
  values: Float64Array.of(1, 1),
  targets: [index % 3],
}));

const settings = (loss: LearnerSettings['loss']): LearnerSettings => ({ exclusive: true, loss, epochs: 10, l2: 0, dropout: 0, seed: 1 });

function predicted(weights: ReturnType<typeof fitLinear>, row: TrainingRow): number {
  const scores = new Float64Array(3);
  scoreRow(row, weights.weights, weights.bias, scores);
  return scores.indexOf(Math.max(...scores));
}

describe('fitLinear', () => {
  test.each(['log', 'hinge'] as const)('with the %s loss, learns which feature tells which label', (loss) => {
    const weights = fitLinear(rows, 4, 3, settings(loss));
    for (const row of rows) expect(predicted(weights, row)).toBe(row.targets[0]);
  });

  test('the hinge loss stops moving weights once every example clears its margin, and leaves the noise alone', () => {
    const short = fitLinear(rows, 4, 3, { ...settings('hinge'), epochs: 10 });
    const long = fitLinear(rows, 4, 3, { ...settings('hinge'), epochs: 50 });
    expect(Array.from(long.weights)).toEqual(Array.from(short.weights));
    // The noise feature is in every example, so the updates for and against each label cancel.
    const noise = Array.from(long.weights.subarray(9, 12));
    const signal = long.weights[0]!;
    for (const weight of noise) expect(Math.abs(weight)).toBeLessThan(signal);
  });

  test('the log loss keeps moving weights on separable data, toward ever surer verdicts', () => {
    const short = fitLinear(rows, 4, 3, { ...settings('log'), epochs: 10 });
    const long = fitLinear(rows, 4, 3, { ...settings('log'), epochs: 50 });
    expect(long.weights[0]!).toBeGreaterThan(short.weights[0]!);
  });
});
