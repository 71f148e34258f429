import { describe, expect, test } from 'vitest';
import { analyzerWith, evidenceFor } from '../../test/helpers.js';
import { intensifier } from './intensifier.js';

const analyzer = analyzerWith([intensifier]);
const weightOf = (text: string, quote: string) => evidenceFor(analyzer.analyze(text).evidence, quote);

describe('intensifier', () => {
  test.each(['extremely', 'really', 'so', 'totally'])('"%s" strengthens the next sentiment word', (booster) => {
    const evidence = weightOf(`The support was ${booster} helpful.`, 'helpful');
    expect(evidence.weight).toBeGreaterThan(evidence.valence);
    expect(evidence.rules).toEqual(['intensifier']);
  });

  test.each(['a bit', 'kind of', 'slightly', 'somewhat'])('"%s" weakens the next sentiment word', (dampener) => {
    const evidence = weightOf(`The new UI is ${dampener} confusing.`, 'confusing');
    expect(Math.abs(evidence.weight)).toBeLessThan(Math.abs(evidence.valence));
    expect(Math.sign(evidence.weight)).toBe(Math.sign(evidence.valence));
  });

  test('fades with distance', () => {
    const near = weightOf('It was extremely helpful.', 'helpful').weight;
    const far = weightOf('It was extremely and really very helpful.', 'helpful').weight;
    expect(near).toBeGreaterThan(weightOf('It was helpful.', 'helpful').weight);
    expect(far).toBeGreaterThan(near); // three boosters in reach add up
  });

  test('does not cross a clause boundary', () => {
    expect(weightOf('Very much so, it is helpful.', 'helpful').rules).toEqual([]);
  });

  test('intensifiers come from lexicon data and can be removed', () => {
    const withoutVery = analyzerWith([intensifier], { lexicons: [{ name: 'no-very', intensifiers: { very: null } }] });
    expect(evidenceFor(withoutVery.analyze('It is very good.').evidence, 'good').rules).toEqual([]);
  });
});
