import { describe, expect, test } from 'vitest';
import { analyze } from '../index.js';

const quoted = (text: string) => analyze(text).evidence.map((item) => [item.text, Math.sign(item.weight)]);

describe('ceased: what stopped is no longer so', () => {
  test.each([
    ['The app finally stopped crashing.', 'crashing'],
    ['Our admins finally stopped complaining.', 'complaining'],
    ['The errors stopped after the hotfix.', 'errors'],
    ['The crashes have stopped.', 'crashes'],
    ['The errors just stopped after the restart.', 'errors'],
  ])('a trouble that stopped is good news: %s', (text, trouble) => {
    expect(analyze(text).sentiment.label).toBe('positive');
    // The trouble reads as denied, and the verb of ending weighs nothing.
    expect(quoted(text)).toEqual([[trouble, 1]]);
  });

  test('good that stopped is bad news: "we stopped enjoying the product"', () => {
    expect(quoted('We stopped enjoying the product.')).toEqual([['enjoying', -1]]);
  });

  test.each([
    ["It won't stop crashing.", [['crashing', -1]], 'negative'],
    ["I can't stop smiling.", [['smiling', 1]], 'positive'],
  ])('a stop denied weighs nothing and the activity goes on: %s', (text, evidence, label) => {
    expect(quoted(text)).toEqual(evidence);
    expect(analyze(text).sentiment.label).toBe(label);
  });

  test.each([
    // Stopping asked for is no report that anything stopped.
    ['@united Stop pretending you care about my daughter.', 'Stop'],
    ['Please stop sending me these emails.', 'stop'],
    ['Just stop sending me these emails.', 'stop'],
    // A stop of a thing, and the lexicon's own phrase.
    ['They stopped the service without notice.', 'stopped'],
    ['The sync stopped working yesterday.', 'stopped working'],
    // A gerund read through its stem may not mean what the stem does: this "dragging" is the mouse's.
    ["The grid redraws once you've stopped dragging.", 'dragging'],
  ])('stopping that is no ending of a trouble is left to the lexicon: %s', (text, quote) => {
    const evidence = quoted(text).find(([item]) => item === quote);
    expect(evidence?.[1]).toBe(-1);
  });

  test.each([
    ['The errors are gone now.', 'errors'],
    ['The lag is gone after the update.', 'lag'],
    ['The timeouts have disappeared since the patch.', 'timeouts'],
  ])('a trouble that vanished is good news, and no problem: %s', (text, trouble) => {
    const result = analyze(text);
    expect(result.sentiment.label).toBe('positive');
    expect(quoted(text)).toEqual([[trouble, 1]]);
    expect(result.problem).toBeUndefined();
  });

  test.each([
    ['After the migration, all our custom fields are gone.', 'are gone'],
    ["I logged in this morning and the dashboard's gone.", "'s gone"],
  ])('a thing that vanished is a loss, and a problem: %s', (text, quote) => {
    const result = analyze(text);
    expect(quoted(text)).toContainEqual([quote, -1]);
    expect(result.problem?.evidence.map((item) => item.text)).toContain(quote);
  });

  test.each([
    ['The error cleared up after a restart.', 'error'],
    ['The lag went away after the update.', 'lag'],
    ['The crashes have gone away.', 'crashes'],
  ])('a trouble reported gone in two words is good news: %s', (text, trouble) => {
    expect(quoted(text)).toEqual([[trouble, 1]]);
    expect(analyze(text).problem).toBeUndefined();
  });

  test.each([
    ['Make this delay go away.', 'delay'],
    ["A nightmare that won't go away.", 'nightmare'],
    ['The errors are not gone.', 'errors'],
  ])('a vanishing asked for or denied ends nothing: %s', (text, trouble) => {
    expect(quoted(text)).toContainEqual([trouble, -1]);
  });

  test('a vanishing promised is not yet good news: "the errors will be gone after the patch"', () => {
    expect(analyze('The errors will be gone after the patch.').problem?.evidence.map((item) => item.text)).toEqual(['errors']);
  });

  test('an absence to come is no loss: "I\'ll be gone next week"', () => {
    expect(quoted("I'll be gone next week, please contact Sam.")).toEqual([]);
  });
});
