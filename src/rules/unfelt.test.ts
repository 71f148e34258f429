import { describe, expect, test } from 'vitest';
import { analyzerWith, factorOf } from '../../test/helpers.js';
import { negation } from './negation.js';
import { unfelt } from './unfelt.js';

const analyzer = analyzerWith([unfelt, negation]);
const quoted = (text: string) => analyzer.analyze(text).evidence.map((item) => item.text);

describe('unfelt', () => {
  test.each([
    ["You don't have to worry about escaping.", 'worry'],
    ['You can use memcmp() without worrying about padding.', 'worrying'],
    ["If you're really worried about performance, add an index.", 'worried'],
    ['You also need to worry about users who share accounts.', 'worry'],
    ['He was worried about losing the pointer.', 'worried'],
    ['Some people were scared of the migration.', 'scared'],
    ['There is nothing to fear here.', 'fear'],
  ])('a concern that is a need, an absence or someone else’s is no feeling: %s', (text, quote) => {
    expect(quoted(text)).not.toContain(quote);
  });

  test.each([
    ["I'm worried that the migration will lose data.", 'worried'],
    ['We are really scared of another outage.', 'scared'],
    ['I have to worry about my flight now.', 'worry'],
  ])('the writer’s own concern stays: %s', (text, quote) => {
    expect(factorOf(analyzer, text, quote)).toBe(1);
  });
});
