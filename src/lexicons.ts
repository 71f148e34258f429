import emojiData from '../lexicons/emoji.json';
import intentsData from '../lexicons/intents.en.json';
import taxonomyData from '../lexicons/taxonomy.en.json';
import situationsData from '../lexicons/situations.en.json';
import b2bSupportCompact from './lexicon/shipped/b2b-support.en.json';
import baseCompact from './lexicon/shipped/base.en.json';
import emotionCompact from './lexicon/shipped/emotion.en.json';
import opinionCompact from './lexicon/shipped/opinion.en.json';
import { type CompactLexiconData, expandLexicon } from './lexicon/compact.js';
import { bundledCompactLexicon, bundledLexicon } from './lexicon/defineLexicon.js';
import type { Lexicon, LexiconData } from './lexicon/types.js';

/** General English valence, derived from VADER's lexicon (MIT). See `lexicons/README.md`. */
// Shipped with its entries grouped by value (see compact.ts); `lexicons/base.en.json` is the same data as people read it.
export const baseLexicon: Lexicon = bundledCompactLexicon(baseCompact as unknown as CompactLexiconData);
/** Common evaluative words the base lexicon lacks ("mediocre", "flawless", "unprofessional"), written for cxtone. */
// Shipped as the base lexicon is; `lexicons/opinion.en.json` is the data as people read it.
export const opinionLexicon: Lexicon = bundledCompactLexicon(opinionCompact as unknown as CompactLexiconData);
/** Emoji valences written for cxtone. */
export const emojiLexicon: Lexicon = bundledLexicon(emojiData as unknown as LexiconData);
/** The language of B2B support: outages, blockers, escalations, praise for fixes, and jargon muted. */
// Shipped as the base lexicon is; `lexicons/b2b-support.en.json` is the data as people read it.
export const b2bSupportLexicon: Lexicon = bundledCompactLexicon(b2bSupportCompact as unknown as CompactLexiconData);

/**
 * Negative situations ("being on hold", "closing my ticket without reading it", "waking up at 5am"): weak complaints by
 * themselves, and sarcasm with praise beside them. Bootstrapped from ironic text and written from the B2B vocabulary.
 */
export const situationsLexicon: Lexicon = bundledLexicon(situationsData as unknown as LexiconData);

/** Emotion words and phrases (frustration, anger, confusion, … gratitude, relief), written for cxtone. */
// Shipped with each emotion's terms grouped by intensity, as the base lexicon is; `lexicons/emotion.en.json` is the data.
export const emotionLexicon: Lexicon = bundledLexicon(expandLexicon(emotionCompact as unknown as CompactLexiconData));
/** Intent patterns (escalate, churn, expand, …) and escalation/churn risk factors, written for cxtone. */
export const intentLexicon: Lexicon = bundledLexicon(intentsData as unknown as LexiconData);

/** Aspect categories of B2B software (product, feature, performance, …, billing, support, ux) and the words that name them. */
export const taxonomyLexicon: Lexicon = bundledLexicon(taxonomyData as unknown as LexiconData);

/**
 * The lexicons every analyzer starts from (base, opinion, emoji, b2b-support, situations, emotion, intents, taxonomy), in
 * precedence order: later entries override earlier ones.
 */
export const defaultLexicons: readonly Lexicon[] = Object.freeze([
  baseLexicon,
  opinionLexicon,
  emojiLexicon,
  b2bSupportLexicon,
  situationsLexicon,
  emotionLexicon,
  intentLexicon,
  taxonomyLexicon,
]);
