/** Thresholds tried: a coarse grid, so that the choice cannot hang on one or two examples. */
const GRID = Array.from({ length: 19 }, (_, k) => (5 + 5 * k) / 100);

/**
 * The lowest threshold on `scores` at which the examples flagged (score ≥ threshold) are `positive` at least `target`
 * of the time: the most recall that precision allows. When no threshold reaches it, the most precise one (of equals,
 * the lowest).
 *
 * With `prevalence`, precision is the one expected where that share of texts is positive: each class's flagged
 * examples count by how much more or less common the class is there than among the examples.
 */
export function thresholdForPrecision(
  scores: readonly number[],
  positive: readonly boolean[],
  target: number,
  prevalence?: number,
): number {
  const share = positive.filter(Boolean).length / positive.length;
  const weightRight = prevalence === undefined || share === 0 ? 1 : prevalence / share;
  const weightWrong = prevalence === undefined || share === 1 ? 1 : (1 - prevalence) / (1 - share);
  let mostPrecise = GRID[GRID.length - 1]!;
  let bestPrecision = -1;
  for (const threshold of GRID) {
    let wrong = 0;
    let right = 0;
    scores.forEach((score, index) => {
      if (score < threshold) return;
      if (positive[index]) right++;
      else wrong++;
    });
    if (right + wrong === 0) continue;
    const precision = (weightRight * right) / (weightRight * right + weightWrong * wrong);
    if (precision >= target) return threshold;
    if (precision > bestPrecision) [mostPrecise, bestPrecision] = [threshold, precision];
  }
  return mostPrecise;
}
