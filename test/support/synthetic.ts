// Labelled texts where the signal is known: made-up words no lexicon knows carry the label, among neutral filler.
import { seededRandom } from '../../src/fit/random.js';

const FILLER = ['the', 'ticket', 'about', 'our', 'account', 'report', 'on', 'monday', 'team', 'export', 'page', 'with', 'this', 'week'];
/** Words that stand for each sentiment label in the synthetic texts; no lexicon knows them. */
export const SIGNALS = { negative: ['zorblat', 'quenvik'], positive: ['miraflen', 'tuvosh'], neutral: [] as string[] };

/** `count` texts of 6-9 filler words, each with one signal word of its label (neutral ones have none). */
export function syntheticSentiment(count: number, seed: number): { text: string; label: 'positive' | 'negative' | 'neutral' }[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const labels = ['negative', 'positive', 'neutral'] as const;
  return Array.from({ length: count }, (_, index) => {
    const label = labels[index % 3]!;
    const words = Array.from({ length: 6 + Math.floor(random() * 4) }, () => pick(FILLER));
    if (label !== 'neutral') words.splice(Math.floor(random() * words.length), 0, pick(SIGNALS[label]));
    return { text: `${words.join(' ')} ${index}.`, label };
  });
}

/**
 * `count` texts for three intents, each named by its own made-up words; with `noise`, that share of texts carries the
 * word of an intent drawn at random instead, so a word tells its intent only most of the time.
 */
export function syntheticIntents(count: number, seed: number, noise = 0): { text: string; intent: string }[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const intents: Record<string, string[]> = {
    refund: ['brelmox', 'brelmoxed'],
    upgrade: ['stavrin', 'stavrins'],
    outage: ['gondric', 'gondrical'],
  };
  const names = Object.keys(intents);
  return Array.from({ length: count }, (_, index) => {
    const intent = names[index % names.length]!;
    const words = Array.from({ length: 5 + Math.floor(random() * 4) }, () => pick(FILLER));
    const named = random() < noise ? pick(names) : intent;
    words.splice(Math.floor(random() * words.length), 0, pick(intents[named]!));
    return { text: `${words.join(' ')} ${index}`, intent };
  });
}

/** Made-up words that make praise sarcastic in the synthetic texts: the bad situation no lexicon knows. */
export const SARCASM_SIGNALS = ['vornak', 'skelliged'];

/**
 * `count` texts that all open with praise ("Great," or "Love how"); the sarcastic half also holds a made-up bad
 * situation, the sincere half a made-up neutral word in its place.
 */
export function syntheticSarcasm(count: number, seed: number): { text: string; sarcastic: boolean }[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_, index) => {
    const sarcastic = index % 2 === 0;
    const words = Array.from({ length: 5 + Math.floor(random() * 4) }, () => pick(FILLER));
    words.splice(Math.floor(random() * words.length), 0, sarcastic ? pick(SARCASM_SIGNALS) : 'plimmet');
    return { text: `${pick(['Great,', 'Love how'])} ${words.join(' ')} ${index}.`, sarcastic };
  });
}
