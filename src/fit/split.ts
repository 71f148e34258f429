import { seededRandom, shuffle } from './random.js';

/**
 * Assigns each example to one of `folds` folds, stratified by its first label: every label is spread over the folds
 * as evenly as its count allows, in a seeded order.
 */
export function assignFolds(targets: readonly (readonly number[])[], folds: number, seed: number): Int32Array {
  const random = seededRandom(seed);
  const byLabel = new Map<number, number[]>();
  targets.forEach((labels, index) => {
    const label = labels[0]!;
    let members = byLabel.get(label);
    if (!members) byLabel.set(label, (members = []));
    members.push(index);
  });
  const fold = new Int32Array(targets.length);
  let next = 0;
  for (const label of [...byLabel.keys()].sort((a, b) => a - b)) {
    for (const index of shuffle(byLabel.get(label)!, random)) {
      fold[index] = next;
      next = (next + 1) % folds;
    }
  }
  return fold;
}
