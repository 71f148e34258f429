import type { Rule } from './rule.js';

// A question asks about a state rather than asserting it ("Is it working?"), so its words count half.
export const QUESTION_FACTOR = 0.5;
// Emoji and emoticons may follow the question mark without changing that it is a question.
const TRAILING = new Set(['emoji', 'emoticon']);

/** Damps sentiment in questions, except the rhetorical "why …?" / "how come …?" of a complaint. */
export const question: Rule = {
  name: 'question',
  apply({ tokens, sentence, hits }) {
    let last = sentence.end - 1;
    while (last > sentence.first && TRAILING.has(tokens[last]!.type)) last--;
    if (tokens[last]!.text !== '?') return [];
    const opener = tokens[sentence.first]!.normal;
    const rhetorical = opener === 'why' || (opener === 'how' && tokens[sentence.first + 1]?.normal === 'come');
    return rhetorical ? [] : hits.map((_, hit) => ({ hit, factor: QUESTION_FACTOR }));
  },
};
