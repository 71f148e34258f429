// Small arithmetic shared by the analysis and the rollup: pure, no imports, so every layer may use it.

/** Rounds to four decimals, the precision of every figure cxtone reports (and never -0). */
export function round(value: number): number {
  return Math.round(value * 10000) / 10000 || 0;
}

/** 1 - Π(1 - p): the chance that at least one of several independent signals is right. */
export function combine(probabilities: Iterable<number>): number {
  let doubt = 1;
  for (const probability of probabilities) doubt *= 1 - probability;
  return 1 - doubt;
}

/**
 * The first index in 0..length for which `before` is false, when it is true up to some index and false after: a binary
 * search over anything in order (tokens by offset, hits by token).
 */
export function firstNotBefore(length: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
