// Activities as aspects: a verb the taxonomy names ("syncing", "logging in") when no noun names the thing.
import { PHRASAL_PARTICLES } from '../../doc/particles.js';
import type { SentenceSpan, Token } from '../../doc/token.js';
import type { OpinionToken } from './types.js';
import { EASE, FUNCTIONING, LIGHT_VERBS, OBJECT_START_POS } from './words.js';

/**
 * Activities named as aspects: the verb an adjective of ease rates ("easy to use", "slow to boot up"), and a
 * functioning verb an opinion follows ("runs fast", "works flawlessly").
 */
export function findActivities(
  tokens: readonly Token[],
  sentence: SentenceSpan,
  opinionTokens: ReadonlyMap<number, OpinionToken>,
): { first: number; end: number }[] {
  const found: { first: number; end: number }[] = [];
  const withParticle = (verb: number) =>
    verb + 1 < sentence.end && PHRASAL_PARTICLES.has(tokens[verb + 1]!.normal) && tokens[verb + 1]!.pos === 'ADP' ? verb + 2 : verb + 1;
  for (let i = sentence.first; i + 2 < sentence.end; i++) {
    const verb = i + 2;
    if (
      !EASE.has(tokens[i]!.normal) ||
      tokens[i + 1]!.normal !== 'to' ||
      tokens[verb]!.pos !== 'VERB' ||
      LIGHT_VERBS.has(tokens[verb]!.normal)
    )
      continue;
    // The verb may sit inside the rating phrase itself ("easy to use"), not inside another opinion.
    if (opinionTokens.has(verb) && opinionTokens.get(verb)!.phraseStart !== i) continue;
    const end = withParticle(verb);
    // "easy to use" rates the use; "easy to get a table" rates getting the table, an aspect of its own.
    const object = end < sentence.end && OBJECT_START_POS.has(tokens[end]!.pos);
    if (!object) found.push({ first: verb, end });
  }
  for (let i = sentence.first; i + 1 < sentence.end; i++) {
    if (!FUNCTIONING.has(tokens[i]!.normal) || tokens[i]!.pos !== 'VERB') continue;
    const end = withParticle(i);
    const rating = end < sentence.end ? opinionTokens.get(end) : undefined;
    // "runs smoothly" may be one lexicon phrase; "doesn't work properly" is a malfunction, not a rated activity.
    const inOwnPhrase = !opinionTokens.has(i) || opinionTokens.get(i)!.phraseStart === i;
    if (rating && inOwnPhrase && tokens[end]!.pos !== 'ADJ' && tokens[end]!.pos !== 'NOUN') found.push({ first: i, end });
  }
  return found;
}

/**
 * Whether the verb at `verb` follows a mention directly, adverbs and auxiliaries aside ("the sync still works").
 * `mentionEnds` holds each mention's `end`.
 */
export function hasNamedSubject(tokens: readonly Token[], sentence: SentenceSpan, verb: number, mentionEnds: ReadonlySet<number>): boolean {
  let before = verb - 1;
  while (before >= sentence.first && (tokens[before]!.pos === 'ADV' || tokens[before]!.pos === 'AUX' || tokens[before]!.pos === 'PART'))
    before--;
  return before >= sentence.first && mentionEnds.has(before + 1);
}
