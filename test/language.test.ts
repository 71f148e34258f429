import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze, createAnalyzer } from '../src/index.js';

const samples: Record<string, string[]> = JSON.parse(readFileSync(new URL('./fixtures/inputs/languages.json', import.meta.url), 'utf8'));
const foreign = Object.entries(samples).filter(([code]) => code !== 'about');

describe('language', () => {
  test('support messages in ten other languages are reported and left unscored (at least 90 % of them)', () => {
    const texts = foreign.flatMap(([, texts]) => texts);
    const unscored = texts.filter((text) => {
      const result = analyze(text);
      return !result.language.scored && result.language.code !== 'en' && result.evidence.length === 0;
    });
    expect(unscored.length / texts.length).toBeGreaterThanOrEqual(0.9);
  });

  test.each(foreign)('%s: the language is named', (code, texts) => {
    const named = texts.filter((text) => analyze(text).language.code === code);
    // Portuguese and Spanish are close at this length; most must be named right.
    expect(named.length).toBeGreaterThanOrEqual(texts.length - 2);
  });

  test('an unscored text says so: neutral, no evidence, the whole text excluded for its language', () => {
    const text = 'Wir warten jetzt seit drei Wochen auf eine Antwort. Das ist wirklich nicht akzeptabel.';
    const result = analyze(text);
    expect(result.language).toEqual({ code: 'de', scored: false });
    expect(result.sentiment).toMatchObject({ label: 'neutral', score: 0, confidence: 0 });
    expect(result.excluded).toEqual([{ start: 0, end: text.length, reason: 'language' }]);
  });

  test.each([
    'Great, now our entire production environment is down.',
    'Kill the process and restart the worker, then check the logs.',
    'Thanks in advance!',
    'The SAML login fails with error 500 since v2.3.1.',
    'ok',
    'Is there a java sdk for cygwin?',
    'I love that laphraoig (sp)',
  ])('English stays English: %s', (text) => {
    expect(analyze(text).language.scored).toBe(true);
    expect(['en', 'und']).toContain(analyze(text).language.code);
  });

  test('a mixed text scores its English paragraphs and excludes the others', () => {
    const english = 'The export is broken again and I am furious.';
    const german = 'Der Export funktioniert seit dem Update nicht mehr, bitte helfen Sie uns schnell.';
    const text = `${english}\n\n${german}`;
    const result = analyze(text);
    expect(result.language.scored).toBe(true);
    expect(result.sentiment.label).toBe('negative');
    expect(result.sentences.map((sentence) => sentence.text)).toEqual([english]);
    const span = result.excluded.find((item) => item.reason === 'language');
    expect(text.slice(span!.start, span!.end)).toBe(german);
  });

  test('non-English paragraphs of an HTML body are excluded in HTML offsets', () => {
    const html = '<p>Thanks, the fix works perfectly.</p><p>Vielen Dank für die schnelle Hilfe, jetzt läuft alles wieder einwandfrei!</p>';
    const result = analyze(html);
    const span = result.excluded.find((item) => item.reason === 'language')!;
    expect(html.slice(span.start, span.end)).toBe('Vielen Dank für die schnelle Hilfe, jetzt läuft alles wieder einwandfrei!');
    expect(result.sentiment.label).toBe('positive');
  });

  test('detectLanguage: false scores every text as English', () => {
    const text = 'Hola, no puedo acceder a mi cuenta desde ayer.';
    const result = createAnalyzer({ detectLanguage: false }).analyze(text);
    expect(result.language).toEqual({ code: 'und', scored: true });
    expect(result.excluded).toEqual([]);
    expect(() => createAnalyzer({ detectLanguage: 'no' } as never)).toThrow(/"detectLanguage" must be a boolean/);
  });
});
