import { describeValue, InvalidOptionsError } from '../../errors.js';
import type { Adjustment, Rule } from '../rule.js';
import { announcement } from './announcement.js';
import type { SarcasmCue } from './cue.js';
import { closingNot } from './closingNot.js';
import { contrastCue } from './contrast.js';
import { eyeRoll } from './eyeRoll.js';
import { exclamative } from './exclamative.js';
import { formula } from './formula.js';
import { interjection } from './interjection.js';
import { likedEvent } from './likedEvent.js';
import { likedState } from './likedState.js';
import { reassurance } from './reassurance.js';
import { saidNoOne } from './saidNoOne.js';
import { scareQuotes } from './scareQuotes.js';
import { taggedPraise } from './taggedPraise.js';
import { thankedHarm } from './thankedHarm.js';

/** The shapes of sarcasm cxtone recognises, in the order they are checked. */
export const sarcasmCues: readonly SarcasmCue[] = Object.freeze([
  formula,
  interjection,
  announcement,
  scareQuotes,
  eyeRoll,
  reassurance,
  contrastCue,
  exclamative,
  likedState,
  likedEvent,
  taggedPraise,
  closingNot,
  saidNoOne,
  thankedHarm,
]);

export interface SarcasmOptions {
  /**
   * How far sarcastic praise is turned around: its weight is multiplied by `-strength`. 1 (default)
   * inverts it, 0.5 inverts it at half strength, 0 removes it.
   */
  strength?: number;
  /** The cues to look for. Default: all of {@link sarcasmCues}. */
  cues?: readonly SarcasmCue[];
}

/**
 * The `sarcasm` rule: praise that a cue marks as sarcastic has its contribution inverted (weight ×
 * -strength), and the sentence result reports the detection with the cues behind it.
 *
 * @example
 * ```ts
 * const gentle = createSarcasmRule({ strength: 0.5 });
 * const analyzer = createAnalyzer({ rules: defaultRules.map((rule) => (rule.name === 'sarcasm' ? gentle : rule)) });
 * ```
 */
export function createSarcasmRule(options: SarcasmOptions = {}): Rule {
  const { strength = 1, cues = sarcasmCues } = options;
  if (typeof strength !== 'number' || !(strength >= 0 && strength <= 1)) {
    throw new InvalidOptionsError(`sarcasm "strength" must be a number from 0 to 1, received ${describeValue(strength)}.`);
  }
  if (!Array.isArray(cues) || cues.some((cue) => typeof cue?.detect !== 'function' || typeof cue.name !== 'string')) {
    throw new InvalidOptionsError('sarcasm "cues" must be an array of cues, each with a "name" and a "detect" function.');
  }
  return {
    name: 'sarcasm',
    marks: ['sarcasm'],
    apply(context) {
      const adjustments: Adjustment[] = [];
      // Sarcasm turns praise around: a sentence without praise is not asked of fourteen cues.
      if (!context.hits.some((hit) => hit.weight > 0)) return adjustments;
      const seen = new Set<number>();
      for (const cue of cues) {
        for (const found of cue.detect(context)) {
          const hit = typeof found === 'number' ? found : found.hit;
          if (seen.has(hit)) continue;
          seen.add(hit);
          const { name, confidence } = cue;
          adjustments.push({
            hit,
            factor: -strength,
            cue: typeof found === 'number' ? { name, confidence } : { name, confidence, against: found.against },
          });
        }
      }
      return adjustments;
    },
  };
}

/** The default `sarcasm` rule: every cue, full inversion. */
export const sarcasm: Rule = createSarcasmRule();

export type { SarcasmCue, SarcasmMatch } from './cue.js';
export {
  announcement,
  closingNot,
  contrastCue,
  exclamative,
  eyeRoll,
  formula,
  interjection,
  likedEvent,
  likedState,
  reassurance,
  scareQuotes,
  taggedPraise,
  thankedHarm,
};
