// Hostile and careless input to analyze(): each case below misbehaved before it was hardened (issue 22).
import { describe, expect, test } from 'vitest';
import { analyze, analyzeConversation, createAnalyzer, InvalidOptionsError, type Rule } from '../../src/index.js';
import { quotesIn } from '../helpers.js';

describe('lexicons from untrusted sources', () => {
  test('a pattern with many optional words costs linear time, not exponential', () => {
    // 40 optionals took over 60 s before matching was memoised; vitest's 5 s timeout fails a regression.
    const analyzer = createAnalyzer({ lexicons: [{ name: 'hostile', intents: { hostile: [`${Array(40).fill('[a]').join(' ')} b`] } }] });
    expect(analyzer.analyze(`${'a '.repeat(200)}b`).intents!.map((intent) => intent.intent)).toContain('hostile');
  });

  test('nested-looking alternation repeated twenty times finishes', () => {
    const analyzer = createAnalyzer({ lexicons: [{ name: 'hostile', intents: { hostile: [Array(20).fill('(a|a a|a a a)').join(' ')] } }] });
    expect(analyzer.analyze(`${'a '.repeat(200)}b`).intents!.map((intent) => intent.intent)).toContain('hostile');
  });

  test('terms named like Object.prototype members score like any term', () => {
    const analyzer = createAnalyzer({
      lexicons: [{ name: 'odd', entries: { constructor: -3 }, emotions: { anger: { constructor: 0.9 } } }],
    });
    const result = analyzer.analyze('The constructor is here.');
    expect(result.evidence.map((evidence) => evidence.text)).toEqual(['constructor']);
    expect(result.emotions!.scores.anger!.intensity).toBeGreaterThan(0.5);
  });

  test('an emotion named like an Object.prototype member is an emotion like any other, in a text and a conversation', () => {
    // A risk factor's feeling named "constructor" found Object's constructor in the scores, and a conversation's
    // emotions and aspect categories did too: a TypeError deep inside, after a property set on Object itself.
    const situations = {
      name: 'odd',
      riskFactors: { zorping: { risk: 'escalation' as const, weight: 0.3, patterns: ['zorp again'], emotions: { constructor: 0.6 } } },
    };
    const result = createAnalyzer({ lexicons: [situations] }).analyze('This is terrible, it did zorp again and it is awful.');
    // A name held in a string: TypeScript reads `.constructor` as Object's.
    const name: string = 'constructor';
    expect(result.emotions!.scores[name]!.evidence.map((evidence) => evidence.text)).toEqual(['zorp again']);
    const analyzer = createAnalyzer({
      lexicons: [{ name: 'odd', emotions: { constructor: { zorp: 0.8 } }, aspects: { constructor: ['gizmo'] } }],
    });
    const turns = [
      { speaker: 'a', role: 'customer' as const, text: 'I feel zorp. The gizmo is terrible.' },
      { speaker: 'b', role: 'agent' as const, text: 'Sorry, we are on it.' },
    ];
    const conversation = analyzeConversation({ turns }, { analyzer, aspects: true });
    const { signals } = conversation.customer;
    expect(signals.emotions[name]!.evidence.map((evidence) => evidence.text)).toEqual(['zorp']);
    expect(Object.hasOwn(signals.aspects, name)).toBe(true);
    expect(Object.hasOwn(Object, 'intensity') || Object.hasOwn(Object, 'evidence')).toBe(false);
  });

  test('a vanishingly small lexicon value gives no evidence of weight 0', () => {
    const analyzer = createAnalyzer({ lexicons: [{ name: 'tiny', entries: { widget: 1e-320 } }] });
    const result = analyzer.analyze('The widget is here.');
    expect(result.evidence.every((evidence) => evidence.weight !== 0)).toBe(true);
  });
});

describe('custom rules', () => {
  const factorRule = (factor: unknown): Rule => ({
    name: 'scale',
    apply: ({ hits }) => hits.map((_, hit) => ({ hit, factor: factor as number })),
  });

  test.each([[1e308], [Number.NaN], [Number.POSITIVE_INFINITY], ['2'], [-5]])('a factor of %s is an error naming the rule', (factor) => {
    const analyzer = createAnalyzer({ rules: [factorRule(factor)] });
    expect(() => analyzer.analyze('This is great.')).toThrow(InvalidOptionsError);
    expect(() => analyzer.analyze('This is great.')).toThrow(/rule "scale" returned factor/);
  });

  test('an adjustment for a hit that does not exist is an error, and so is a result that is not an array', () => {
    const outOfRange = createAnalyzer({ rules: [{ name: 'stray', apply: () => [{ hit: 7, factor: 2 }] }] });
    expect(() => outOfRange.analyze('This is great.')).toThrow(/rule "stray" returned an adjustment for hit number 7/);
    const notArray = createAnalyzer({ rules: [{ name: 'lazy', apply: () => undefined as never }] });
    expect(() => notArray.analyze('This is great.')).toThrow(/rule "lazy" must return an array/);
  });

  test('a factor within bounds applies', () => {
    const plain = analyze('This is great.').sentiment.score;
    expect(createAnalyzer({ rules: [factorRule(-1)] }).analyze('This is great.').sentiment.score).toBeLessThan(0);
    expect(plain).toBeGreaterThan(0);
  });
});

