import type { Token } from '../doc/token.js';
import { findPatterns, type PatternMatch } from '../patterns/matcher.js';
import type { CompiledSituations } from './compile.js';
import type { Hit } from './hit.js';

/**
 * Situation matches in tokens `[first, end)` as hits: longest first, those that overlap joined into one. `scanned`: the
 * sentence's situation matches when a scan of more patterns has made them (see `compilePatterns`), so the tokens are not
 * read again.
 */
export function findSituations(
  tokens: readonly Token[],
  first: number,
  end: number,
  situations: CompiledSituations,
  scanned?: PatternMatch[],
): Hit[] {
  if (situations.patterns.length === 0) return [];
  const matches = scanned ?? findPatterns(tokens, first, end, situations.index);
  if (matches.length === 0) return [];
  matches.sort((a, b) => a.first - b.first || b.end - a.end);
  const found: Hit[] = [];
  for (const match of matches) {
    const entry = situations.entries.get(match.name)!;
    const last = found[found.length - 1];
    if (last === undefined || match.first >= last.end) {
      found.push({ first: match.first, end: match.end, entry, weight: entry.valence, rules: [] });
    } else if (match.end > last.end) {
      // Two situations that overlap are one, over both, as strong as the stronger: "every time we open a ticket we have
      // to" and "have to start from scratch".
      last.end = match.end;
      if (entry.valence < last.weight) {
        last.entry = entry;
        last.weight = entry.valence;
      }
    }
  }
  return found;
}

/**
 * Lexicon hits with situations in their place. A situation takes the words it spans, praise among them ("marked my
 * ticket as resolved without a fix" is no praise of a resolution), and keeps the stronger of its own weight and that
 * of the complaints it spans ("being ignored" holds "ignored"), and stretches over a complaint that runs past its end
 * ("keeps dropping records"), as the lexicon's longer reading. It gives way to a sarcasm formula ("love waiting"),
 * to a movement, which names its metric, and to praise written over all of it ("never use anything else again" is
 * loyalty, where "never use … again" would be leaving).
 */
export function withSituations(hits: readonly Hit[], found: readonly Hit[]): Hit[] {
  if (found.length === 0) return hits as Hit[];
  const merged: Hit[] = [];
  let h = 0;
  for (const [index, situation] of found.entries()) {
    // Stretched no further than the next situation's start: hits never overlap.
    const limit = found[index + 1]?.first ?? Infinity;
    while (h < hits.length && hits[h]!.end <= situation.first) merged.push(hits[h++]!);
    let covered = h;
    let weight = 0;
    let yields = false;
    let end = situation.end;
    while (covered < hits.length && hits[covered]!.first < end) {
      const hit = hits[covered++]!;
      weight += Math.min(0, hit.weight);
      yields ||= hit.entry.cue !== undefined || hit.named !== undefined || spansPraise(hit, situation);
      if (hit.end <= limit) end = Math.max(end, hit.end);
    }
    if (yields) continue;
    situation.end = end;
    if (weight < situation.weight) {
      situation.weight = weight;
      situation.entry = { ...situation.entry, valence: weight };
    }
    merged.push(situation);
    h = covered;
  }
  while (h < hits.length) merged.push(hits[h++]!);
  return merged;
}

/** Praise whose phrase holds the whole situation: the lexicon's longer reading of the same words. */
const spansPraise = (hit: Readonly<Hit>, situation: Readonly<Hit>) =>
  hit.weight > 0 && hit.first <= situation.first && hit.end >= situation.end;
