import { describe, expect, test } from 'vitest';
import { analyzerWith, evidenceFor, quotesOf } from '../../test/helpers.js';
import { analyze } from '../index.js';
import { stored } from './stored.js';

const analyzer = analyzerWith([stored]);
const without = analyzerWith([]);
const quotes = (text: string) => quotesOf(analyzer, text);

describe('stored', () => {
  test.each([
    ['We keep getting errors when saving.', 'saving'],
    ['Just save the stream to a file and load it later.', 'save'],
    ['My info is saved and has worked hundreds of times before.', 'saved'],
    ["I'm saving context from each of the three previous pages.", 'saving'],
  ])('mutes "save" that stores something: %s', (text, quote) => {
    // Without the rule the lexicon reads it as praise; with it, it is no evidence at all.
    expect(evidenceFor(without.analyze(text).evidence, quote).weight).toBeGreaterThan(0);
    expect(quotes(text)).not.toContain(quote);
  });

  test.each([
    ['It saved me hours.', 'saved'],
    ['You just saved me a lot of work!', 'saved'],
    ['It saves a lot of time.', 'saves'],
    ['A space saving design.', 'saving'],
    ['Saved my sanity.', 'saved'],
    ['We save 30% on hosting now.', 'save'],
    ['The gate agent even saved a seat for my daughter.', 'saved'],
  ])('keeps "save" that spares someone something: %s', (text, quote) => {
    const evidence = evidenceFor(analyzer.analyze(text).evidence, quote);
    expect(evidence.weight).toBeGreaterThan(0);
    expect(evidence.rules).toEqual([]);
  });

  test('leaves "save" that neither stores nor spares to the lexicon: in general prose it keeps or rescues', () => {
    expect(evidenceFor(analyzer.analyze('Hopefully next time, I will save room for dessert.').evidence, 'save').weight).toBeGreaterThan(0);
    expect(evidenceFor(analyzer.analyze('The atmosphere saves it.').evidence, 'saves').weight).toBeGreaterThan(0);
  });

  test('leaves what a thing lets its user save to the lexicon: in a review it is a merit', () => {
    const text = 'All the programs have an option to save your documents as Word files.';
    expect(evidenceFor(analyzer.analyze(text).evidence, 'save').weight).toBeGreaterThan(0);
    expect(quotes('Just save your documents as Word files.')).not.toContain('save');
  });

  test('leaves a save that failed to the negation rule: it is a fault', () => {
    expect(evidenceFor(without.analyze('Most of my papers could not be saved.').evidence, 'saved').weight).toBeGreaterThan(0);
    expect(quotes('Most of my papers could not be saved.')).toContain('saved');
  });

  test('leaves phrases the lexicon lists to their own weight', () => {
    expect(evidenceFor(analyzer.analyze('Jenny saved the day.').evidence, 'saved the day').weight).toBeGreaterThan(0.5);
    expect(analyze('My changes did not save.').sentiment.label).toBe('negative');
  });

  test('in the default rules, "save your money" is advice against buying', () => {
    expect(analyze('Save your money.').sentiment.label).toBe('negative');
    expect(analyze('We keep getting 500 errors when saving.').sentiment.label).toBe('neutral');
  });
});
