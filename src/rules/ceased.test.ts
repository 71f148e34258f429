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
});
