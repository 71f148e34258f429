import { conditional } from './conditional.js';
import { contrast } from './contrast.js';
import { capitals, exclamation } from './emphasis.js';
import { intensifier } from './intensifier.js';
import { negation } from './negation.js';
import { question } from './question.js';
import type { Rule } from './rule.js';
import { technical } from './technical.js';

/**
 * The rules every analyzer runs, in order. Order matters: jargon is muted before anything amplifies it,
 * negation flips a word before intensifiers scale it, and sentence-wide emphasis and damping come last.
 */
export const defaultRules: readonly Rule[] = Object.freeze([
  technical,
  negation,
  intensifier,
  capitals,
  exclamation,
  contrast,
  question,
  conditional,
]);

export { capitals, conditional, contrast, exclamation, intensifier, negation, question, technical };
export type { Adjustment, Rule, RuleContext } from './rule.js';
