import { describe, expect, test } from 'vitest';
import { analyzerWith, evidenceFor, quotesOf } from '../../test/helpers.js';
import { rate } from './rate.js';

const analyzer = analyzerWith([rate]);
const without = analyzerWith([]);
const quotes = (text: string) => quotesOf(analyzer, text);

describe('rate', () => {
  test.each([
    ['Good value for small teams, gets expensive fast as you scale.', 'fast'],
    ['It gets slow quickly with more than 50 users.', 'quickly'],
    ['The battery drains fast.', 'fast'],
    ['The app went downhill fast after the acquisition.', 'fast'],
  ])('mutes speed that measures a worsening: %s', (text, quote) => {
    // Without the rule the lexicon reads it as praise; with it, it is no evidence, and the harm keeps its weight.
    expect(evidenceFor(without.analyze(text).evidence, quote).weight).toBeGreaterThan(0);
    expect(quotes(text)).not.toContain(quote);
    expect(analyzer.analyze(text).sentiment.score).toBeLessThan(without.analyze(text).sentiment.score);
  });

  test.each([
    ["It's fast and gets the job done.", 'fast'],
    ['They fixed the bug quickly.', 'quickly'],
    ['It gets better fast once you learn the shortcuts.', 'fast'],
  ])('keeps speed that praises: %s', (text, quote) => {
    expect(evidenceFor(analyzer.analyze(text).evidence, quote).weight).toBeGreaterThan(0);
  });
});
