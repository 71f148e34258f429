import { advice } from './advice.js';
import { bygone } from './bygone.js';
import { calm } from './calm.js';
import { ceased } from './ceased.js';
import { conditional } from './conditional.js';
import { contrast } from './contrast.js';
import { courtesy } from './courtesy.js';
import { hearsay } from './hearsay.js';
import { capitals, exclamation } from './emphasis.js';
import { intensifier } from './intensifier.js';
import { mention } from './mention.js';
import { negation } from './negation.js';
import { question } from './question.js';
import { remedied } from './remedied.js';
import type { Rule } from './rule.js';
import { sarcasm } from './sarcasm/index.js';
import { rate } from './rate.js';
import { stored } from './stored.js';
import { technical } from './technical.js';
import { unfelt } from './unfelt.js';
import { unmet } from './unmet.js';

/**
 * The rules every analyzer runs, in order. Order matters: jargon is muted before anything amplifies it,
 * negation flips a word before intensifiers scale it, sentence-wide emphasis and damping come late, and a calm
 * problem is judged last, against what every other rule left.
 */
export const defaultRules: readonly Rule[] = Object.freeze([
  technical,
  stored,
  mention,
  courtesy,
  unfelt,
  negation,
  rate,
  remedied,
  ceased,
  hearsay,
  advice,
  unmet,
  bygone,
  intensifier,
  sarcasm,
  capitals,
  exclamation,
  contrast,
  question,
  conditional,
  calm,
]);

export {
  advice,
  bygone,
  calm,
  capitals,
  ceased,
  conditional,
  contrast,
  courtesy,
  exclamation,
  hearsay,
  intensifier,
  mention,
  negation,
  question,
  rate,
  remedied,
  sarcasm,
  stored,
  technical,
  unfelt,
  unmet,
};
export { hasMark } from './rule.js';
export type { Adjustment, Rule, RuleContext, RuleMark } from './rule.js';
export { createSarcasmRule, sarcasmCues } from './sarcasm/index.js';
export type { SarcasmCue, SarcasmMatch, SarcasmOptions } from './sarcasm/index.js';
