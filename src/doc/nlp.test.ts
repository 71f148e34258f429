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

test('a figure with letters after it splits as text does ("2fa" is "2 fa"); a word with digits after it stays whole', () => {
  for (const term of ['2fa', '4k', 'p1', 'mp3', 'x86']) expect(tokenizeTerm(term)).toEqual(tokenizeWithWink(term));
  expect(tokenizeTerm('2fa')).toEqual(['2', 'fa']);
  expect(tokenizeTerm('p1')).toEqual(['p1']);
});

test('a contraction written without its apostrophe splits as text does ("dont" is "do nt"); look-alike words stay whole', () => {
  for (const term of ['dont', 'wont', 'isnt', 'youre', 'ive', 'cannot', 'well', 'hell', 'hasnt', 'incident'])
    expect(tokenizeTerm(term)).toEqual(tokenizeWithWink(term));
  expect(tokenizeTerm('dont')).toEqual(['do', 'not']);
  expect(tokenizeTerm('cannot')).toEqual(['can', 'not']);
  expect(tokenizeTerm('well')).toEqual(['well']);
});
