/** A text with how unsure the analyzer is of it: 1 minus the probability of its verdict. */
export interface Candidate {
  text: string;
  uncertainty: number;
}

// Two texts sharing more than half their words (Jaccard) are near-duplicates: labelling both teaches little more.
const NEAR_DUPLICATE = 0.5;
const WORD = /\p{L}[\p{L}\p{N}'’-]*/gu;

/**
 * The texts most worth labelling next: the least certain first, skipping any that is a near-duplicate of one already
 * picked, so a batch spreads over the data instead of piling onto one confusing template. Returns indices into
 * `candidates`, least certain first (ties in input order). Each pick is compared with those already picked, so the
 * cost is at most texts × `count` comparisons of word sets.
 */
export function pickForLabelling(candidates: readonly Candidate[], count: number): number[] {
  const order = candidates.map((_, index) => index).sort((a, b) => candidates[b]!.uncertainty - candidates[a]!.uncertainty || a - b);
  const picked: number[] = [];
  const pickedWords: Set<string>[] = [];
  for (const index of order) {
    if (picked.length >= count) break;
    const words = wordSet(candidates[index]!.text);
    if (pickedWords.some((other) => jaccard(words, other) > NEAR_DUPLICATE)) continue;
    picked.push(index);
    pickedWords.push(words);
  }
  return picked;
}

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(WORD) ?? []);
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}
