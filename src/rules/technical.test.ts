import { describe, expect, test } from 'vitest';
import { analyzerWith, quotesOf } from '../../test/helpers.js';
import { technical } from './technical.js';

const analyzer = analyzerWith([technical]);
const quotes = (text: string) => quotesOf(analyzer, text);

describe('technical', () => {
  test.each([
    ['Please kill the stuck process.', 'kill'],
    ['Run kill -9 1234.', 'kill'],
    ['We abort the job after an hour.', 'abort'],
    ['Priority critical, please review.', 'critical'],
    ['Critical severity ticket.', 'critical'],
    ['It throws an exception in the handler.', 'exception'],
    ['We get error 500 from the endpoint.', 'error'],
    ['Merge into the master branch.', 'master'],
    ['A cache hit saves the query.', 'hit'],
    ['It calls process_queue() and panics.', 'panic'],
    ['The search form is vulnerable to SQL injection.', 'vulnerable'],
  ])('mutes jargon next to technical terms: %s', (text, word) => {
    expect(quotes(text)).not.toContain(word);
  });

  test.each([
    ['That answer would kill our launch.', 'kill'],
    ['This is critical for us.', 'critical'],
    ['After the breach we feel vulnerable.', 'vulnerable'],
    ['The new rate limits killed our nightly batch job.', 'killed'],
    ['Your update destroyed my dashboards.', 'destroyed'],
    ['This bug is killing us.', 'killing'],
    ['The timeout kills me every time.', 'kills'],
  ])('keeps the same words in plain prose: %s', (text, word) => {
    expect(quotes(text)).toContain(word);
  });

  test("only words on a lexicon's technical list are muted", () => {
    expect(quotes('The server is terrible.')).toContain('terrible');
  });

  test('users extend the technical list through a lexicon', () => {
    const custom = analyzerWith([technical], { lexicons: [{ name: 'ops', technical: ['terrible'] }] });
    expect(custom.analyze('The server is terrible.').evidence).toEqual([]);
  });
});
