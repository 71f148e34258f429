import { describe, expect, test } from 'vitest';
import { analyze } from '../index.js';
import { compileLexicons } from './compile.js';
import { defineLexicon } from './defineLexicon.js';
import { correctedEntry } from './spelling.js';

const lexicon = compileLexicons([
  defineLexicon({
    name: 'test',
    entries: {
      awful: -2,
      delicious: 2.7,
      terrible: -2.1,
      horrible: -2.5,
      magnificent: 2.9,
      receive: 0,
      blissful: 2.5,
      blistering: -2.5,
      pleasant: 2.3,
    },
  }),
]);

describe('correctedEntry', () => {
  test.each([
    ['delicous', 'delicious'],
    ['terible', 'terrible'],
    ['horrrible', 'horrible'],
    ['magnificant', 'magnificent'],
    ['pleasnat', 'pleasant'],
    ['terrbile', 'terrible'],
  ])('reads %s as %s', (typo, term) => {
    expect(correctedEntry(typo, lexicon)?.term).toBe(term);
  });

  test.each([
    ['teribble', 'two edits'],
    ['xerrible', 'another start'],
    ['awfl', 'too short'],
    ['awfull', 'a target too short to guess'],
    ['recieve', 'a target without valence'],
    ['blisterful', 'no single target'],
  ])('leaves %s alone (%s)', (word) => {
    expect(correctedEntry(word, lexicon)).toBeUndefined();
  });

  test('candidates that disagree in sign cancel each other', () => {
    const rivals = compileLexicons([defineLexicon({ name: 'rivals', entries: { sinful: -2, sinfully: 2 } })]);
    expect(correctedEntry('sinfuly', rivals)).toBeUndefined();
  });
});

describe('misspellings in analysis', () => {
  test('a typo of a sentiment word is evidence, quoted as written and named by the word it misses', () => {
    const text = 'The onboarding was terible.';
    const [evidence] = analyze(text).evidence;
    expect(evidence!.text).toBe('terible');
    expect(evidence!.term).toBe('terrible');
    expect(evidence!.weight).toBeLessThan(0);
    expect(text.slice(evidence!.start, evidence!.end)).toBe('terible');
  });

  test('a typo of a neutral word, or an inflection the model lacks, is not read as a sentiment word', () => {
    expect(analyze('I recieved the invoice yesterday.').evidence.map((item) => item.term)).not.toContain('relieved');
    expect(analyze('The curry was spiced.').evidence.map((item) => item.term)).not.toContain('spited');
    // A known neighbour that is itself the sentiment word does not block the correction.
    expect(analyze('Your agent was very freindly.').evidence.map((item) => item.term)).toContain('friendly');
  });

  test('the known-word check is what blocks a neutral neighbour', () => {
    expect(correctedEntry('recieved', compileLexicons([defineLexicon({ name: 'r', entries: { relieved: 2 } })]))?.term).toBe('relieved');
    expect(
      correctedEntry('recieved', compileLexicons([defineLexicon({ name: 'r2', entries: { relieved: 2 } })]), (word) => word === 'received'),
    ).toBeUndefined();
  });

  test('words the language model knows are never read as typos, nor are capitalised names', () => {
    expect(analyze('She has blond hair.').evidence).toEqual([]);
    expect(analyze('Ask Terible from the billing team.').evidence).toEqual([]);
  });
});
