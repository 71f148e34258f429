import { describe, expect, test } from 'vitest';
import { readDoc } from '../../doc/readDoc.js';
import { isJoiningHyphen, type SentenceSpan, type Token } from '../../doc/token.js';
import { isClauseLimit } from '../../doc/clause.js';
import { COMMA_DISTANCE, sentenceClauses } from './clauses.js';

// The definitions, walked token by token: what the precomputed answers must equal.
function walkedClause(tokens: readonly Token[], sentence: SentenceSpan, index: number): [number, number] {
  let from = index;
  while (from > sentence.first && !isClauseLimit(tokens[from - 1]!)) from--;
  let to = index + 1;
  while (to < sentence.end && !isClauseLimit(tokens[to]!)) to++;
  return [from, to];
}

function walkedDistance(tokens: readonly Token[], a: number, b: number): number {
  const [low, high] = a < b ? [a, b] : [b, a];
  let distance = high - low;
  for (let i = low + 1; i < high; i++) {
    if (tokens[i]!.text === ',') distance += COMMA_DISTANCE;
    else if (isJoiningHyphen(tokens, i)) distance--;
  }
  return distance;
}

const LONG_CLAUSES = 'Great food, terrible service but the Wi-Fi was fast; the add-on, however, is slow — and the roll-out took ages';
const TEXTS = [
  `${LONG_CLAUSES}.`,
  // Past 40 tokens a sentence is indexed rather than walked: both must give the same answers.
  `${LONG_CLAUSES}, ${LONG_CLAUSES.toLowerCase()} and ${LONG_CLAUSES.toLowerCase()}.`,
  'The sync works. The export, the import and the follow-up e-mails are broken, though support was kind: thanks!',
  'but', // a sentence that is one clause limit
];

describe('sentenceClauses', () => {
  test.each(TEXTS)('clause bounds and distances equal the token walk: %s', (text) => {
    const doc = readDoc(text);
    expect(doc.sentences.length).toBeGreaterThan(0);
    for (const sentence of doc.sentences) {
      const clauses = sentenceClauses(doc.tokens, sentence);
      for (let a = sentence.first; a < sentence.end; a++) {
        expect(clauses.around(a), `token ${a}`).toEqual(walkedClause(doc.tokens, sentence, a));
        for (let b = sentence.first; b < sentence.end; b++)
          expect(clauses.distance(a, b), `tokens ${a} and ${b}`).toBe(walkedDistance(doc.tokens, a, b));
      }
    }
  });

  test('a contrast word ends a clause, a comma only adds distance', () => {
    const doc = readDoc('The food was great, but the service was slow');
    const clauses = sentenceClauses(doc.tokens, doc.sentences[0]!);
    const word = (text: string) => doc.tokens.findIndex((token) => token.text === text);
    expect(clauses.around(word('food'))).toEqual([0, word('but')]);
    expect(clauses.around(word('service'))).toEqual([word('but') + 1, doc.tokens.length]);
    expect(clauses.distance(word('great'), word('the'))).toBe(3 + COMMA_DISTANCE);
  });

  test.each(['While', 'Although', 'Even though', 'Despite the fact that'])(
    'the comma after a conceded clause opening the sentence bounds each side, for attribution only: %s',
    (opener) => {
      const doc = readDoc(`${opener} we enjoyed the food, the service was poor`);
      const clauses = sentenceClauses(doc.tokens, doc.sentences[0]!);
      const word = (text: string) => doc.tokens.findIndex((token) => token.text === text);
      const [from, to] = clauses.around(word('food'));
      expect(clauses.side(word('food'))).toEqual([from, word(',')]);
      expect(clauses.side(word('service'))).toEqual([word(',') + 1, doc.tokens.length]);
      // Which words are aspects still reads the whole clause.
      expect(to).toBe(doc.tokens.length);
    },
  );

  test('without a conceded opening, a side is the clause', () => {
    const doc = readDoc('We enjoyed the food, the service was poor');
    const clauses = sentenceClauses(doc.tokens, doc.sentences[0]!);
    expect(clauses.side(2)).toEqual(clauses.around(2));
  });
});
