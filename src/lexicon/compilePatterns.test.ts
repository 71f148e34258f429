import { expect, test } from 'vitest';
import { readDoc } from '../doc/readDoc.js';
import { defaultLexicons } from '../lexicons.js';
import { findPatterns } from '../patterns/matcher.js';
import { compilePatterns } from './compilePatterns.js';

test('the aspect taxonomy is indexed once, when first asked for, and names its categories', () => {
  const compiled = compilePatterns(defaultLexicons);
  const taxonomy = compiled.aspects;
  expect(compiled.aspects).toBe(taxonomy);
  const doc = readDoc('The invoice from March is wrong.');
  const span = doc.sentences[0]!;
  expect(findPatterns(doc.tokens, span.first, span.end, taxonomy).map((match) => match.name)).toContain('billing');
});
