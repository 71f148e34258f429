/** Thresholds tried: a coarse grid, so that the choice cannot hang on one or two examples. */
const GRID = Array.from({ length: 19 }, (_, k) => (5 + 5 * k) / 100);

/**
 * The lowest threshold on `scores` at which the examples flagged (score ≥ threshold) are `positive` at least `target`
 * of the time: the most recall that precision allows. When no threshold reaches it, the most precise one (of equals,
 * the lowest).
 */
export function thresholdForPrecision(scores: readonly number[], positive: readonly boolean[], target: number): number {
  let mostPrecise = GRID[GRID.length - 1]!;
  let bestPrecision = -1;
  for (const threshold of GRID) {
    let flagged = 0;
    let right = 0;
    scores.forEach((score, index) => {
      if (score < threshold) return;
      flagged++;
      if (positive[index]) right++;
    });
    if (flagged === 0) continue;
    const precision = right / flagged;
    if (precision >= target) return threshold;
    if (precision > bestPrecision) [mostPrecise, bestPrecision] = [threshold, precision];
  }
  return mostPrecise;
}
