import { describe, expect, test } from 'vitest';
import { LexiconError } from '../errors.js';
import { bundledLexicon, defineLexicon } from './defineLexicon.js';
import type { LexiconData } from './types.js';

describe('defineLexicon', () => {
  test('normalises keys and fills defaults', () => {
    const lexicon = defineLexicon({ name: 'acme', entries: { '  SSO   Outage ': -3 } });
    expect(lexicon.entries).toEqual({ 'sso outage': -3 });
    expect(lexicon.scale).toEqual([-4, 4]);
    expect(lexicon.language).toBe('en');
    expect(Object.isFrozen(lexicon)).toBe(true);
  });

  test('normalises metrics and directions, and keeps null to remove an earlier one', () => {
    const lexicon = defineLexicon({
      name: 'acme',
      metrics: { ' Sync  Lag ': 'lower-is-better', churn: null },
      directions: { Balloon: 'up sharply' },
    });
    expect(lexicon.metrics).toEqual({ 'sync lag': 'lower-is-better', churn: null });
    expect(lexicon.directions).toEqual({ balloon: 'up sharply' });
    expect(Object.isFrozen(lexicon.metrics)).toBe(true);
  });

  test('returns an already validated lexicon as it is', () => {
    const lexicon = defineLexicon({ name: 'acme', entries: { slow: -2 } });
    expect(defineLexicon(lexicon)).toBe(lexicon);
  });

  const invalid: [string, unknown, string][] = [
    ['not an object', 'outage', 'expected a lexicon object'],
    ['no name', { entries: {} }, 'non-empty string "name"'],
    ['unknown field', { name: 'x', entires: {} }, 'unknown field "entires"'],
    ['value outside the scale', { name: 'x', entries: { outage: -9 } }, 'entry "outage" must be a number within the scale [-4, 4]'],
    ['value not a number', { name: 'x', entries: { outage: 'bad' } }, 'entry "outage"'],
    ['NaN value', { name: 'x', entries: { outage: Number.NaN } }, 'entry "outage"'],
    ['bad scale', { name: 'x', scale: [1, 5] }, '"scale" must be [min, max]'],
    ['duplicate after normalising', { name: 'x', entries: { Outage: -2, outage: -3 } }, '"Outage" and "outage" are the same term'],
    ['empty key', { name: 'x', entries: { '  ': 1 } }, 'empty key'],
    ['intensifier out of range', { name: 'x', intensifiers: { very: 5 } }, 'intensifier "very"'],
    ['technical not an array', { name: 'x', technical: 'kill' }, '"technical" must be an array'],
    ['severity not an array', { name: 'x', severity: 'urgent' }, '"severity" must be an array'],
    ['severity with an empty word', { name: 'x', severity: ['urgent', ' '] }, '"severity" must hold non-empty strings'],
    ['entries an array', { name: 'x', entries: ['outage'] }, '"entries" must be an object'],
    ['a metric without a polarity', { name: 'x', metrics: { 'sync lag': 'bad' } }, 'metric "sync lag" must be one of "higher-is-better"'],
    ['a metric polarity not a string', { name: 'x', metrics: { 'sync lag': -1 } }, 'metric "sync lag"'],
    ['metrics an array', { name: 'x', metrics: ['sync lag'] }, '"metrics" must be an object'],
    [
      'a direction that is neither up nor down',
      { name: 'x', directions: { balloon: 'sideways' } },
      'direction "balloon" must be one of "up"',
    ],
    [
      'a situation outside the scale',
      { name: 'x', situations: { 'on hold': -9 } },
      'situation "on hold" must be a number within the scale',
    ],
    ['a situation that is no pattern', { name: 'x', situations: { '(on hold': -1 } }, 'situation pattern "(on hold" is invalid'],
    [
      'duplicate metrics after normalising',
      { name: 'x', metrics: { 'Sync Lag': 'lower-is-better', 'sync lag': 'lower-is-better' } },
      'the same term',
    ],
  ];
  test.each(invalid)('rejects %s with a LexiconError that names the problem', (_, data, message) => {
    let error: unknown;
    try {
      defineLexicon(data as LexiconData);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LexiconError);
    expect((error as LexiconError).code).toBe('INVALID_LEXICON');
    expect((error as LexiconError).isCxtoneError).toBe(true);
    expect((error as Error).message).toContain(message);
    expect((error as Error).message.startsWith('cxtone: ')).toBe(true);
  });

  test('the error names the lexicon and the entry', () => {
    try {
      defineLexicon({ name: 'acme', entries: { outage: 99 } });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ lexicon: 'acme', entry: 'outage' });
    }
  });
});

