import { describe, expect, test } from 'vitest';
import { analyze } from '../index.js';
import { ratingValence } from './rating.js';

const ratingOf = (text: string) => analyze(text).evidence.find((item) => item.rules.includes('rating'));

describe('ratings in figures', () => {
  test.each([
    ['Rated 2/5.', '2/5', 'rating 2/5'],
    ['I give it a 9/10!', '9/10', 'rating 9/10'],
    ['Score: 7/10', '7/10', 'rating 7/10'],
    ['Overall: 4/5. Would be 5 if the API had better rate limits.', '4/5', 'rating 4/5'],
    ['1/5. Support never answered.', '1/5', 'rating 1/5'],
    ['10/10, would recommend.', '10/10', 'rating 10/10'],
    ['Gave it 2 stars because the reporting is limited.', '2 stars', 'rating 2/5'],
    ['They gave us a 1-star review.', '1-star', 'rating 1/5'],
    ['A 5-star experience from start to finish.', '5-star', 'rating 5/5'],
    ['Five star service from the whole team.', 'Five star', 'rating 5/5'],
    ['Five stars. Would buy again.', 'Five stars', 'rating 5/5'],
    ['I rated them 4 out of 5.', '4 out of 5', 'rating 4/5'],
    ['4 1/2 stars for the camera.', '4 1/2 stars', 'rating 4.5/5'],
    ['Rate: 5/5 star', '5/5 star', 'rating 5/5'],
    ['★★☆☆☆ for the onboarding', '★★☆☆☆', 'rating 2/5'],
    // A verdict opening the text before a pause.
    ['5/10 - mixed feelings, great support but a buggy product.', '5/10', 'rating 5/10'],
    ['2/10, avoid.', '2/10', 'rating 2/10'],
  ])('%s reads %s', (text, quote, term) => {
    const rating = ratingOf(text);
    expect(rating).toMatchObject({ text: quote, term, source: 'ratings' });
    expect(text.slice(rating!.start, rating!.end)).toBe(quote);
  });

  test('a rating weighs by where it stands on its scale, the middle nothing', () => {
    expect(ratingValence(5, 5)).toBe(0.6);
    expect(ratingValence(4, 5)).toBe(0.3);
    expect(ratingValence(3, 5)).toBe(0);
    expect(ratingValence(6, 10)).toBe(0);
    expect(ratingValence(1, 5)).toBe(-0.6);
    expect(ratingValence(0, 10)).toBe(-0.6);
    expect(analyze('Rated 1/5.').sentiment.label).toBe('negative');
    expect(analyze('Rated 5/5.').sentiment.label).toBe('positive');
    expect(ratingOf('Rating: 3/5')).toBeUndefined();
  });

  test.each([
    ['a date', 'Denver-Boston 2/10 flight 994'],
    ['a date opening the text', '2/10 flight to Denver was delayed.'],
    ['a date in a sentence', 'Requested on 2/5, now it is 2/19.'],
    ['a share of things', '8 out of 10 flights have been delayed.'],
    ['a share of times', 'It fails 9 out of 10 times.'],
    ['a fraction off any scale', 'Only 3/4 of the rows imported.'],
    ['more stars than the scale holds', 'The hotel has 7 stars on the sign.'],
    ['stars of the night', 'We watched the stars.'],
    ['star people', 'The two star chefs left to open their own place.'],
    ['a lone decorative star', '★ New release notes'],
  ])('%s is no rating: %s', (_, text) => {
    expect(ratingOf(text)).toBeUndefined();
  });

  test.each([
    ['B+ for the food, F for the service.', 'F', ratingValence(0, 4)],
    ['A+ customer service!', 'A+', ratingValence(4, 4)],
    ['Support: A+.', 'A+', ratingValence(4, 4)],
    ['Overall: B+, would buy again.', 'B+', ratingValence(3.3, 4)],
    ['They get a C- for communication.', 'C-', ratingValence(1.7, 4)],
  ])('a letter grade is a rating on a four-point scale: %s', (text, quote, valence) => {
    const grades = analyze(text).evidence.filter((item) => item.rules.includes('rating'));
    const grade = grades.find((item) => item.text === quote);
    expect(grade!.valence).toBeCloseTo(valence, 4);
  });

  test.each([
    ['an article', 'A for loop is faster here.'],
    ['a try that failed', 'I would give them an A for effort.'],
    ['an option', 'Option B for the migration is cheaper.'],
    ['a list', 'A - the first option, B - the second.'],
    ['a word the sign joins', 'Our C-suite wants a demo of the B-side features.'],
    ['a language', 'I love C++ for this.'],
  ])('a capital letter as %s is no grade: %s', (_, text) => {
    expect(ratingOf(text)).toBeUndefined();
  });

  test('a rating goes through the rules: negated, and damped when it is only what might have been', () => {
    const denied = ratingOf('The reason it does not get 5 stars is the battery.');
    expect(denied!.weight).toBeLessThan(0);
    expect(denied!.rules).toContain('negation');
    const supposed = ratingOf('It would have received 5 stars if the phone had voice dialing.');
    expect(supposed!.weight).toBeGreaterThan(0);
    expect(supposed!.weight).toBeLessThan(ratingValence(5, 5) / 2);
  });

  test('emotions do not read ratings: a score is a verdict, not a feeling named', () => {
    const result = analyze('Rated 1/5.');
    for (const score of Object.values(result.emotions!.scores)) expect(score.intensity).toBe(0);
  });
});
