import { describe, expect, test } from 'vitest';
import { readDoc } from '../doc/readDoc.js';
import { defaultLexicons } from '../lexicons.js';
import { findPatterns, type PatternMatch } from '../patterns/matcher.js';
import { compileLexicons } from './compile.js';
import { compilePatterns, splitByKind, splitScan } from './compilePatterns.js';

test('the aspect taxonomy is indexed once, when first asked for, and names its categories', () => {
  const compiled = compilePatterns(defaultLexicons);
  const taxonomy = compiled.aspects;
  expect(compiled.aspects).toBe(taxonomy);
  const doc = readDoc('The invoice from March is wrong.');
  const span = doc.sentences[0]!;
  expect(findPatterns(doc.tokens, span.first, span.end, taxonomy).map((match) => match.name)).toContain('billing');
});

describe('one scan for situations, intents, risk factors and the taxonomy', () => {
  const lexicon = compileLexicons(defaultLexicons);
  const compiled = compilePatterns(defaultLexicons, lexicon.situations);
  const texts = [
    'This is the third time I have been on hold for an hour, and the invoice is wrong again.',
    'What is your refund policy? We were charged twice for the same seats.',
    'If this is not fixed by Friday we will cancel our contract and move to a competitor.',
    'Love waiting three weeks for a reply. The SSO integration still breaks after every update.',
  ];
  const sentences = texts.flatMap((text) => {
    const doc = readDoc(text);
    return doc.sentences.map((span) => ({ doc, span }));
  });
  const names = (matches: readonly PatternMatch[]) => matches.map(({ name, first, end, pattern }) => `${name} ${first}-${end} ${pattern}`);
  const scan = (kinds: { intents: boolean; aspects: boolean }) =>
    sentences.map(({ doc, span }) => splitScan(findPatterns(doc.tokens, span.first, span.end, compiled.scanFor(kinds)!)));

  test('each kind comes out of the merged index as out of an index of its own', () => {
    const all = scan({ intents: true, aspects: true });
    const intentsOnly = scan({ intents: true, aspects: false });
    const aspectsOnly = scan({ intents: false, aspects: true });
    sentences.forEach(({ doc, span }, k) => {
      expect(names(all[k]!.situations)).toEqual(names(findPatterns(doc.tokens, span.first, span.end, lexicon.situations.index)));
      expect(names(all[k]!.aspects)).toEqual(names(findPatterns(doc.tokens, span.first, span.end, compiled.aspects)));
      expect(names(all[k]!.intentsAndRisks)).toEqual(names(intentsOnly[k]!.intentsAndRisks));
      expect(names(aspectsOnly[k]!.aspects)).toEqual(names(all[k]!.aspects));
      expect(aspectsOnly[k]!.intentsAndRisks).toEqual([]);
      expect(intentsOnly[k]!.aspects).toEqual([]);
    });
    // The texts hold every kind, so the comparisons above compared something.
    for (const kind of ['situations', 'aspects', 'intentsAndRisks'] as const)
      expect(all.some((sentence) => sentence[kind].length > 0)).toBe(true);
  });

  test('a veto works in the merged index as in an index of its own kind', () => {
    const intentsOf = (text: string) => {
      const doc = readDoc(text);
      const span = doc.sentences[0]!;
      const index = compiled.scanFor({ intents: true, aspects: true })!;
      return splitByKind(splitScan(findPatterns(doc.tokens, span.first, span.end, index)).intentsAndRisks).intents.map(({ name }) => name);
    };
    expect(intentsOf('We want a full refund.')).toContain('billing_dispute');
    // "refund policy" vetoes the dispute.
    expect(intentsOf('We want a full refund under your refund policy.')).not.toContain('billing_dispute');
  });

  test('an index is made once per combination, and none when only situations are wanted', () => {
    expect(compiled.scanFor({ intents: false, aspects: false })).toBeUndefined();
    const index = compiled.scanFor({ intents: true, aspects: false });
    expect(compiled.scanFor({ intents: true, aspects: false })).toBe(index);
    expect(compiled.scanFor({ intents: true, aspects: true })).not.toBe(index);
  });
});
