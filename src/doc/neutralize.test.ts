import { describe, expect, test } from 'vitest';
import { blankOut, findExcludedSpans } from './neutralize.js';

const reasonsOf = (text: string) => findExcludedSpans(text).map((span) => [span.reason, text.slice(span.start, span.end)]);

describe('findExcludedSpans', () => {
  test('fenced code blocks, fences included', () => {
    const text = 'Steps:\n```\nkill -9 42\n```\nStill broken.';
    expect(reasonsOf(text)).toEqual([
      ['template', 'Steps:'],
      ['code', '```\nkill -9 42\n```'],
    ]);
  });

  test('inline code in backticks', () => {
    expect(reasonsOf('Running `rm -rf cache` fails.')).toEqual([['code', '`rm -rf cache`']]);
  });

  test('log lines by timestamp or level', () => {
    const text = 'See:\n2024-03-01 10:22:13 ERROR Failed\n[WARN] disk low\nFATAL: worker died\nThanks for checking.';
    expect(reasonsOf(text).map(([reason]) => reason)).toEqual(['log']);
    expect(reasonsOf(text)[0]![1]).toBe('2024-03-01 10:22:13 ERROR Failed\n[WARN] disk low\nFATAL: worker died');
  });

  test('stack traces: Java and JavaScript frames, exception lines, Python tracebacks', () => {
    const java = 'java.lang.IllegalStateException: bad\n\tat com.acme.A.run(A.java:1)\nCaused by: x';
    expect(reasonsOf(java).map(([reason]) => reason)).toEqual(['stack-trace']);
    const js = 'TypeError: x is undefined\n    at Object.<anonymous> (/app/a.js:1:2)\n    at async Promise.all (index 0)';
    expect(reasonsOf(js)).toEqual([['stack-trace', js]]);
    const python = 'Traceback (most recent call last):\n  File "a.py", line 1, in <module>\nKeyError: 1\nIt fails.';
    expect(reasonsOf(python)).toEqual([
      ['stack-trace', 'Traceback (most recent call last):\n  File "a.py", line 1, in <module>\nKeyError: 1'],
    ]);
  });

  test('quoted replies: ">" lines and the "On … wrote:" header, on one line or two', () => {
    const text = 'Still down.\nOn Mon, Jan 3 at 10:00 Support <s@x.io> wrote:\n> Great news!\n> Best';
    expect(reasonsOf(text)).toEqual([['quoted-reply', 'On Mon, Jan 3 at 10:00 Support <s@x.io> wrote:\n> Great news!\n> Best']]);
    const twoLines = 'Still down.\nOn Mon, Jan 3, 2025 at 10:00 AM Acme Support\n<s@x.io> wrote:\n> Great news!';
    expect(reasonsOf(twoLines)[0]![0]).toBe('quoted-reply');
    expect(reasonsOf(twoLines)[0]![1]).toContain('wrote:');
  });

  test('forwarded and Outlook-style history runs to the end', () => {
    const text = 'Wrong invoice.\n-----Original Message-----\nFrom: Billing\nWe love you';
    expect(reasonsOf(text)).toEqual([['quoted-reply', '-----Original Message-----\nFrom: Billing\nWe love you']]);
    const outlook = 'Wrong invoice.\nFrom: Billing <b@x.io>\nSent: Monday\nWe love you';
    expect(reasonsOf(outlook)[0]![0]).toBe('quoted-reply');
  });

  test('signatures: "-- " delimiter, sign-off blocks, "Sent from my …"', () => {
    expect(reasonsOf('Broken again.\n-- \nJane, CTO')).toEqual([['signature', '-- \nJane, CTO']]);
    expect(reasonsOf('Broken again.\n\nBest regards,\nJane Doe\nCTO, Acme')).toEqual([['signature', 'Best regards,\nJane Doe\nCTO, Acme']]);
    expect(reasonsOf('Broken again.\nThanks, Sam')).toEqual([['signature', 'Thanks, Sam']]);
    expect(reasonsOf('Broken again.\nSent from my iPhone')).toEqual([['signature', 'Sent from my iPhone']]);
  });

  test('a sign-off and a name closing a message written on one line (an export, a transcript)', () => {
    expect(reasonsOf('The issue is still there after clearing the cache. Best, Dana')).toEqual([['signature', 'Best, Dana']]);
    expect(reasonsOf('The export works now. Kind regards, John Smith\n')).toEqual([['signature', 'Kind regards, John Smith']]);
    // Praise is no sign-off, a closing needs a name after it, and thanks may be a tweet's to the company it names.
    expect(reasonsOf('You are the best.')).toEqual([]);
    expect(reasonsOf('It works now. Best!')).toEqual([]);
    expect(reasonsOf('Thanks for the help. Thanks, Delta')).toEqual([]);
    // Only on the message's last line: a closing in the middle is followed by more of the message.
    expect(reasonsOf('Broken again. Best, Dana\nAlso the export fails.')).toEqual([]);
    // A closing of two words or more can be nothing else, and needs no name.
    expect(reasonsOf('Your website is down again. Just thought you should know. All best.')).toEqual([['signature', 'All best.']]);
    expect(reasonsOf('Please look into the invoice. Best regards')).toEqual([['signature', 'Best regards']]);
  });

  test('a sign-off needs content before it and only short lines after it', () => {
    expect(reasonsOf('Thanks!')).toEqual([]);
    const longAfter = `Bad news.\nThanks,\n${'This is a long paragraph of real content that keeps going on and on and on. '.repeat(2)}`;
    expect(reasonsOf(longAfter)).toEqual([]);
  });

  test('disclaimers run to the end', () => {
    const text = 'Fixed, thanks.\nCONFIDENTIALITY NOTICE: This e-mail is confidential.\nUnfortunately, delete it.';
    expect(reasonsOf(text)[0]).toEqual(['disclaimer', 'CONFIDENTIALITY NOTICE: This e-mail is confidential.\nUnfortunately, delete it.']);
  });

  test('ticket metadata fields', () => {
    expect(reasonsOf('Priority: Critical\nSeverity = high\nThe app is slow.')).toEqual([
      ['metadata', 'Priority: Critical\nSeverity = high'],
    ]);
    // A field's value ends with its sentence: what follows is the report.
    expect(reasonsOf('Severity: Critical. The export is broken.')).toEqual([['metadata', 'Severity: Critical.']]);
  });

  test('a priority level given as a tag or a label before the text', () => {
    expect(reasonsOf('[Critical] Export fails for all users')).toEqual([['metadata', '[Critical]']]);
    expect(reasonsOf('Critical: the export is broken.')).toEqual([['metadata', 'Critical: ']]);
    expect(reasonsOf('  CRITICAL - export fails\nP1: checkout is down')).toEqual([
      ['metadata', 'CRITICAL - '],
      ['metadata', 'P1: '],
    ]);
    // The same words in a sentence are the writer's.
    expect(reasonsOf('This is critical for our launch.')).toEqual([]);
    expect(reasonsOf('High hopes, low results: the export is broken.')).toEqual([]);
  });

  test('prose is left alone', () => {
    expect(findExcludedSpans('The export is broken. At least the UI works. Status: we are furious about this.')).toEqual([]);
  });

  test('indented code after a blank line, but not indented prose', () => {
    expect(reasonsOf('Config:\n\n    retries = 3;\nDoes not work.')).toEqual([['code', '    retries = 3;']]);
    expect(reasonsOf('Note:\n\n    the app is slow')).toEqual([]);
  });
});

