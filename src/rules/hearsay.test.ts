import { describe, expect, test } from 'vitest';
import { analyzerWith, factorOf } from '../../test/helpers.js';
import { analyze } from '../index.js';
import { hearsay } from './hearsay.js';

const analyzer = analyzerWith([hearsay]);
const without = analyzerWith([]);
const quotes = (text: string, by = analyzer) => by.analyze(text).evidence.map((item) => item.text);

describe('hearsay', () => {
  test.each([
    ['We were told it was fixed.', 'fixed'],
    ["I've been promised it would be resolved by Monday.", 'resolved'],
    ['Support claimed the issue was resolved.', 'resolved'],
    ['Your agent said the export would be faster after the update.', 'faster'],
    ['You said it was resolved, but it still fails.', 'resolved'],
    ['We were assured the sync would work.', 'assured'],
    ['Your latest email says the issue is resolved.', 'resolved'],
    ['The status page shows everything working fine.', 'fine'],
    // Plural messages, and notes and announcements.
    ['The release notes say the bug is fixed.', 'fixed'],
    ['Your release notes said the crash was resolved.', 'resolved'],
    ['The docs say the export works fine with SSO.', 'fine'],
    // What the product was sold as.
    ['The product was sold to us as supporting multi-currency invoicing, which it does not.', 'supporting'],
    ['It was marketed as the easiest CRM on the market.', 'easiest'],
  ])('mutes praise inside a claim made to the writer: %s', (text, quote) => {
    expect(quotes(text, without)).toContain(quote);
    expect(quotes(text)).not.toContain(quote);
  });

  test.each([
    ['I told them it works great.', 'works great'],
    ['My colleague said your support is great.', 'great'],
    ['They say the new UI is great.', 'great'],
    ['They told us it was fixed and it works great now.', 'works great'],
    ['We were told it was fixed. The export works great now.', 'works great'],
    ['I have been assured this will be fixed soon.', 'assured'],
    ['Our dashboard shows great numbers this month.', 'great'],
    ['Works as advertised, great support.', 'great'],
  ])('leaves the writer’s own verdicts and praise passed on alone: %s', (text, quote) => {
    expect(factorOf(analyzer, text, quote)).toBe(1);
  });

  test('a claimed fix is no good news in the default analyzer', () => {
    expect(analyze('We reported this last week and were told it was fixed.').sentiment.label).toBe('neutral');
    expect(analyze('We reported this last week and it was fixed.').sentiment.label).toBe('positive');
  });
});
