import { describe, expect, test } from 'vitest';
import { toProbabilities } from '../model/compiled.js';
import { fitTemperature } from './calibrate.js';
import { seededRandom } from './random.js';

/** Scores whose labels are drawn from softmax(scores / temperature): the temperature that generated them is known. */
function sample(temperature: number, count: number): { scores: Float64Array[]; targets: number[][] } {
  const random = seededRandom(7);
  const scores: Float64Array[] = [];
  const targets: number[][] = [];
  for (let i = 0; i < count; i++) {
    const row = Float64Array.from({ length: 4 }, () => 2 * random() - 1);
    const probabilities = toProbabilities(
      row.map((score) => score / temperature),
      true,
    );
    let draw = random();
    let label = 0;
    while (label < 3 && draw >= probabilities[label]!) draw -= probabilities[label++]!;
    scores.push(row);
    targets.push([label]);
  }
  return { scores, targets };
}

describe('fitTemperature', () => {
  test.each([0.2, 0.5, 2])('recovers the temperature %s that generated the labels', (temperature) => {
    const { scores, targets } = sample(temperature, 20_000);
    expect(fitTemperature(scores, targets)).toBeCloseTo(temperature, 1);
  });

  test('scores that always pick the right label by a margin are made sharper, never flattened', () => {
    const scores = [Float64Array.of(1, 0), Float64Array.of(0, 1)];
    expect(fitTemperature(scores, [[0], [1]])).toBeLessThan(0.05);
  });
});
