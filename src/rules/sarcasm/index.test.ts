import { describe, expect, test } from 'vitest';
import { createAnalyzer, InvalidOptionsError } from '../../index.js';
import { createSarcasmRule } from './index.js';

const text = 'Great, now our entire production environment is down.';

describe('sarcasm rule', () => {
  test('the sentence result reports the detection, its cues and evidence', () => {
    const [sentence] = createAnalyzer().analyze(`${text} Thanks for nothing 🙄`).sentences;
    expect(sentence!.sarcasm).toEqual({
      detected: true,
      confidence: 0.8,
      cues: ['interjection'],
      evidence: [expect.objectContaining({ text: 'Great', rules: ['sarcasm'] })],
    });
  });

  test('cues combine: one word caught by two cues is more certain than by either', () => {
    const sarcasm = createAnalyzer().analyze('Great, another outage 🙄').sentences[0]!.sarcasm!;
    expect(sarcasm.cues).toEqual(['interjection']);
    expect(sarcasm.confidence).toBe(0.8);
    const both = createAnalyzer().analyze('Thanks for nothing, great job 🙄').sentences[0]!.sarcasm!;
    expect(both.cues).toEqual(['formula']);
    expect(both.evidence.map((item) => item.text)).toEqual(['Thanks for nothing', 'great']);
  });

  test('strength scales the inversion; 0 removes the praise', () => {
    const weight = (strength: number) =>
      createAnalyzer({ sarcasm: { strength } })
        .analyze(text)
        .evidence.find((item) => item.text === 'Great')?.weight;
    expect(weight(1)).toBeCloseTo(-0.775);
    expect(weight(0.5)).toBeCloseTo(-0.3875);
    expect(weight(0)).toBeUndefined();
  });

  test('sarcasm: false disables it', () => {
    const result = createAnalyzer({ sarcasm: false }).analyze(text);
    expect(result.evidence[0]).toMatchObject({ text: 'Great', weight: 0.775, rules: [] });
    expect(result.sentences[0]!.sarcasm).toBeUndefined();
  });

  test('bad options fail clearly', () => {
    expect(() => createSarcasmRule({ strength: 2 })).toThrow(InvalidOptionsError);
    expect(() => createAnalyzer({ sarcasm: 'yes' as never })).toThrow(/"sarcasm" must be a boolean or an object/);
  });
});
