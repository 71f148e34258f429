import { describe, expect, test } from 'vitest';
import { analyze, createAnalyzer, defaultRules } from '../index.js';

const problemWords = (text: string) =>
  analyze(text).sentences.flatMap((sentence) => sentence.problem?.evidence.map((item) => item.text) ?? []);
const evidenceOf = (text: string, quote: string) => analyze(text).evidence.find((item) => item.text === quote);

describe('remedied: a problem reported as ended is news of a fix', () => {
  test.each([
    ['This fixes the crash.', 'crash'],
    ['We fixed the memory leak.', 'leak'],
    ['Thanks for fixing the crash!', 'crash'],
    ['Thanks for sorting out the billing issue.', 'issue'],
    ['The update resolved the timeout errors.', 'errors'],
    // A participle inside the object: "missing" qualifies the noun after it.
    ['The webhook retries fixed our missing events problem.', 'problem'],
    ['The crash is fixed now.', 'crash'],
    ['The timeout errors were resolved yesterday.', 'timeout'],
    ['The bug has been fixed.', 'bug'],
    // A negator in another clause negates nothing here.
    ['No, we fixed the crash.', 'crash'],
    // A remedy that names the problem and worked.
    ['The fix for the crash works great.', 'crash'],
    ['The solution to the login problem worked, thanks!', 'problem'],
    ['The workaround for the timeout errors helped.', 'errors'],
    // An act of tending to the problem that the writer thanks.
    ['Thank you for looking into the outage so quickly.', 'outage'],
    ['I appreciate you fixing the crash.', 'crash'],
    ['Thanks for jumping on the sync issue.', 'issue'],
    ['Appreciate you digging into the login errors.', 'errors'],
    ['Thanks so much for keeping us posted on the outage.', 'outage'],
    // A find praised, or thanked.
    ['Great catch on the timezone bug, thanks for the quick patch.', 'bug'],
    ['Thanks for catching the bug before release.', 'bug'],
    // The past by "did", with a denial released by "just".
    ['The patch did fix the crash.', 'crash'],
    ["The fix didn't just solve the bug, it made the whole thing faster.", 'bug'],
  ])('%s', (text, problem) => {
    expect(analyze(text).sentiment.label).not.toBe('negative');
    expect(evidenceOf(text, problem)).toBeUndefined();
    expect(problemWords(text)).not.toContain(problem);
  });

  test.each([
    ['Thanks for fixing the terrible sync bug so quickly.', 'terrible'],
    ['We fixed the horrible memory leak.', 'horrible'],
  ])('a complaint word qualifying the problem ended judged what is over: %s', (text, word) => {
    expect(analyze(text).sentiment.label).toBe('positive');
    expect(evidenceOf(text, word)).toBeUndefined();
  });

  test.each([
    ['They fixed the bug but the terrible UI remains.', 'terrible'],
    ['Please fix the terrible export.', 'terrible'],
    ['You did not fix the awful crash.', 'awful'],
  ])('a complaint word stays where nothing ended what it qualifies: %s', (text, word) => {
    expect(analyze(text).sentiment.label).toBe('negative');
    expect(evidenceOf(text, word)?.weight).toBeLessThan(0);
  });

  test('jargon the technical rule muted is ended too: "the 500 error is fixed now" reports no problem', () => {
    expect(analyze('The 500 error is fixed now.').sentences[0]!.problem).toBeUndefined();
    expect(problemWords('We get a 500 error on export.')).toEqual(['500', 'error']);
  });

  test('a remedy word with praise of its own keeps it: "fixed" reads positive', () => {
    const result = analyze('The bug has been fixed.');
    expect(result.sentiment.label).toBe('positive');
    expect(result.evidence.map((item) => item.text)).toEqual(['fixed']);
  });

  test.each([
    ['a request', 'Please fix the crash.'],
    ['a wish', 'It should fix the crash.'],
    ['a question', 'Does this fix the crash?'],
    ['a question in the past', 'Has this fixed the crash?'],
    ['work in progress', 'We are fixing the crash.'],
    ['a negated remedy', "This didn't fix the crash."],
    ['a negated remedy after "did"', 'This did not fix the crash.'],
    ['a question opened by "did"', 'Did the update fix the crash?'],
    ['a negated participle', "The crash hasn't been fixed."],
    ['nobody did it', 'Nobody fixed the crash.'],
    ['a condition', 'If this fixes the crash we will renew.'],
    ['a remedy that did harm', 'Your fix caused a new crash.'],
    ['a remedy asked for', 'We need a fix for the crash.'],
    ['a named remedy that failed', "The fix for the crash doesn't work."],
    ['a named remedy that did harm', 'The fix for the crash broke the login.'],
    ['a named remedy in question', 'Does the fix for the crash work?'],
    ['a named remedy under a condition', 'If the fix for the crash works we will renew.'],
    ['tending without thanks', 'They are looking into the crash.'],
    ['thanks for harm', 'Thanks for causing the crash.'],
    ['a find not praised', 'We found the crash in the export.'],
    ['thanks asked about tending', 'Thanks, but is anyone looking into the crash?'],
  ])('leaves the problem in place for %s: %s', (_, text) => {
    const crash = evidenceOf(text, 'crash');
    expect(crash?.weight).toBeLessThan(0);
    expect(crash?.rules).not.toContain('remedied');
  });

  test('the rule is what mutes the problem: without it "we fixed the crash" quotes the crash and reports it', () => {
    const without = createAnalyzer({ rules: defaultRules.filter((rule) => rule.name !== 'remedied') });
    const result = without.analyze('We fixed the crash.');
    expect(result.evidence.map((item) => item.text)).toContain('crash');
    expect(result.sentences[0]!.problem?.evidence.map((item) => item.text)).toContain('crash');
  });

  test('a problem reported ended is no bug report; a request to fix it still is', () => {
    const intentsOf = (text: string) => analyze(text).intents?.map((intent) => intent.intent) ?? [];
    expect(intentsOf('Thanks for fixing the crash!')).not.toContain('bug_report');
    expect(intentsOf('The bug has been fixed.')).not.toContain('bug_report');
    expect(intentsOf('The fix for the crash works great.')).not.toContain('bug_report');
    expect(intentsOf('Please fix the crash.')).toContain('bug_report');
    expect(intentsOf('The bug is still there.')).toContain('bug_report');
  });
});
