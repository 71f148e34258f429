import { windowStart } from '../doc/clause.js';
import { WRITER_PRONOUNS } from '../doc/pronouns.js';
import { isComparative } from './comparative.js';
import { isNegator } from '../doc/negators.js';
import type { Token } from '../doc/token.js';
import type { Adjustment, Rule } from './rule.js';

// "Could be better" says it is not good enough: the praise is what is missing. Reversed at half strength,
// as a complaint that is milder than "it is bad".
export const UNMET_FACTOR = -0.5;
// Room for "could have been a lot better".
const WINDOW = 6;
const MODALS = new Set(['could', 'should', 'would', 'might']);
// What follows the modal in "could be", "should have been".
const MODAL_COMPLEMENTS = new Set(['be', 'been', 'have']);
// "I expected better", "hoped for more reliable", "it needs better speakers".
const EXPECTING = new Set(['expect', 'hope', 'want', 'need']);
// "You can do better", "could do better": what the writer says was within reach and not done.
const ABLE = new Set(['can', 'could']);

/**
 * Reverses praise in a comparison with what was wanted: "could be more durable", "should have been faster", "expected
 * better"; and praise of what would have been: "a heads-up would have been nice", "I would've appreciated a call".
 */
export const unmet: Rule = {
  name: 'unmet',
  apply({ tokens, sentence, hits }) {
    const adjustments: Adjustment[] = [];
    // The sentence's first "if", found once and only when a modal's perfect is read: a sentence of many modals and much
    // praise stays linear, and most sentences never look.
    let firstIf = -1;
    hits.forEach((hit, index) => {
      if (hit.entry.valence <= 0) return;
      const comparative = isComparative(tokens, hit.first);
      const start = windowStart(tokens, hit.first, sentence.first, WINDOW);
      let wanted = false;
      for (let j = hit.first - 1; j >= start; j--) {
        // "Couldn't be better" is the highest praise, "it wouldn't have been possible without you" too.
        if (isNegator(tokens, j, sentence.first)) return;
        const word = tokens[j]!;
        if (!MODALS.has(word.normal)) {
          if (comparative && EXPECTING.has(word.lemma) && word.pos === 'VERB') wanted = true;
          continue;
        }
        const complement = tokens[j + 1]?.normal ?? '';
        if (comparative) wanted ||= MODAL_COMPLEMENTS.has(complement);
        else if (complement === 'have') {
          if (firstIf < 0) firstIf = indexOfIf(tokens, sentence.first, sentence.end);
          wanted ||= isCounterfactual(tokens, j, hit.first, sentence.first, firstIf);
        }
      }
      if (wanted || isDemandedBetter(tokens, hit, sentence.first)) adjustments.push({ hit: index, factor: UNMET_FACTOR });
    });
    return adjustments;
  },
};

/**
 * A modal's perfect (the modal at `modal`, "have" after it) before the praise, "would have been nice", "would've loved",
 * "could have been really great": what it praises did not happen, and saying so is a complaint. "Would be nice" is a
 * wish, and stays one. Praise of a thing ("would have been the perfect name") is wistful rather than wanting, and praise
 * on a condition ("if it were hotter it would have been fine", "a touch more heat and it would have been very good") is
 * the conditional's to weigh.
 */
function isCounterfactual(tokens: readonly Token[], modal: number, praise: number, first: number, firstIf: number): boolean {
  if (firstIf < modal) return false;
  // "A touch more heat and it would have …": the clause before "and" is the condition, as an "if" before the modal is.
  if (modal - 2 >= first && tokens[modal - 2]!.normal === 'and' && tokens[modal - 1]!.pos === 'PRON') return false;
  return tokens[modal + 2]!.normal === 'been'
    ? isAdverbRun(tokens, modal + 3, praise)
    : // The participle itself ("would have loved"), not how a deed would have gone ("could have easily taken").
      praise === modal + 2 && tokens[praise]!.pos === 'VERB';
}

/**
 * "Do better." and "you can do better": doing better demanded, or said to be within reach. "Do better than a scan" and
 * "it does better" compare; the first has "than" after it, the second no modal before it.
 */
function isDemandedBetter(tokens: readonly Token[], praise: { first: number; end: number }, first: number): boolean {
  const doing = praise.first - 1;
  if (doing < first || tokens[praise.first]!.normal !== 'better' || tokens[doing]!.lemma !== 'do' || tokens[praise.end]?.normal === 'than')
    return false;
  if (doing === first) return true;
  // "I can do better with the CLI" is the writer's own reach, not a verdict on anyone.
  return ABLE.has(tokens[doing - 1]!.normal) && !(doing - 2 >= first && WRITER_PRONOUNS.has(tokens[doing - 2]!.normal));
}

/** Where the first "if" of `[first, end)` stands, or `end`. */
function indexOfIf(tokens: readonly Token[], first: number, end: number): number {
  let k = first;
  while (k < end && tokens[k]!.normal !== 'if') k++;
  return k;
}

const isAdverbRun = (tokens: readonly Token[], from: number, end: number): boolean => {
  for (let k = from; k < end; k++) if (tokens[k]!.pos !== 'ADV') return false;
  return true;
};
