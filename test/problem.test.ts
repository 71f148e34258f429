import { describe, expect, test } from 'vitest';
import { analyze, createAnalyzer, defineLexicon, LexiconError } from '../src/index.js';
import { quotesIn } from './helpers.js';

// Issue 18: a problem is reported apart from the feeling about it, with its evidence and a severity.
describe('the problem signal', () => {
  test('a calm report states its problem, and its sentiment stays neutral', () => {
    const text = 'The CSV export fails with error 500 when the report has more than 10k rows.';
    const result = analyze(text);
    expect(result.sentiment.label).toBe('neutral');
    expect(result.problem?.severity).toBe(0.7);
    // "error" weighs nothing as sentiment beside "500" (jargon), and it is still part of the problem.
    expect(result.problem?.evidence.map((item) => [item.text, item.term])).toEqual([
      ['fails', 'fails'],
      ['error', 'error'],
      ['500', 'http 500'],
    ]);
    expect(result.evidence.find((item) => item.text === 'fails')?.rules).toContain('calm');
    expect(result.sentences[0]!.problem).toEqual(result.problem);
  });

  test('an upset report states the same problem, and its sentiment is negative', () => {
    const result = analyze('The CSV export fails AGAIN with error 500, this is completely unacceptable!');
    expect(result.sentiment.label).toBe('negative');
    expect(result.problem?.severity).toBe(0.7);
  });

  test('the document takes the gravest problem and every sentence’s evidence', () => {
    const text = 'Search is slow. Also the nightly job crashed twice.';
    const result = analyze(text);
    expect(result.problem?.severity).toBe(0.8);
    expect(result.problem?.evidence.map((item) => item.text)).toEqual(['slow', 'crashed']);
    expect(result.sentences.map((sentence) => sentence.problem?.severity)).toEqual([0.4, 0.8]);
    for (const quote of quotesIn(result.problem)) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  });

  test.each([
    ['The import silently skips rows with accents in the name.', 'silently skips', 'silently skip'],
    ['Your status page said all systems operational while we were completely down.', 'were completely down', 'be completely down'],
    ['The calendar integration double-books meetings about once a week.', 'double-books', 'double-book'],
  ])('B2B faults said calmly are problems, and the tone stays neutral: %s', (text, quote, term) => {
    const result = analyze(text);
    expect(result.problem?.evidence.map((item) => [item.text, item.term])).toEqual([[quote, term]]);
    expect(result.sentiment.label).toBe('neutral');
  });

  test.each([
    ['The search does not find tickets by their ID.', 'not find', 'not find'],
    ['Thumbnails are not generated for HEIC files.', 'not generated', 'not generate'],
    ['The SAML endpoint returns a 404 on the EU region.', '404', 'http 404'],
  ])('a failing function or an HTTP error is a problem with no sentiment word: %s', (text, quote, term) => {
    const result = analyze(text);
    expect(result.problem?.evidence.map((item) => [item.text, item.term])).toEqual([[quote, term]]);
    expect(result.sentiment.label).toBe('neutral');
  });

  test.each([
    ['The API calls are timing out on large exports.', 'timing out'],
    ['New tickets are not showing in the dashboard.', 'not showing'],
    ['Contacts are not syncing to Salesforce.', 'not syncing'],
  ])('the words of time-outs and sync failures report a problem: %s', (text, quote) => {
    expect(analyze(text).problem?.evidence.map((item) => item.text)).toEqual([quote]);
  });

  test.each([
    ['The CSV import drops rows with commas in quoted fields.', 'drops rows'],
    ['The API times out on large exports.', 'times out'],
    ['The server went down at 3am.', 'went down'],
    ['The webhook is flaky.', 'flaky'],
    ["I can't log in since the update.", "can't log in"],
  ])('outages, lost data, flaky parts and lock-outs told calmly are problems, not anger: %s', (text, quote) => {
    const result = analyze(text);
    expect(result.problem?.evidence.map((item) => item.text)).toEqual([quote]);
    expect(result.sentiment.label).toBe('neutral');
  });

  test('the same outage told with feeling is negative', () => {
    const result = analyze('The server went down AGAIN, this is unacceptable!');
    expect(result.sentiment.label).toBe('negative');
    expect(result.problem?.severity).toBe(0.8);
  });

  test.each([
    ['I click Export and nothing happens.', 'nothing happens'],
    ['I clicked Save and nothing happened.', 'and nothing happened'],
    ['Since the update nothing loads.', 'nothing loads'],
    ['The whole dashboard is blank.', 'is blank'],
    ['The screen goes blank after login.', 'goes blank'],
    ['I get a blank page when I open billing.', 'blank page'],
    ['The page just spins.', 'just spins'],
    ['The upload keeps spinning.', 'keeps spinning'],
    ['All our data is gone.', 'data is gone'],
  ])('what a user sees of a failure reports a problem: %s', (text, quote) => {
    expect(analyze(text).problem?.evidence.map((item) => item.text)).toEqual([quote]);
  });

  test.each([
    ['If the export fails, retry it.'],
    ['Nothing happened to your data, it is safe.'],
    ['The password cannot be blank.'],
    ['If it does not load, reload the page.'],
    ['I do not know how to export the report.'],
    ['We flew 404 miles.'],
    ['It does not\nSave the file first.'],
    ['The export is not broken.'],
    ['Thanks, the export works great now.'],
  ])('no problem where none is reported: %s', (text) => {
    const result = analyze(text);
    expect(result.problem).toBeUndefined();
    expect(result.sentences.every((sentence) => sentence.problem === undefined)).toBe(true);
  });

  test.each([
    ["I didn't take a look at the rest of the menu."],
    ['We will not renew the plan next year.'],
    ["Don't take the seat by the front door."],
    ["Great food, but don't go there on a cold day."],
    ["Please don't close this ticket yet."],
    ["You can't go wrong with the annual plan."],
    ["The new theme doesn't look like much."],
    ['Why not add a filter for the date?'],
    ['$55 for two, not including tip.'],
    ["I can't wait to try the new API."],
    ["Don't hesitate to reach out if it happens again."],
    ['It not only saves time but money.'],
    ['Almost missed my flight this morning. Not cool.'],
  ])('a choice, an instruction, an idiom or an exclamation with a denied verb reports no problem: %s', (text) => {
    expect(analyze(text).problem).toBeUndefined();
  });

  test.each([
    ["I can't log in.", "can't log in", 'can not log in'],
    ['We cannot access the billing portal.', 'cannot access', 'can not access'],
    ['The app keeps crashing.', 'keeps crashing', 'keeps crashing'],
    ['Something went wrong when I saved the form.', 'Something went wrong', 'something went wrong'],
    ['The Slack integration is still not working.', 'not working', 'not work'],
  ])('a complaint phrase reports the failure it names: %s', (text, quote, term) => {
    expect(analyze(text).problem?.evidence.map((item) => [item.text, item.term])).toEqual([[quote, term]]);
  });

  test('praise said with a denied verb is no failing function: "never fails to impress"', () => {
    expect(analyze('Their support never fails to impress.').problem).toBeUndefined();
  });

  test.each([
    ["We didn't receive the invoice for March.", 'not receive'],
    ['We cannot export the reports.', 'not export'],
    ["They didn't include the attachments.", 'not include'],
    ["It loads and doesn't save.", 'not save'],
    ["You didn't send the confirmation email.", 'not send'],
    ['The sidebar does not quite fit the screen.', 'not fit'],
  ])('inability, what was not given and what a product or a team failed to do stay problems: %s', (text, term) => {
    expect(analyze(text).problem?.evidence.map((item) => item.term)).toEqual([term]);
  });

  test('with problemsAreNegative the problem is the same and the sentiment negative', () => {
    const text = 'The CSV export fails with error 500.';
    const result = createAnalyzer({ problemsAreNegative: true }).analyze(text);
    expect(result.sentiment.label).toBe('negative');
    expect(result.problem).toEqual(analyze(text).problem);
    expect(result.evidence.find((item) => item.text === 'fails')?.rules).toEqual([]);
  });

  test('a lexicon adds its own problems, with a severity', () => {
    const acme = defineLexicon({ name: 'acme', entries: { 'sync storm': -2 }, problems: { 'sync storm': 0.9 } });
    const result = createAnalyzer({ lexicons: [acme] }).analyze('Another sync storm this morning on the cluster.');
    expect(result.problem?.severity).toBe(0.9);
    expect(result.problem?.evidence[0]?.source).toBe('acme');
  });

  test('a lexicon can remove a built-in problem with null', () => {
    const lenient = defineLexicon({ name: 'lenient', problems: { slow: null } });
    expect(createAnalyzer({ lexicons: [lenient] }).analyze('Search is slow.').problem).toBeUndefined();
  });

  test.each([
    [{ problems: { crash: 0 } }, /problem "crash" must be a severity above 0 and at most 1, or null, received number 0/],
    [{ problems: { crash: 1.5 } }, /problem "crash" must be a severity above 0 and at most 1/],
    [{ problems: { crash: 'high' } }, /problem "crash" must be a severity/],
    [{ problems: ['crash'] }, /"problems" must be an object/],
  ])('a bad problems section is a LexiconError naming the entry: %j', (fields, message) => {
    expect(() => defineLexicon({ name: 'bad', ...(fields as object) })).toThrow(message);
    expect(() => defineLexicon({ name: 'bad', ...(fields as object) })).toThrow(LexiconError);
  });

  test('a problem that names no entry of the analyzer fails when the analyzer is made', () => {
    const orphan = defineLexicon({ name: 'orphan', problems: { 'sync storm': 0.9 } });
    expect(() => createAnalyzer({ lexicons: [orphan] })).toThrow(/lexicon "orphan": problem "sync storm" is not an entry/);
  });
});