describe('text that looks different from what it says', () => {
  test('a zero-width non-joiner does not flip a verdict, and evidence still slices the input', () => {
    const text = 'Great, now prod is\u200C down.';
    const result = analyze(text);
    const visible = analyze('Great, now prod is down.');
    expect(result.sentiment.label).toBe('negative');
    expect(result.sentiment.score).toBe(visible.sentiment.score);
    for (const evidence of result.evidence) expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
  });

  test('soft hyphens and zero-width spaces inside a word leave the word whole', () => {
    const text = 'The sup\u00ADport was ter\u200Brible.';
    const result = analyze(text);
    expect(result.sentiment.label).toBe('negative');
    expect(result.evidence.map((evidence) => evidence.text)).toContain('ter\u200Brible');
  });

  test('emoji joined by zero-width joiners stay one emoji', () => {
    expect(analyze('Thanks 👍🏽 great help').sentiment.label).toBe('positive');
    const family = '👨\u200D👩\u200D👧';
    expect(() => analyze(`We love it ${family}`)).not.toThrow();
  });

  test("'Great' and a thousand exclamation marks is emphatic praise, not code", () => {
    const result = analyze(`Great${'!'.repeat(1000)}`);
    expect(result.sentences).toHaveLength(1);
    expect(result.sentiment.label).toBe('positive');
    expect(result.excluded).toEqual([{ start: 9, end: 1005, reason: 'repetition' }]);
  });

  test('a long blob without repetition is still left out as code', () => {
    const blob = Array.from({ length: 300 }, (_, k) => String.fromCharCode(97 + ((k * 7) % 26))).join('');
    expect(analyze(`Terrible ${blob}`).excluded).toEqual([{ start: 9, end: 309, reason: 'code' }]);
  });
});

describe('purity', () => {
  test('what was read before does not change how a text is read', () => {
    const text = 'Shout out to people in the U.K. and Ireland!';
    const before = JSON.stringify(analyze(text));
    analyze('French and U.K coasts');
    expect(JSON.stringify(analyze(text))).toBe(before);
  });
});

describe('HTML from anywhere (issue 20)', () => {
  const sliceChecked = (html: string) => {
    const result = analyze(html, { format: 'html', aspects: true });
    for (const quote of quotesIn(result)) expect(html.slice(quote.start, quote.end)).toBe(quote.text);
    for (const span of result.excluded) expect(span.end).toBeLessThanOrEqual(html.length);
    return result;
  };

  test('a 5 MB newsletter of tables, styles and a hidden preheader is read, with offsets into it', () => {
    const row =
      '<tr><td style="padding:12px;color:#333"><p>Our new <b>dashboard</b> is faster &amp; easier.</p><img src="a.png"></td></tr>';
    const html = `<!DOCTYPE html><html><head><style>${'.c{color:red}'.repeat(1000)}</style></head><body><div style="display:none">Amazing deals!</div><table>${row.repeat(4_900_000 / row.length)}</table></body></html>`;
    const result = sliceChecked(html);
    expect(result.sentences.length).toBeGreaterThan(10_000);
    expect(result.evidence.some((item) => item.text === 'Amazing')).toBe(false);
  }, 60_000);

  test('100,000 unclosed elements cost linear time (htmlparser2 Parser took seconds) and the text still scores', () => {
    const result = sliceChecked(`${'<div><font>'.repeat(100_000)}The sync is broken again.`);
    expect(result.sentiment.label).toBe('negative');
  });

  test('an excluded element never closed excludes the rest, and closing tags without their element are ignored', () => {
    const result = sliceChecked('<p>Still broken.</p><div class="gmail_quote">Great news, it is fixed!');
    expect(result.sentiment.label).toBe('negative');
    expect(sliceChecked(`${'</div></span></blockquote>'.repeat(10_000)}<p>Still broken.</p>`).sentiment.label).toBe('negative');
  });

  test('an unterminated script, NUL characters and entities in attributes are no crash', () => {
    sliceChecked('<p>Fine</p><script>var x = "<p>awful</p>');
    sliceChecked('<p>Broken\u0000 again\u0000</p><a title="&amp;&lt;&#x0;">link</a>');
    expect(sliceChecked('<p>Broken\u0000 again</p>').sentences).toHaveLength(1);
  });
});
