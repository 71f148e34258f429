import { describe, expect, test } from 'vitest';
import { analyzerWith, quotesOf } from '../../test/helpers.js';
import { mention } from './mention.js';

const analyzer = analyzerWith([mention]);
const quotes = (text: string) => quotesOf(analyzer, text);

describe('mention', () => {
  test.each([
    ['Could you clarify what "fair use" means in the new contract?', 'fair'],
    ['What does "critical" mean in your SLA?', 'critical'],
    ['The ticket has the status "resolved" but nothing changed.', 'resolved'],
    ['We set up a tag called "angry customer" for these.', 'angry'],
    ['Is the term "excellent" defined somewhere?', 'excellent'],
  ])('mutes a word in quotes that is named or asked about: %s', (text, word) => {
    expect(quotes(text).some((quote) => quote.includes(word))).toBe(false);
  });

  test.each([
    ['The "fix" broke everything.', 'fix'],
    ['She said it was "excellent" and it was.', 'excellent'],
    ['The fair use policy is fair.', 'fair'],
    ['"Great," I thought, "another outage."', 'great'],
    ['Beginning to write a song called "Shoot Me In The Face".', 'shoot'],
    // A status set before a complaint is the scare-quotes cue's to mock.
    ['The ticket is marked as "resolved" but the export still fails.', 'resolved'],
  ])('leaves quoted words that are used, not named: %s', (text, word) => {
    expect(quotes(text).some((quote) => quote.includes(word))).toBe(true);
  });
});
