import { describe, expect, test } from 'vitest';
import { analyzerWith, evidenceFor } from '../../test/helpers.js';
import { negation } from './negation.js';
import { price } from './price.js';

const analyzer = analyzerWith([price, negation]);
const weightOf = (text: string, quote: string) => evidenceFor(analyzer.analyze(text).evidence, quote).weight;

describe('price', () => {
  test.each([
    ['The prices are really low.', 'low'],
    ['Low prices and a friendly team.', 'Low'],
    ['The price of the plan is really cheap.', 'cheap'],
    ['Our renewal cost is lower this year.', 'lower'],
  ])('a low price is good news: %s', (text, quote) => {
    expect(weightOf(text, quote)).toBeGreaterThan(0);
  });

  test.each([
    ['The case is cheap plastic.', 'cheap'],
    ['Uptime has been low all week.', 'low'],
    ['The price is fine, but the build feels cheap.', 'cheap'],
  ])('cheap or low things are still faults: %s', (text, quote) => {
    expect(weightOf(text, quote)).toBeLessThan(0);
  });

  test('"not cheap" about a price is a complaint', () => {
    expect(weightOf('The pricing is not cheap.', 'cheap')).toBeLessThan(0);
  });
});
