import { describe, expect, test } from 'vitest';
import { analyzerWith, evidenceFor } from '../../test/helpers.js';
import { analyze } from '../index.js';
import { BYGONE_FACTOR, bygone, ENDED_FACTOR } from './bygone.js';

const analyzer = analyzerWith([bygone]);
const evidenceOf = (text: string, quote: string) => evidenceFor(analyzer.analyze(text).evidence, quote);

describe('bygone', () => {
  test.each([
    ['It used to be great.', 'great'],
    ['Support used to be so responsive.', 'responsive'],
    ['We used to have great support.', 'great'],
    ['I used to love this app.', 'love'],
    ['Honestly, the old UI was better.', 'better'],
    ['The previous dashboard was way more intuitive.', 'intuitive'],
    ['Back in 2022 this tool was amazing.', 'amazing'],
    // The habit's own verb, then how it went.
    ['This used to work perfectly.', 'perfectly'],
    ['Our exports used to run smoothly.', 'run smoothly'],
  ])('reverses praise of a state that has passed: %s', (text, quote) => {
    const evidence = evidenceOf(text, quote);
    expect(evidence.weight).toBeCloseTo(evidence.valence * BYGONE_FACTOR, 4);
    expect(evidence.rules).toEqual(['bygone']);
  });

  test.each([
    ['I used to dread the monthly report.', 'dread'],
    ['It used to crash every day.', 'crash every day'],
    ['The sync used to fail.', 'fail'],
    ['We used to hate the old editor, now it is fine.', 'hate'],
  ])('turns trouble that used to be into its end: %s', (text, quote) => {
    const evidence = evidenceOf(text, quote);
    expect(evidence.weight).toBeCloseTo(evidence.valence * BYGONE_FACTOR, 4);
    expect(evidence.weight).toBeGreaterThan(0);
    expect(evidence.rules).toEqual(['bygone']);
  });

  test.each([
    ['It never used to crash like this.', 'crash'],
    ["I'm used to bad support.", 'bad'],
    ['It used to take a day and now it crashes.', 'crashes'],
  ])('leaves trouble that is not over: %s', (text, quote) => {
    expect(evidenceOf(text, quote).rules).not.toContain('bygone');
  });

  test.each([
    ['I liked the old one better.', 'liked'],
    ['I liked the old one better.', 'better'],
    ['Honestly we loved our previous dashboard way more, it was faster.', 'loved'],
    ['I like the old UI better than this.', 'better'],
  ])('reverses a liking of the replaced thing, compared: %s (%s)', (text, quote) => {
    const evidence = evidenceOf(text, quote);
    expect(evidence.weight).toBeCloseTo(evidence.valence * BYGONE_FACTOR, 4);
    expect(evidence.rules).toEqual(['bygone']);
  });

  test.each([
    ['It was better before the update.', 'better'],
    ['It worked perfectly until the migration.', 'perfectly'],
    ["Everything was fine until yesterday's update.", 'fine'],
    // The event that ended it opening the sentence.
    ['Before the update this worked perfectly.', 'perfectly'],
    ['Before the migration, support was amazing.', 'amazing'],
    // An act of someone's ends it as well as an event, and a past verb of liking is itself the past.
    ['It was great until they changed the pricing.', 'great'],
    ['It worked great until you guys updated it.', 'great'],
    ['Loved it until the redesign.', 'Loved'],
  ])('reverses praise in full when the event that ended it follows: %s', (text, quote) => {
    const evidence = evidenceOf(text, quote);
    expect(evidence.weight).toBeCloseTo(evidence.valence * ENDED_FACTOR, 4);
    expect(evidence.rules).toEqual(['bygone']);
  });

  test.each([
    ['The webinar was great.', 'great'],
    ["I'm used to good support from vendors.", 'good'],
    ['The tool is used to generate great reports.', 'great'],
    ['The team is back in the office and doing great.', 'great'],
    ['My 5 year old son was thrilled.', 'thrilled'],
    ['His favourite rapper till this day is Ice Cube.', 'favourite'],
    ['The old version was buggy, the new one is great.', 'great'],
    ['It was a joke long before the meme haha', 'joke'],
    ['When I used to play chess I always won.', 'play'],
    // Fondness without a comparison, and the new thing preferred.
    ['We loved the old building.', 'loved'],
    ['I like the new one better than the old one.', 'better'],
    ['Compared to the old UI, the new one is better.', 'better'],
    // A turn opening the sentence reaches no praise past a contrast.
    ['Before the call I was worried, but it worked perfectly.', 'perfectly'],
  ])('leaves praise that is not of a passed state alone: %s', (text, quote) => {
    expect(evidenceOf(text, quote).rules).not.toContain('bygone');
  });

  test.each([
    ['It works great until you add a second user.', 'works great'],
    ['The app is great until you need to export anything.', 'great'],
  ])('reverses present praise at half strength when an act of the user ends it: %s', (text, quote) => {
    const evidence = evidenceOf(text, quote);
    expect(evidence.weight).toBeCloseTo(evidence.valence * BYGONE_FACTOR, 4);
    expect(evidence.rules).toEqual(['bygone']);
  });

  test.each([
    // Waiting for an answer, or praise with a verb of its own before "until", ends nothing.
    ['Thanks, all good until we hear back from you.', 'good'],
    ['We were happy to wait until you had an update.', 'happy'],
  ])('leaves praise that waits rather than ends: %s', (text, quote) => {
    expect(evidenceOf(text, quote).rules).not.toContain('bygone');
  });

  test('with the default rules, the past praised is a complaint about the present', () => {
    expect(analyze('Support used to be so responsive.').sentiment.label).toBe('negative');
    expect(analyze('It was better before the update.').sentiment.label).toBe('negative');
  });
});