describe('blankOut', () => {
  test('keeps length and line breaks, so offsets stay valid', () => {
    const text = 'a\n> quoted 😀\nb';
    const blanked = blankOut(text, findExcludedSpans(text));
    expect(blanked).toHaveLength(text.length);
    expect(blanked).toBe(`a\n${' '.repeat('> quoted 😀'.length)}\nb`);
  });
});

describe('long runs', () => {
  test('runs of 200+ non-space characters are excluded as code, inside inline code too', () => {
    const blob = 'x'.repeat(250);
    expect(reasonsOf(`Token ${blob} fails.`)).toEqual([['code', blob]]);
    const spans = findExcludedSpans(`Run \`${blob} --flag\` now.`);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.reason).toBe('code');
  });
});

describe('templates and labelled logs (issue 18)', () => {
  test('checklist items and headings of an issue template are template, the rest is text', () => {
    const text = '## Environment\nThe export fails.\n- [x] I have searched existing issues\n- [ ] I have added tests';
    expect(reasonsOf(text)).toEqual([
      ['template', '## Environment'],
      ['template', '- [x] I have searched existing issues\n- [ ] I have added tests'],
    ]);
  });

  test("a bug report's steps and expected result are template, to the next field; its actual result is text", () => {
    const inline = 'Steps: 1) create a segment 3) save. Expected: segment saved. Actual: spinner forever.';
    expect(reasonsOf(inline)).toEqual([['template', 'Steps: 1) create a segment 3) save. Expected: segment saved. ']]);
    const below = 'Expected behavior:\nThe report saves.\nIt loads fast.\n\nActual behavior:\nIt crashes.';
    expect(reasonsOf(below)).toEqual([['template', 'Expected behavior:\nThe report saves.\nIt loads fast.']]);
    const heading = '## Expected behavior\nThe export completes.\n## Actual behavior\nIt fails.';
    expect(reasonsOf(heading)).toEqual([['template', '## Expected behavior\nThe export completes.\n## Actual behavior']]);
    // Not a field: a label inside a sentence, or an expectation told as prose.
    expect(reasonsOf('I expected a quick fix.')).toEqual([]);
    expect(reasonsOf('What we expected: a working export.')).toEqual([]);
  });

  test('an HTML comment is a template instruction, over one line or several', () => {
    expect(reasonsOf('<!-- Describe the bug -->\nIt fails.')).toEqual([['template', '<!-- Describe the bug -->']]);
    expect(reasonsOf('<!--\nbad awful\n-->\nIt fails.')).toEqual([['template', '<!--\nbad awful\n-->']]);
  });

  test('a log pasted after a label on the same line is a log; the label stays text', () => {
    const text = 'Log excerpt: 2026-11-02T10:14:03Z WARN retry attempt 3 failed';
    expect(reasonsOf(text)).toEqual([['log', '2026-11-02T10:14:03Z WARN retry attempt 3 failed']]);
  });

  test('a plain markdown list is not a template', () => {
    expect(reasonsOf('- the export fails\n- the import is slow')).toEqual([]);
  });

  test('a markdown link to an address is a title, text and address alike', () => {
    expect(reasonsOf('See [Troubleshooting failed syncs](https://help.example.com/kb/123) first.')).toEqual([
      ['link', '[Troubleshooting failed syncs](https://help.example.com/kb/123)'],
    ]);
    expect(reasonsOf('Read [this guide](/docs/sso) and [the FAQ](www.example.com/faq).').map(([reason]) => reason)).toEqual([
      'link',
      'link',
    ]);
  });

  test('brackets and parentheses that are no link stay text', () => {
    expect(reasonsOf('The export [beta] (still) fails.')).toEqual([]);
    expect(reasonsOf('Option [a](b) is broken.')).toEqual([]);
    expect(reasonsOf('[unclosed](https://example.com is broken')).toEqual([]);
  });
});