describe('emotions, intents and risk factors', () => {
  test('valid data is normalised and frozen', () => {
    const lexicon = defineLexicon({
      name: 'acme',
      emotions: { frustration: { '  Sync  Storm ': 0.8, annoyed: null } },
      intents: { churn: ['leave acme'], how_to: null },
      riskFactors: { outage: { risk: 'escalation', weight: 0.4, patterns: ['sync storm'] }, legal: null },
    });
    expect(lexicon.emotions.frustration).toEqual({ 'sync storm': 0.8, annoyed: null });
    expect(lexicon.intents).toEqual({ churn: ['leave acme'], how_to: null });
    expect(lexicon.riskFactors.outage).toEqual({ risk: 'escalation', weight: 0.4, patterns: ['sync storm'] });
    expect(Object.isFrozen(lexicon.intents)).toBe(true);
  });

  test.each([
    [{ emotions: [] }, /"emotions" must be an object/],
    [{ emotions: { Frustration: { x: 0.5 } } }, /emotion name "Frustration"/],
    [{ emotions: { frustration: { x: 1.5 } } }, /intensity from 0 to 1/],
    [{ emotions: { frustration: { x: -0.2 } } }, /intensity from 0 to 1/],
    [{ intents: { churn: 'cancel' } }, /non-empty array of patterns/],
    [{ intents: { churn: [] } }, /non-empty array of patterns/],
    [{ intents: { churn: ['(cancel'] } }, /pattern "\(cancel" is invalid: "\(" at position 0 is never closed/],
    [{ intents: { churn: [42] } }, /must hold pattern strings/],
    [{ riskFactors: { x: { risk: 'doom', weight: 0.5, patterns: ['a'] } } }, /"risk" set to one of escalation, churn/],
    [{ riskFactors: { x: { risk: 'churn', weight: 2, patterns: ['a'] } } }, /"weight" above 0 and at most 1/],
    [{ riskFactors: { x: { risk: 'churn', weight: 0.5, patterns: ['a'], colour: 'red' } } }, /unknown field "colour"/],
    [{ riskFactors: { x: { risk: 'churn', weight: 0.5 } } }, /non-empty array of patterns/],
    [
      { riskFactors: { x: { risk: 'churn', weight: 0.5, patterns: ['a'], amplifies: 'yes' } } },
      /"amplifies" the string "yes"; it must be true or false/,
    ],
  ])('%j is rejected', (data, message) => {
    expect(() => defineLexicon({ name: 'bad', ...(data as object) })).toThrow(message);
  });
});

describe('bundledLexicon', () => {
  // Bundled files are taken as they are at every start; test/lexicon-files.test.ts checks that each is valid and normal.
  test('takes entries as they are, which is why the bundled files are checked', () => {
    const data = { name: 'acme', entries: { '  SSO   Outage ': -3 } };
    expect(Object.keys(bundledLexicon(data).entries)).toEqual(['  SSO   Outage ']);
    expect(Object.keys(defineLexicon(data).entries)).toEqual(['sso outage']);
  });

  test('is a validated lexicon: defineLexicon returns it as it is', () => {
    const lexicon = bundledLexicon({ name: 'acme', entries: { slow: -2 } });
    expect(defineLexicon(lexicon)).toBe(lexicon);
  });
});
