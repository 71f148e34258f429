import { describe, expect, test } from 'vitest';
import { analyzerWith, evidenceFor } from '../../test/helpers.js';
import { capitals, exclamation } from './emphasis.js';

describe('capitals', () => {
  const analyzer = analyzerWith([capitals]);
  test('a word in capitals is stronger in mixed-case text', () => {
    const evidence = evidenceFor(analyzer.analyze('The app is SLOW again.').evidence, 'SLOW');
    expect(evidence.weight).toBeLessThan(evidence.valence);
    expect(evidence.rules).toEqual(['capitals']);
  });

  test('capitals carry no emphasis when the whole text is in capitals', () => {
    const evidence = evidenceFor(analyzer.analyze('THE APP IS SLOW AGAIN TODAY.').evidence, 'SLOW');
    expect(evidence.weight).toBe(evidence.valence);
  });

  test('a single capital letter is not emphasis', () => {
    expect(evidenceFor(analyzer.analyze('I love it.').evidence, 'love').rules).toEqual([]);
  });

  test('inside a phrase, an acronym is a name and a word in capitals still shouts', () => {
    const named = evidenceFor(
      analyzer.analyze("We haven't heard from our CSM for 3 weeks.").evidence,
      "haven't heard from our CSM for 3 weeks",
    );
    expect(named.rules).toEqual([]);
    expect(evidenceFor(analyzer.analyze('The API is DOWN again.').evidence, 'is DOWN').rules).toEqual(['capitals']);
  });
});

describe('exclamation', () => {
  const analyzer = analyzerWith([exclamation]);
  const weight = (text: string) => evidenceFor(analyzer.analyze(text).evidence, 'broken').weight;

  test('each "!" strengthens the sentence, up to four', () => {
    expect(weight('It is broken!')).toBeLessThan(weight('It is broken.'));
    expect(weight('It is broken!!!')).toBeLessThan(weight('It is broken!'));
    expect(weight('It is broken!!!!!!!!')).toBe(weight('It is broken!!!!'));
  });

  test('"!" alone, with no sentiment word, scores nothing', () => {
    const result = analyzer.analyze('Ticket 42!!!');
    expect(result.evidence).toEqual([]);
    expect(result.sentiment.score).toBe(0);
  });
});
