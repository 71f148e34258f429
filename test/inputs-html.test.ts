import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyze, createAnalyzer } from '../src/index.js';
import { quotesIn } from './helpers.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/inputs/${name}.html`, import.meta.url), 'utf8');
const EMAILS = ['gmail', 'outlook', 'outlook-web', 'apple-mail', 'newsletter-preheader'];

/** The words of the scored text: every sentence, with its markup removed. */
const scoredWords = (html: string) =>
  analyze(html)
    .sentences.map((sentence) => sentence.text.replace(/<[^>]*>/g, ' '))
    .join(' ');

describe('HTML bodies', () => {
  test.each(EMAILS)('%s: every quote slices the HTML as given', (name) => {
    const html = fixture(name);
    const quotes = quotesIn(analyze(html, { aspects: true }));
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(html.slice(quote.start, quote.end)).toBe(quote.text);
  });

  test.each([
    ['gmail', 'Great news, it is fixed', 'CSV export is'],
    ['outlook', 'wonderful customer', 'charged twice'],
    ['outlook-web', 'resolved and working perfectly', 'dashboard has been down'],
    ['apple-mail', 'terrible outage', 'SSO setup works perfectly'],
  ])('%s: the quoted history is excluded and the new message is scored', (name, history, message) => {
    const html = fixture(name);
    const result = analyze(html);
    expect(scoredWords(html)).not.toContain(history);
    expect(scoredWords(html)).toContain(message);
    const quoted = result.excluded.filter((span) => span.reason === 'quoted-reply');
    expect(quoted.some((span) => html.slice(span.start, span.end).includes(history))).toBe(true);
  });

  test('a complaint above praising history stays a complaint (it read as mixed when the history was scored)', () => {
    expect(analyze(fixture('gmail')).sentiment.label).toBe('negative');
    expect(analyze(fixture('apple-mail')).sentiment.label).toBe('positive');
  });

  test('signatures marked by the mail client are left out', () => {
    const html = fixture('gmail');
    expect(scoredWords(html)).not.toContain('best team in logistics');
    expect(
      analyze(html).excluded.some((span) => span.reason === 'signature' && html.slice(span.start, span.end).includes('Operations Lead')),
    ).toBe(true);
  });

  test('style, script, title and hidden preheaders are not text', () => {
    const result = analyze(fixture('newsletter-preheader'));
    expect(result.sentiment.label).toBe('neutral');
    expect(result.evidence).toEqual([]);
    expect(result.sentences.map((sentence) => sentence.text.replace(/<[^>]*>/g, ''))).toEqual([
      'Your trial ends tomorrow.',
      'Questions?',
      'Reply to this email.',
    ]);
  });

  test('entities are decoded before scoring: an escaped apostrophe still negates', () => {
    const html = '<p>I don&#39;t like the new editor at all.</p>';
    const plain = analyze("I don't like the new editor at all.");
    const result = analyze(html);
    expect(result.sentiment.label).toBe(plain.sentiment.label);
    expect(result.sentiment.score).toBeCloseTo(plain.sentiment.score, 6);
    expect(result.evidence.map((item) => item.rules)).toEqual(plain.evidence.map((item) => item.rules));
  });

  test('block elements end sentences; inline elements do not', () => {
    expect(analyze('<div>The new editor is great</div><div>the export keeps failing</div>').sentences).toHaveLength(2);
    expect(analyze('<p>The new <b>editor</b> is <i>great</i></p>').sentences).toHaveLength(1);
    expect(analyze('<p>Still broken<br>please call me</p>').sentences).toHaveLength(2);
  });

  test('an HTML body scores as its plain text does', () => {
    const text = 'The onboarding was smooth. The billing page is confusing and support never replied.';
    const html = `<html><body><p>The onboarding was <b>smooth</b>.</p><p>The billing page is confusing and support never replied.</p></body></html>`;
    expect(analyze(html).sentiment).toEqual(analyze(text).sentiment);
    expect(analyze(html).intents).toEqual(expect.any(Array));
  });

  test('detection: clear HTML is read as HTML, a message that mentions a tag is not', () => {
    const mention = 'The <div> on the settings page is broken, the </div> closes too early.';
    expect(analyze(mention).sentences[0]!.text).toContain('<div>');
    expect(analyze('<div>Great <b>support</b></div>').sentences[0]!.text).toBe('Great <b>support');
    expect(analyze('Hello <b>team</b>').evidence).toEqual(analyze('Hello <b>team</b>', { format: 'text' }).evidence);
  });

  test('format forces the reading, per analyzer and per call', () => {
    const html = '<p>Great support</p>';
    expect(analyze(html, { format: 'text' }).sentences[0]!.text).toBe(html);
    expect(createAnalyzer({ format: 'text' }).analyze(html).sentences[0]!.text).toBe(html);
    expect(createAnalyzer({ format: 'text' }).analyze(html, { format: 'html' }).sentences[0]!.text).toBe('Great support');
    expect(analyze('Great <i>support</i> team', { format: 'html' }).sentences[0]!.text).toBe('Great <i>support</i> team');
  });

  test('a bad format fails clearly', () => {
    expect(() => analyze('x', { format: 'markdown' } as never)).toThrow(
      /"format" in the options of analyze\(\) must be one of text, html, auto/,
    );
    expect(() => createAnalyzer({ format: 'pdf' } as never)).toThrow(/"format" in options must be one of/);
  });

  test('broken markup never throws, and quotes still slice the input', () => {
    for (const html of [
      '<div><p>Unclosed <b>bold and terrible support',
      '<div>a < b and c > d is fine, support is awful</div>',
      '<div class="gmail_quote">only history, great</div>',
      '<p>&bogus; &amp &#xZZ; awful &#99999999;</p>',
      '<div style="border-top:solid #E1E1E1 1.0pt">From: x</div>',
      '<div><!-- comment <b>great</b> --></div>',
    ]) {
      const result = analyze(html, { format: 'html', aspects: true });
      for (const quote of quotesIn(result)) expect(html.slice(quote.start, quote.end)).toBe(quote.text);
    }
  });

  test('any markup: quotes slice the input and excluded spans lie inside it (property)', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '<div>',
        '</div>',
        '<p>',
        '<br>',
        '<b>',
        '</b>',
        '<blockquote type="cite">',
        '</blockquote>',
        '&amp;',
        '&#39;',
        '&nbsp;',
      ),
      fc.constantFrom('<div class="gmail_quote">', '<span style="display:none">', '</span>', '<style>', '</style>', '<pre>', '</pre>'),
      fc.constantFrom('great ', 'broken ', "don't ", 'love ', 'never ', 'works. ', 'Thanks, ', 'support ', '\n', '  '),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const html = `<div>${pieces.join('')}`;
        const result = analyze(html, { format: 'html', aspects: true });
        for (const quote of quotesIn(result)) expect(html.slice(quote.start, quote.end)).toBe(quote.text);
        for (const span of result.excluded) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(html.length);
          expect(span.start).toBeLessThanOrEqual(span.end);
        }
      }),
      { numRuns: 200 },
    );
    // Two hundred analyses with aspects: well under a second alone, several under a loaded full run.
  }, 30_000);
});
