import { describe, expect, test } from 'vitest';
import { analyzerWith } from '../../../test/helpers.js';
import { closingNot } from './closingNot.js';
import { createSarcasmRule } from './index.js';

const analyzer = analyzerWith([createSarcasmRule({ cues: [closingNot] })]);
const detects = (text: string) => analyzer.analyze(text).sentences.some((sentence) => sentence.sarcasm?.detected);

describe('closing-not cue', () => {
  test.each([
    'Awesome service... NOT!',
    'Your support is great... not.',
    'Your support is great - NOT!',
    'Best release ever. Not!',
    'I love this tool… not 🙄',
  ])('fires on praise a closing "not" takes back: %s', (text) => {
    expect(detects(text)).toBe(true);
    expect(analyzer.analyze(text).sentiment.score).toBeLessThan(0);
  });

  test.each([
    'It works great on Chrome. Not on Firefox though.',
    'Is it fixed? Not.',
    'The new release is great, not perfect.',
    'Support was great, not slow at all.',
    'The outage is over... not.',
    'Great, not bad at all.',
  ])('stays quiet otherwise: %s', (text) => expect(detects(text)).toBe(false));
});
