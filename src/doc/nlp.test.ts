import { expect, test } from 'vitest';
import { tokenizeTerm, tokenizeWithWink } from './nlp.js';

test('a built-in term comes from the table, as wink-nlp splits it', () => {
  for (const term of ['thanks in advance', "can't log in", ':-)', 'add-on']) expect(tokenizeTerm(term)).toEqual(tokenizeWithWink(term));
  expect(tokenizeTerm("can't log in")).toEqual(['can', 'not', 'log', 'in']);
});

test('a term named like a member of Object is split, not found on the prototype', () => {
  for (const term of ['__proto__', 'hasOwnProperty', 'isPrototypeOf', 'valueOf'])
    expect(tokenizeTerm(term)).toEqual(tokenizeWithWink(term));
});
