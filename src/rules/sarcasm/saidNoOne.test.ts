import { describe, expect, test } from 'vitest';
import { analyzerWith } from '../../../test/helpers.js';
import { createSarcasmRule } from './index.js';
import { saidNoOne } from './saidNoOne.js';

const analyzer = analyzerWith([createSarcasmRule({ cues: [saidNoOne] })]);
const detects = (text: string) => analyzer.analyze(text).sentences.some((sentence) => sentence.sarcasm?.detected);

describe('said-no-one cue', () => {
  test.each([
    'Nice to know our data is in good hands, said no one after this breach.',
    'What a smooth migration, said nobody.',
    'Best support in the industry. Said no one.',
    'Great release notes, says no one.',
  ])('fires on praise disowned by "said no one": %s', (text) => {
    expect(detects(text)).toBe(true);
    expect(analyzer.analyze(text).sentiment.score).toBeLessThan(0);
  });

  test.each([
    'Nobody said it was easy, but the new editor is great.',
    'Great support, and no one said otherwise.',
    'The new dashboard is great. Our team said so too.',
  ])('stays quiet otherwise: %s', (text) => expect(detects(text)).toBe(false));
});
