import { describe, expect, test } from 'vitest';
import { createAnalyzer } from '../../index.js';
import { contrastCue } from './contrast.js';

const analyzer = createAnalyzer();
const sarcasmOf = (text: string) => analyzer.analyze(text).sentences.find((sentence) => sentence.sarcasm)?.sarcasm;

describe('contrast cue: praise set against a negative situation', () => {
  test('quotes both halves: the inverted praise and the situation it mocks', () => {
    const sarcasm = sarcasmOf('Thanks so much for closing my ticket without reading it.')!;
    expect(sarcasm.cues).toEqual(['contrast']);
    expect(sarcasm.confidence).toBe(contrastCue.confidence);
    expect(sarcasm.evidence.map((item) => [item.text, item.rules.includes('sarcasm')])).toEqual([['Thanks', true]]);
    expect(sarcasm.situations!.map((item) => item.text)).toEqual(['closing my ticket without reading']);
    expect(sarcasm.situations![0]!.weight).toBeLessThan(0);
  });

  test('the praise turns negative, so the text does, and its praise intent is dropped', () => {
    const result = analyzer.analyze('Thanks so much for closing my ticket without reading it.');
    expect(result.sentiment.label).toBe('negative');
    expect(result.intents?.map((intent) => intent.intent)).not.toContain('praise');
    expect(analyzer.analyze('Thanks so much for the quick fix.').intents?.map((intent) => intent.intent)).toContain('praise');
  });

  test.each([
    ['praise in another clause of a contrast', 'I love the product, but every update breaks the SAML login.'],
    ['praise on the other side of "while"', 'I love the product while every update breaks the SAML login.'],
    ['a wish', 'It would be great if we were not on hold for an hour.'],
    ['a situation reported as fixed', 'Thanks for fixing the bug that broke the SAML login.'],
    ['a negated situation', 'Love that I was never put on hold.'],
    ['an emoji, not a word of praise', 'On hold for an hour 😂'],
    ['no situation at all', 'Love how easy the new export is.'],
    ['a remedy, which is no praise', 'The update deleted all our fields and support told me to restore them.'],
    ['relief at a remedy after the praise', "We were on hold for an hour, so glad it's finally fixed."],
    ['relief at a remedy the tagger reads as a noun', 'We spent days reconciling invoices, so glad the new export fixes this.'],
    ['thanks for amends, with the harm as their reason', 'Thanks for the $100 credit because of the 4 hour delay.'],
    ['amends after the harm', 'Really appreciate the voucher after a 4 hour delay.'],
    ['praise of what is wanted', "We appreciate the credit, but we need assurance this won't happen again."],
  ])('does not fire on %s', (_, text) => {
    expect(sarcasmOf(text)?.cues ?? []).not.toContain('contrast');
  });

  test('a remedy denied, not yet done, or inside the situation itself, is no relief', () => {
    expect(sarcasmOf('Love how every update breaks the login and nobody fixes it.')?.cues).toContain('contrast');
    expect(sarcasmOf('Thanks for marking my ticket as resolved without a fix.')?.cues).toContain('contrast');
    expect(sarcasmOf('Love being put on hold for an hour so someone can fix it later.')?.cues).toContain('contrast');
  });

  test('amends are no shield when the harm is theirs, or when nothing makes the harm their reason', () => {
    expect(sarcasmOf('Thanks for the 4 hour delay before my refund.')?.cues).toContain('contrast');
    expect(sarcasmOf('Thanks for the upgrade and the 4 hour delay.')?.cues).toContain('contrast');
  });

  test('the situation may come first: "being on hold is so much fun"', () => {
    expect(sarcasmOf('Being on hold for an hour is so much fun.')?.cues).toContain('contrast');
  });

  test('without the situations lexicon the cue has nothing to set praise against', () => {
    expect(sarcasmOf('Love being put on hold.')?.cues).toContain('contrast');
    const plain = createAnalyzer({ lexicons: [{ name: 'off', situations: { '(be|been|put|kept|left|placed|stuck) on hold': null } }] });
    expect(plain.analyze('Love being put on hold.').sentences[0]!.sarcasm?.cues ?? []).not.toContain('contrast');
  });
});
