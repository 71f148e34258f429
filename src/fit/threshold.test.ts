import { describe, expect, test } from 'vitest';
import { thresholdForPrecision } from './threshold.js';

describe('thresholdForPrecision', () => {
  // Scores from high to low; the higher ones are mostly right.
  const scores = [0.92, 0.88, 0.81, 0.77, 0.64, 0.58, 0.52, 0.41, 0.33, 0.12];
  const positive = [true, true, true, false, true, false, true, false, false, false];

  test('the lowest threshold whose flagged examples reach the target precision', () => {
    // From 0.05 up: 10 flagged, 5 right (0.5); at 0.35, 5 of 8 (0.625); at 0.45, 5 of 7 (0.714); at 0.55, 4 of 6
    // (0.667); at 0.6, 4 of 5 (0.8).
    expect(thresholdForPrecision(scores, positive, 0.75)).toBe(0.6);
    expect(thresholdForPrecision(scores, positive, 0.7)).toBe(0.45);
    expect(thresholdForPrecision(scores, positive, 0.5)).toBe(0.05);
  });

  test('when no threshold reaches the target, the most precise one', () => {
    // 2 of 4 right from 0.05, 2 of 3 from 0.25, 1 of 2 from 0.55, none above.
    expect(thresholdForPrecision([0.9, 0.6, 0.5, 0.2], [false, true, true, false], 0.9)).toBe(0.25);
  });

  test('with a prevalence, precision is reckoned where positives are that common', () => {
    const [scores, positive] = [
      [0.9, 0.7, 0.6, 0.2],
      [true, false, true, false],
    ];
    // Among the examples (half positive), 2 of 3 flagged from 0.25 are right.
    expect(thresholdForPrecision(scores, positive, 0.6)).toBe(0.25);
    // Where one text in five is positive, the two right count 0.4 each and the wrong one 1.6: a third. Only above 0.7
    // is everything flagged right.
    expect(thresholdForPrecision(scores, positive, 0.6, 0.2)).toBe(0.75);
  });

  test('a threshold that flags nothing is never chosen', () => {
    expect(thresholdForPrecision([0.3, 0.2], [false, false], 0.5)).toBe(0.05);
  });
});
