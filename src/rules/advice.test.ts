import { describe, expect, test } from 'vitest';
import { analyzerWith, evidenceFor } from '../../test/helpers.js';
import { ADVICE_FACTOR, advice } from './advice.js';

const analyzer = analyzerWith([advice]);
const evidenceOf = (text: string, quote: string) => evidenceFor(analyzer.analyze(text).evidence, quote);

describe('advice', () => {
  test.each([
    ['It would be better to use a map here.', 'better'],
    ['It would be easier to just rebuild the index.', 'easier'],
    ["It's easier to rebuild the index from scratch.", 'easier'],
    ['A better approach is to cache the result.', 'better'],
    ['The simplest way is to restart the worker.', 'simplest'],
    ['Even better, add an index on the column.', 'better'],
    ['Or even better, do you have a patch?', 'better'],
    ['Better yet, you could batch the writes.', 'Better'],
    ['You could better do it with a fixture.', 'better'],
    ["You'd be better off with Iterables.", 'better'],
    ['This question would be better suited to Server Fault.', 'better'],
    ['Is there an easy way to migrate the database?', 'easy'],
    ["The best solution I've found is to pin the version.", 'best'],
  ])('a comparison that recommends a way is not praise: %s', (text, quote) => {
    const evidence = evidenceOf(text, quote);
    expect(evidence.weight).toBeCloseTo(evidence.valence * ADVICE_FACTOR, 4);
    expect(evidence.rules).toEqual(['advice']);
  });

  test.each([
    ['The new version is better.', 'better'],
    ['This is a better choice than an iPod.', 'better'],
    ['The camera is much more comfortable to hold.', 'comfortable'],
    ['Even better, there were four seats left.', 'better'],
    ['The new export is faster and easier.', 'easier'],
    ["It's not perfect, but it's the best option we've found.", 'best'],
    ['The simplest solution I have seen so far.', 'simplest'],
  ])('a comparison that judges a thing stays praise: %s', (text, quote) => {
    expect(evidenceOf(text, quote).rules).not.toContain('advice');
  });

  test.each([
    ["I'd recommend using a queue for this.", 'recommend'],
    ['I recommend you take a look at the logs first.', 'recommend'],
    ['It is recommended to pin the version.', 'recommended'],
    ["I'd recommend against this unit.", 'recommend'],
    ['Can anyone recommend a profiler for Node?', 'recommend'],
    ['The vendor recommends listening to the recovery feed.', 'recommends'],
  ])('recommending an action, or asking for a recommendation, is advice: %s', (text, quote) => {
    const evidence = evidenceOf(text, quote);
    expect(evidence.weight).toBeCloseTo(evidence.valence * ADVICE_FACTOR, 4);
    expect(evidence.rules).toEqual(['advice']);
  });

  test.each([
    ['I highly recommend this camera.', 'recommend'],
    ['I would recommend your team to anyone.', 'recommend'],
    ['I would recommend buying one.', 'recommend'],
    ['The changes your team recommended fixed it.', 'recommended'],
    ['I recommend ordering in on a weeknight.', 'recommend'],
    ['I recommend you try this hidden spot.', 'recommend'],
    ['I highly recommend using a password manager.', 'recommend'],
  ])('recommending a thing endorses it: %s', (text, quote) => {
    expect(evidenceOf(text, quote).rules).not.toContain('advice');
  });
});
