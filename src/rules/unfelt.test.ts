import { describe, expect, test } from 'vitest';
import { analyzerWith, factorOf } from '../../test/helpers.js';
import { negation } from './negation.js';
import { unfelt } from './unfelt.js';

const analyzer = analyzerWith([unfelt, negation]);
const quoted = (text: string) => analyzer.analyze(text).evidence.map((item) => item.text);

describe('unfelt', () => {
  test.each([
    ["You don't have to worry about escaping.", 'worry'],
    ['You can use memcmp() without worrying about padding.', 'worrying'],
    ["If you're really worried about performance, add an index.", 'worried'],
    ['You also need to worry about users who share accounts.', 'worry'],
    ['He was worried about losing the pointer.', 'worried'],
    ['Some people were scared of the migration.', 'scared'],
    ['There is nothing to fear here.', 'fear'],
    // Asked whether a concern is due, or named as one to have, it is not felt.
    ['Do I need to worry about the string pool?', 'worry'],
    ['Should I even worry about the memory overhead?', 'worry'],
    ['Anything to worry about?', 'worry'],
    ["I'll leave that to the OP to worry about.", 'worry'],
    ['Why worry about doing it yourself?', 'worry'],
  ])('a concern that is a need, an absence or someone else’s is no feeling: %s', (text, quote) => {
    expect(quoted(text)).not.toContain(quote);
  });

  test.each([
    ["I'm worried that the migration will lose data.", 'worried'],
    ['We are really scared of another outage.', 'scared'],
    ['I have to worry about my flight now.', 'worry'],
    ['I am starting to worry about the deadline.', 'worry'],
    ['Should I be worried that nobody answered?', 'worried'],
  ])('the writer’s own concern stays: %s', (text, quote) => {
    expect(factorOf(analyzer, text, quote)).toBe(1);
  });

  test.each([
    ['I completely understand your frustration.', 'frustration'],
    ['We understand your understandable anger about the outage.', 'anger'],
    ['Thanks for raising your concerns with us.', 'concerns'],
    ['I get their disappointment, the release slipped twice.', 'disappointment'],
  ])('a feeling owned by the reader or a third person is theirs: %s', (text, quote) => {
    expect(quoted(text)).not.toContain(quote);
  });

  test.each([
    ['I understand how frustrating this must be.', 'frustrating'],
    ['We can only imagine how stressful this week has been.', 'stressful'],
    ['I know how annoying it is when the sync fails.', 'annoying'],
  ])('what the writer says they understand the reader feels is the reader’s: %s', (text, quote) => {
    expect(quoted(text)).not.toContain(quote);
  });

  test.each([
    ['That must be so frustrating.', 'frustrating'],
    ['It must have been really stressful for your team.', 'stressful'],
  ])('a feeling the writer infers with "must" is the reader’s: %s', (text, quote) => {
    expect(quoted(text)).not.toContain(quote);
  });

  test.each([
    ['This is so frustrating.', 'frustrating'],
    ['The job must be failing silently.', 'failing'],
  ])('a feeling stated, or a fault inferred, stays: %s', (text, quote) => {
    expect(factorOf(analyzer, text, quote)).toBe(1);
  });

  test.each([
    ['You have no idea how frustrating this is.', 'frustrating'],
    ['I see how bad the dashboard looks now.', 'bad'],
    ['It is frustrating how slow the export is.', 'frustrating'],
  ])('the writer’s own complaint after "how" stays: %s', (text, quote) => {
    expect(factorOf(analyzer, text, quote)).toBe(1);
  });

  test.each([
    ['My frustration with this vendor is growing.', 'frustration'],
    ['Our anger is justified after three outages.', 'anger'],
    ['I feel your pain, we had the same outage.', 'pain'],
    ['The frustration of waiting a week is real.', 'frustration'],
  ])('the writer’s own feeling, and a shared pain, stay: %s', (text, quote) => {
    expect(factorOf(analyzer, text, quote)).toBe(1);
  });
});
