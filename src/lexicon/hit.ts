import type { LexiconEntry } from './compile.js';

/** A lexicon match in the token stream, with its weight as the rules change it. */
export interface Hit {
  /** First token of the match. */
  first: number;
  /** One past the last token of the match. */
  end: number;
  entry: LexiconEntry;
  weight: number;
  rules: string[];
  /** Cues of sarcasm that changed this hit, with the rule that found them. */
  cues?: { rule: string; name: string; confidence: number; against?: number }[];
  /** Tokens the hit names rather than judges, such as a movement's metric ("NPS"): capitals there are spelling, not emphasis. */
  named?: { first: number; end: number };
}

/**
 * Lexicon hits with readings of several words in their place: a movement or a rating wins over the words it spans
 * ("fewer errors" is good news, though "errors" alone is not). A found hit of weight 0 only names something (a metric
 * for the intent veto): the words it spans keep their lexicon reading.
 */
export function inPlaceOf(hits: readonly Hit[], found: readonly Hit[]): Hit[] {
  if (found.length === 0) return hits as Hit[];
  const readings = found.filter((hit) => hit.weight !== 0);
  if (readings.length === 0) return hits as Hit[];
  // Both lists are in text order and found readings do not overlap each other: one merge pass.
  const merged: Hit[] = [];
  let m = 0;
  for (const hit of hits) {
    while (m < readings.length && readings[m]!.end <= hit.first) merged.push(readings[m++]!);
    const reading = readings[m];
    if (reading && reading.first < hit.end) continue;
    merged.push(hit);
  }
  while (m < readings.length) merged.push(readings[m++]!);
  return merged;
}
