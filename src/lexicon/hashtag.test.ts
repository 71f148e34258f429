import { describe, expect, test } from 'vitest';
import { analyze } from '../index.js';
import { compileLexicons } from './compile.js';
import { defineLexicon } from './defineLexicon.js';
import { hashtagEntry } from './hashtag.js';

const evidenceOf = (text: string) => analyze(text).evidence.map((item) => [item.text, item.term, Math.sign(item.weight)]);

describe('compound hashtags', () => {
  test.each([
    ['Lost my bag again #badservice', '#badservice', 'bad service', -1],
    ['Flight cancelled #neveragain', '#neveragain', 'never again', -1],
    ['Third delay this week #epicfail', '#epicfail', 'epic fail', -1],
    ['Landed early #happycustomer', '#happycustomer', 'happy customer', 1],
    ['Waited two hours at the gate #notimpressed', '#notimpressed', 'not impressed', -1],
    ['Kept us on the tarmac for three hours #worstairlineever', '#worstairlineever', 'worst airline ever', -1],
  ])('are read as the words they join: %s', (text, tag, term, sign) => {
    expect(evidenceOf(text)).toContainEqual([tag, term, sign]);
  });

  test.each([
    // A word the model knows whole, or whose plain form it knows, is not split: not "the rapist", not "pat riots".
    'Booked a session with my #therapist',
    'Watching the #Patriots tonight',
    // Capitals inside a tag mark a name or a joke.
    'Flying #UnitedAirlines to Denver',
    'He can deflate the commissioner #GODcomplex',
    // Mild words inside a tag are as often part of a name.
    'Just bought a new #smartphone',
  ])('are left alone when they are a word, a name or mild: %s', (text) => {
    expect(analyze(text).evidence.filter((item) => item.text.startsWith('#'))).toEqual([]);
  });

  test('a tag read more than one way with the fewest words is not read; the fewest words win', () => {
    const lexicon = compileLexicons([defineLexicon({ name: 't', entries: { awful: -3, lawful: 3 } })]);
    const words = new Set(['pay', 'payl', 'awful', 'lawful', 'ice', 'cream']);
    const known = (word: string) => words.has(word);
    // "payl" + "awful" and "pay" + "lawful" both take two words: which is meant is not known.
    expect(hashtagEntry('paylawful', lexicon, known)).toBeUndefined();
    words.delete('payl');
    const fresh = compileLexicons([defineLexicon({ name: 't', entries: { awful: -3, lawful: 3 } })]);
    expect(hashtagEntry('paylawful', fresh, known)).toMatchObject({ term: 'pay lawful', valence: 0.75 * 0.6 });
  });
});
