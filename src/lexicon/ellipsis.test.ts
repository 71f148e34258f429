import { describe, expect, test } from 'vitest';
import { analyze } from '../index.js';

const denialOf = (text: string) => analyze(text).evidence.find((item) => item.rules.includes('ellipsis'));

describe('elliptical denials', () => {
  test.each([
    ['Your product is great, your support is not.', 'is not', 'great'],
    ['The new UI is nice, the performance is not.', 'is not', 'nice'],
    ['The onboarding was smooth. The billing was not.', 'was not', 'smooth'],
    ["I love the app, my team doesn't.", "doesn't", 'love'],
    ['It works great on iOS, on Android it does not.', 'does not', 'works great'],
    ['The agents are friendly, but the billing is not anymore.', 'is not', 'friendly'],
    ['Their support is top notch, the product less so.', 'less so', 'top notch'],
    ['The UI is great, the docs not so much.', 'not so much', 'great'],
    ['I love the app. My team, not so much.', 'not so much', 'love'],
  ])('%s denies the praise before it', (text, quote, term) => {
    const denial = denialOf(text);
    expect(denial).toMatchObject({ text: quote, term });
    expect(denial!.weight).toBeLessThan(0);
    expect(text.slice(denial!.start, denial!.end)).toBe(quote);
  });

  test.each([
    ['Is it good or not?'],
    ['Is the export fast? Is it not?'],
    ['The UI is nice, the performance is not great.'],
    ['The app is slow, the website is not.'],
    ["The UI isn't bad, the speed is not either."],
    ['ctypes is in the python standard library, swig and boost are not.'],
    ['The dashboard was great and then it broke, which the old one did not.'],
    ['The new version is faster, though less so on mobile.'],
  ])('%s has no elliptical denial', (text) => {
    expect(denialOf(text)).toBeUndefined();
  });

  test('the denied side is negative and the praised side positive among aspects', () => {
    const result = analyze('Your product is great, your support is not.', { aspects: true });
    const score = (term: string) => result.aspects!.find((aspect) => aspect.term.toLowerCase() === term)!.sentiment.score;
    expect(score('product')).toBeGreaterThan(0);
    expect(score('support')).toBeLessThan(0);
    expect(result.sentiment.score).toBeLessThan(analyze('Your product is great, your support too.').sentiment.score);
  });
});
