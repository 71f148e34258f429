// The aspect scorer's public face: what the analyzer and the evaluation import. The scorer itself is split at
// its seams under aspects/: mentions, activities, attribution, summary, and the grammar word lists.
export { attribute, locateOpinions } from './aspects/attribution.js';
export type { AspectSpan, Attribution } from './aspects/attribution.js';
export { scoreAspects } from './aspects/index.js';
export { findMentions, hasNounTag, UNCATEGORIZED } from './aspects/mentions.js';
export { aspectThresholds } from './aspects/summary.js';
export type { AspectConfig, AspectMention, NounTest, OpinionToken } from './aspects/types.js';
