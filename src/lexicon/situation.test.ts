import { describe, expect, test } from 'vitest';
import { createAnalyzer, defineLexicon } from '../index.js';

const noBuiltIns = (situations: Record<string, number | null>) => defineLexicon({ name: 'acme', situations });
const evidenceOf = (text: string, situations: Record<string, number | null> = {}) =>
  createAnalyzer({ lexicons: [noBuiltIns(situations)] }).analyze(text).evidence;

describe('negative situations', () => {
  test('a situation is weak negative evidence by itself, quoted with its pattern as the term', () => {
    const [item] = createAnalyzer().analyze('I have been on hold since nine.').evidence;
    expect(item).toMatchObject({ text: 'been on hold', source: 'situations' });
    expect(item!.term).toContain('on hold');
    expect(item!.weight).toBeLessThan(0);
    expect(item!.weight).toBeGreaterThan(-0.5);
  });

  test('matched through lemmas and numbers, like intent patterns', () => {
    const texts = ['They took three weeks to answer.', 'It took you 9 days to reply.'];
    for (const text of texts) expect(createAnalyzer().analyze(text).sentiment.label).toBe('negative');
  });

  test('a situation takes the words it spans, praise among them, and keeps the stronger complaint', () => {
    const [resolved] = createAnalyzer().analyze('They marked my ticket as resolved without a fix.').evidence;
    // "without a fix", a complaint of its own, runs past the pattern's end: the situation stretches over it.
    expect(resolved!.text).toBe('marked my ticket as resolved without a fix');
    expect(resolved!.weight).toBeLessThan(0);
    // A complaint word stronger than the situation keeps its weight inside it.
    const [strong] = evidenceOf('Stuck with horrible waits.', { 'stuck with * waits': -0.4 });
    expect(strong).toMatchObject({ text: 'Stuck with horrible waits' });
    expect(strong!.weight).toBeLessThan(-0.4 / 4);
  });

  test('a complaint that runs past the situation stretches it, short of the next situation', () => {
    const lexicon = defineLexicon({
      name: 'acme',
      entries: { 'dropping records': -1.8 },
      situations: { 'keeps dropping': -1.2, 'records again': -1 },
    });
    const quotes = (text: string) =>
      createAnalyzer({ lexicons: [lexicon] })
        .analyze(text)
        .evidence.map((item) => item.text);
    expect(quotes('The sync keeps dropping records.')).toEqual(['keeps dropping records']);
    // The next situation starts inside the complaint: both keep their own words, and the hits do not overlap.
    expect(quotes('The sync keeps dropping records again.')).toEqual(['keeps dropping', 'records again']);
  });

  test('situations that overlap are one, over both, as strong as the stronger', () => {
    const situations = { 'each sync we ... we redo': -1, 'redo the zorp import': -2 };
    const [item, ...rest] = evidenceOf('Each sync we tried we redo the zorp import.', situations);
    expect(rest).toEqual([]);
    expect(item).toMatchObject({ text: 'Each sync we tried we redo the zorp import', term: 'redo the zorp import' });
    const [alone] = evidenceOf('Then we redo the zorp import.', situations);
    expect(item!.weight).toBe(alone!.weight);
  });

  test('praise written over the whole situation is the longer reading, and the situation gives way to it', () => {
    const loyal = defineLexicon({
      name: 'acme',
      entries: { 'never use anything else again': 2 },
      situations: { 'never use ... again': -1.6 },
    });
    const [item] = createAnalyzer({ lexicons: [loyal] }).analyze('We will never use anything else again.').evidence;
    expect(item).toMatchObject({ text: 'never use anything else again', source: 'acme' });
    expect(item!.weight).toBeGreaterThan(0);
    // Praise inside the situation, not over it, is taken with the words.
    const [leaving] = createAnalyzer({ lexicons: [loyal] }).analyze('We will never use your great tool again.').evidence;
    expect(leaving).toMatchObject({ text: 'never use your great tool again' });
    expect(leaving!.weight).toBeLessThan(0);
  });

  test('a user lexicon adds situations and removes built-in ones with null', () => {
    expect(evidenceOf('The sync storm hit again.', { 'sync storm': -2 })).toEqual([
      expect.objectContaining({ text: 'sync storm', weight: -0.5, source: 'acme' }),
    ]);
    const text = 'The hold music again.';
    expect(
      createAnalyzer()
        .analyze(text)
        .evidence.map((item) => item.source),
    ).toEqual(['situations']);
    expect(createAnalyzer({ lexicons: [noBuiltIns({ 'hold music': null })] }).analyze(text).evidence).toEqual([]);
  });

  test('negation reads a situation like any complaint', () => {
    const [item] = createAnalyzer().analyze('I was never put on hold.').evidence;
    expect(item!.rules).toContain('negation');
    expect(item!.weight).toBeGreaterThanOrEqual(0);
  });
});
