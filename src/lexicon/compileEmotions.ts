import { PLEASANT_EMOTIONS } from '../presence.js';
import { tokenizeTerm } from '../doc/nlp.js';
import { type CompiledLexicon, type LexiconEntry, NO_MOVEMENTS, NO_SITUATIONS, type PhraseEntry } from './compile.js';
import type { Lexicon } from './types.js';

/** The emotions cxtone's own lexicon scores. Lexicons may add others. */
export const EMOTIONS = Object.freeze([
  'frustration',
  'anger',
  'confusion',
  'disappointment',
  'anxiety',
  'urgency',
  'satisfaction',
  'gratitude',
  'relief',
] as const);

/** A built-in emotion name; lexicons may add their own (any lower-case name). */
export type EmotionName = (typeof EMOTIONS)[number];

/** An emotion lexicon match: the emotions one term expresses, each with its intensity 0..1. */
export interface EmotionEntry extends LexiconEntry {
  emotions: Readonly<Record<string, number>>;
}

/** Emotion terms in the same lookup tables the sentiment matcher uses, so the same rules apply. */
export interface EmotionLexicon {
  lexicon: CompiledLexicon;
  /** Every emotion any lexicon names, built-in ones first. */
  names: readonly string[];
}

/**
 * Merges the `emotions` of all lexicons. Terms the sentiment lexicons claim with valence 0 ("thanks in
 * advance", "kill the process") and sarcastic formulas ("thanks for nothing") claim their words here
 * too, so politeness, jargon and sarcasm are not read as feelings.
 */
export function compileEmotions(lexicons: readonly Lexicon[], sentiment: CompiledLexicon): EmotionLexicon {
  const terms = new Map<string, Map<string, { intensity: number; source: string }>>();
  const names = new Set<string>(EMOTIONS);
  for (const lexicon of lexicons) {
    for (const emotion in lexicon.emotions) {
      names.add(emotion);
      const record = lexicon.emotions[emotion]!;
      for (const term in record) {
        const intensity = record[term];
        const byEmotion = terms.get(term) ?? new Map<string, { intensity: number; source: string }>();
        if (intensity === null || intensity === undefined) byEmotion.delete(emotion);
        else byEmotion.set(emotion, { intensity, source: lexicon.name });
        terms.set(term, byEmotion);
      }
    }
  }

  const words = new Map<string, LexiconEntry>();
  const phrases = new Map<string, PhraseEntry[]>();
  const add = (entry: LexiconEntry, tokens: readonly string[]) => {
    if (tokens.length === 1) words.set(entry.term, entry);
    else {
      const list = phrases.get(tokens[0]!) ?? [];
      list.push({ ...entry, tokens: [...tokens] });
      phrases.set(tokens[0]!, list);
    }
  };
  for (const list of sentiment.phrases.values()) {
    for (const phrase of list)
      if (phrase.valence === 0 || phrase.cue === 'formula') add({ term: phrase.term, valence: 0, source: phrase.source }, phrase.tokens);
  }
  for (const [term, byEmotion] of terms) {
    if (byEmotion.size === 0) continue;
    const emotions: Record<string, number> = {};
    let strongest = 0;
    let pleasant = false;
    let source = '';
    for (const [emotion, { intensity, source: from }] of byEmotion) {
      emotions[emotion] = intensity;
      source ||= from;
      if (intensity > strongest) {
        strongest = intensity;
        // Pleasant emotions carry positive valence through the rules, so sarcasm inverts them like any praise.
        pleasant = PLEASANT_EMOTIONS.has(emotion);
        source = from;
      }
    }
    // A term listed at 0 expresses no emotion and claims its words, as a zero sentiment entry does: "good luck" is a
    // wish, not the satisfaction of "good".
    if (strongest === 0) {
      add({ term, valence: 0, source }, tokenizeTerm(term));
      continue;
    }
    const entry: EmotionEntry = { term, valence: pleasant ? strongest : -strongest, source, emotions };
    add(entry, tokenizeTerm(term));
  }
  for (const list of phrases.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return {
    lexicon: { ...sentiment, words, phrases, derived: new Map(), movements: NO_MOVEMENTS, situations: NO_SITUATIONS, readsRatings: false },
    names: [...names],
  };
}
