import { describe, expect, test } from 'vitest';
import { fitLinear, type LearnerSettings, scoreRow, type TrainingRow } from './learner.js';

// Three labels, each told by its own feature; feature 3 is noise present everywhere.
const rows: TrainingRow[] = Array.from({ length: 60 }, (_, index) => ({
  ids: Int32Array.of(index % 3, 3),
  values: Float64Array.of(1, 1),
  targets: [index % 3],
}));

const settings = (loss: LearnerSettings['loss'], average = false): LearnerSettings => ({
  exclusive: true,
  loss,
  average,
  epochs: 10,
  l2: 0,
  dropout: 0,
  seed: 1,
});

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

  test("with dropout, one example's extra feature changes what the others learn by no more than its own updates", () => {
    // Row 59 gains a feature only it has. Its dropout draws change; no other row's may, nor the order of the passes.
    const changed = rows.map((row, index) =>
      index === rows.length - 1 ? { ...row, ids: Int32Array.of(...row.ids, 4), values: Float64Array.of(...row.values, 1) } : row,
    );
    const dropping = { ...settings('log'), dropout: 0.5 };
    const before = fitLinear(rows, 5, 3, dropping);
    const after = fitLinear(changed, 5, 3, dropping);
    const shared = (weights: ReturnType<typeof fitLinear>) => Array.from(weights.weights.subarray(0, 12));
    const drift = Math.max(...shared(before).map((weight, at) => Math.abs(weight - shared(after)[at]!)));
    const size = Math.max(...shared(before).map(Math.abs));
    expect(drift).toBeLessThan(0.02 * size);
  });

  test('averaging returns the mean of the weights at the end of each of the last half of the epochs', () => {
    // Label noise keeps the hinge loss moving from epoch to epoch.
    const noisy = rows.map((row, index) => (index % 7 === 0 ? { ...row, targets: [(row.targets[0]! + 1) % 3] } : row));
    const fitFor = (epochs: number, average: boolean) => fitLinear(noisy, 4, 3, { ...settings('hinge', average), epochs });
    const [third, fourth, averaged] = [fitFor(3, false), fitFor(4, false), fitFor(4, true)];
    expect(Array.from(third.weights)).not.toEqual(Array.from(fourth.weights));
    for (const [i, weight] of averaged.weights.entries()) expect(weight).toBeCloseTo((third.weights[i]! + fourth.weights[i]!) / 2, 12);
    for (const [k, bias] of averaged.bias.entries()) expect(bias).toBeCloseTo((third.bias[k]! + fourth.bias[k]!) / 2, 12);
  });

  test('the log loss keeps moving weights on separable data, toward ever surer verdicts', () => {
    const short = fitLinear(rows, 4, 3, { ...settings('log'), epochs: 10 });
    const long = fitLinear(rows, 4, 3, { ...settings('log'), epochs: 50 });
    expect(long.weights[0]!).toBeGreaterThan(short.weights[0]!);
  });
});
