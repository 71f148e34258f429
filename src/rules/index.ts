import { advice } from './advice.js';
import { conditional } from './conditional.js';
import { contrast } from './contrast.js';
import { courtesy } from './courtesy.js';
import { capitals, exclamation } from './emphasis.js';
import { intensifier } from './intensifier.js';
import { negation } from './negation.js';
import { question } from './question.js';
import type { Rule } from './rule.js';
import { sarcasm } from './sarcasm/index.js';
import { technical } from './technical.js';
import { unmet } from './unmet.js';

/**
 * The rules every analyzer runs, in order. Order matters: jargon is muted before anything amplifies it,
 * negation flips a word before intensifiers scale it, and sentence-wide emphasis and damping come last.
 */
export const defaultRules: readonly Rule[] = Object.freeze([
  technical,
  courtesy,
  negation,
  advice,
  unmet,
  intensifier,
  sarcasm,
  capitals,
  exclamation,
  contrast,
  question,
  conditional,
]);

export { advice, capitals, conditional, contrast, courtesy, exclamation, intensifier, negation, question, sarcasm, technical, unmet };
export { hasMark } from './rule.js';
export type { Adjustment, Rule, RuleContext, RuleMark } from './rule.js';
export { createSarcasmRule, sarcasmCues } from './sarcasm/index.js';
export type { SarcasmCue, SarcasmMatch, SarcasmOptions } from './sarcasm/index.js';
