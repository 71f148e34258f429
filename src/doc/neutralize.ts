import type { ExcludedSpan, ExclusionReason } from '../result.js';

// Finds the parts of a support message that are not the customer's own words: pasted code, logs
// and stack traces, quoted email history, signatures, disclaimers and ticket metadata fields.
// Works line by line with anchored, bounded patterns, so time is linear in the input length.

interface Line {
  start: number;
  end: number;
  text: string;
  trimmed: string;
}

const FENCE = /^(```|~~~)/;
const REPLY_HEADER = /^On\s.{0,300}\bwrote:$/;
const REPLY_HEADER_TAIL = /\bwrote:$/;
const ORIGINAL_MESSAGE = /^-{2,}\s*(original message|forwarded message)\s*-{2,}$/i;
const OUTLOOK_FROM = /^From:\s/;
const OUTLOOK_NEXT = /^(Sent|Date|To):\s/;
const SENT_FROM_DEVICE = /^Sent from my \w/i;
const DISCLAIMER =
  /^(confidentiality notice|disclaimer\b|this (e-?mail|message|communication)\b.{0,80}\b(confidential|intended (solely|only)|privileged))/i;
/** One pattern matching any of `parts`: long alternations stay readable, a line each. */
const anyOf = (flags: string, ...parts: RegExp[]) => new RegExp(parts.map((part) => part.source).join('|'), flags);

const SIGN_OFF = anyOf(
  'i',
  /^(?:(?:best|kind|warm|warmest|with)\s+)?(?:regards|wishes)/,
  /^(?:many\s+)?thanks(?:\s+(?:again|so much|a lot))?/,
  /^thank\s+you(?:\s+(?:again|so much))?/,
  /^(?:cheers|sincerely|best|thx|br|respectfully|all the best|talk soon)\b/,
);
const SIGN_OFF_REST = /^[,.!]?\s*(?:[A-Z][\w.'-]*\s*){0,3}$/;
// A sign-off and a name closing the last line of a message that lost its line breaks (an export, a chat transcript):
// "… still there after clearing the cache. Best, Dana". Only closings that are no thanks: "… Thanks, Delta" may be
// the thanks of a tweet to the airline it names.
const INLINE_SIGN_OFF = /[.!?]\s+([A-Za-z]+(?: [A-Za-z]+){0,2})[,.!]?\s+(?:[A-Z][\w.'-]*\s*){1,3}$/;
// Closings of two words or more say nothing else, so they need no name after them: "… thanks for looking. Best regards".
const CLOSING_ALONE = /[.!?]\s+((?:all|all the|best|kind|warm|warmest) (?:best|regards|wishes))[,.!]?\s*$/i;
const CLOSINGS = new Set([
  'all best',
  'best',
  'regards',
  'kind regards',
  'best regards',
  'warm regards',
  'warmest regards',
  'cheers',
  'sincerely',
  'all the best',
  'best wishes',
  'br',
]);
// How much of the line's end is searched for it: a sign-off and a name are short, and the search stays linear.
const INLINE_SIGN_OFF_REACH = 80;
const STACK_FRAME = /^at\s+(?:async\s+)?[\w$.<>[\]]+\s*(?:\(|:\d)/;
const EXCEPTION_LINE =
  /^([\w$]+\.)+[\w$]*(Exception|Error)\b|^(Exception in thread|Caused by:|\.\.\. \d+ more)|^[A-Z]\w*(Error|Exception): /;
const TRACEBACK = /^Traceback \(most recent call last\)/;
const LOG_LINE = anyOf(
  '',
  /^\[?\d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2}/,
  /^\[?\d{2}:\d{2}:\d{2}/,
  /^\[?(?:ERROR|ERR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL|CRITICAL|SEVERE|PANIC)\]?(?:[:\]]|\s+[\w[(])/,
);
// A log pasted after a label on the same line: "Log excerpt: 2026-11-02T10:14:03Z WARN retry failed".
const LABELLED_LOG = /^[A-Za-z][\w ]{0,30}:\s+(?=\[?\d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2})/;
// Issue and pull-request templates: "- [x] I have read the docs", "## Expected behavior", "<!-- describe the bug -->".
const CHECKLIST_ITEM = /^[-*+]\s+\[[ xX]\]\s/;
const HEADING = /^#{2,6}\s+\S/;
const COMMENT_OPEN = '<!--';
const COMMENT_CLOSE = '-->';
const SHELL_LINE = /^(\$|#|>>>|PS [A-Z]:\\.{0,200}>)\s+\S/;
const CODE_CHARS = /[;{}=<>()[\]]/;
// A bug report's fields: the steps to reproduce are instructions ("3) save") and the expected result is what should
// happen ("Expected: segment saved"), neither a feeling; the actual result is the report itself and is read. A field runs
// to the next field's label or the line's end, and past it when its label stands alone: "Expected behavior:" then lines
// up to a blank line or the next label.
const FIELD_NAMES = [
  'steps(?: to reproduce)?',
  'repro(?:duction)? steps',
  'expected(?: (?:result|results|behaviou?r|outcome))?',
  'actual(?: (?:result|results|behaviou?r|outcome))?',
].join('|');
const FIELD_LABEL = new RegExp(`(?:^|(?<=[.!?)]\\s+))(?:[-*]\\s+)?\\**(${FIELD_NAMES})\\**\\s*:\\**`, 'gi');
const ACTUAL = /^actual/i;
const METADATA_FIELDS = [
  'priority|severity|sev|urgency|impact|status|component|environment|env|version',
  'os|browser|ticket|ticket id|case id|plan|account id|error code',
].join('|');
// A field's value runs to the line's end, not past a sentence's: "Severity: Critical. The export is broken." is a field
// and a report.
const METADATA = new RegExp(`^(${METADATA_FIELDS})\\s*[:=]\\s*(?:(?!\\.\\s)[\\w ./#-]){1,40}$`, 'i');
// A ticket's priority given as a tag or a field before the text: "[Critical] Export fails for all users", "Critical: the
// export is broken", "Severity: Critical. The export is broken". The level is a field's value, not a feeling.
const LEVELS = 'critical|blocker|high|medium|low|major|minor|p[0-4]|sev ?[0-4]';
const LEVEL_TAG = new RegExp(
  `^(?:\\[(?:${LEVELS})\\]|(?:${LEVELS})\\s*(?::|\\s[-–])\\s|(?:${METADATA_FIELDS})\\s*[:=]\\s*(?:${LEVELS})\\b\\.?)`,
  'i',
);

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const raw = text.slice(start, end);
    lines.push({ start, end, text: raw, trimmed: raw.trim() });
    start = end + 1;
  }
  return lines;
}

function isSignOff(trimmed: string): boolean {
  if (trimmed.length > 40) return false;
  const match = SIGN_OFF.exec(trimmed);
  return match !== null && SIGN_OFF_REST.test(trimmed.slice(match[0].length));
}

// How far past a sign-off to look for the end of the message before deciding it is not one.
const SIGNATURE_LOOKAHEAD = 12;
// Structure patterns are for lines a person pastes; longer lines are prose or data, never tested.
const MAX_STRUCTURED_LINE = 2000;

/** True when what follows line `index` looks like a signature block: a few short lines at most. */
function onlyShortLinesAfter(lines: Line[], index: number): boolean {
  const stop = Math.min(lines.length, index + 1 + SIGNATURE_LOOKAHEAD);
  for (let i = index + 1; i < stop; i++) {
    const line = lines[i]!;
    if (line.trimmed.startsWith('>') || REPLY_HEADER.test(line.trimmed)) return true;
    if (line.trimmed.length > 80) return false;
  }
  return stop === lines.length;
}

/**
 * Regions of `text` that should not be scored, sorted and non-overlapping. Each region covers
 * whole lines, except inline code in backticks.
 */
export function findExcludedSpans(text: string): ExcludedSpan[] {
  const lines = splitLines(text);
  const excluded: ExcludedSpan[] = [];
  const exclude = (start: number, end: number, reason: ExclusionReason) => {
    const last = excluded[excluded.length - 1];
    if (last && last.reason === reason && start - last.end <= 1) last.end = Math.max(last.end, end);
    else if (end > start) excluded.push({ start, end, reason });
  };
  const excludeRest = (from: number, reason: ExclusionReason) => exclude(lines[from]!.start, text.length, reason);

  let fenced = false;
  let commented = false;
  let traceback = false;
  let seenContent = false;
  let inField = false;
  let lastContent = lines.length - 1;
  while (lastContent > 0 && lines[lastContent]!.trimmed === '') lastContent--;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const { trimmed } = line;
    if (FENCE.test(trimmed) || fenced) {
      if (FENCE.test(trimmed)) fenced = !fenced;
      // A field's lines end where a code block starts: what follows the block is told of it.
      inField = false;
      exclude(line.start, line.end, 'code');
      continue;
    }
    if (commented || trimmed.startsWith(COMMENT_OPEN)) {
      // An HTML comment is the template's instruction to whoever fills it in, never shown once rendered.
      commented = !trimmed.includes(COMMENT_CLOSE, commented ? 0 : COMMENT_OPEN.length);
      exclude(line.start, line.end, 'template');
      continue;
    }
    if (trimmed === '') {
      traceback = false;
      inField = false;
      continue;
    }
    if (inField) {
      FIELD_LABEL.lastIndex = 0;
      if (!FIELD_LABEL.test(trimmed) && !HEADING.test(trimmed)) {
        exclude(line.start, line.end, 'template');
        continue;
      }
      inField = false;
    }
    if (trimmed.length > MAX_STRUCTURED_LINE) {
      seenContent = true;
      inField = excludeReportFields(line, exclude);
      excludeProseNoise(line, exclude);
      continue;
    }
    if (traceback) {
      exclude(line.start, line.end, 'stack-trace');
      // The exception message, flush left, ends a Python traceback.
      if (!/^\s/.test(line.text)) traceback = false;
      continue;
    }
    if (ORIGINAL_MESSAGE.test(trimmed) || (OUTLOOK_FROM.test(trimmed) && OUTLOOK_NEXT.test(lines[i + 1]?.trimmed ?? ''))) {
      excludeRest(i, 'quoted-reply');
      break;
    }
    if (line.text === '-- ' || trimmed === '--') {
      excludeRest(i, 'signature');
      break;
    }
    if (DISCLAIMER.test(trimmed)) {
      excludeRest(i, 'disclaimer');
      break;
    }
    if (trimmed.startsWith('>') || REPLY_HEADER.test(trimmed)) {
      exclude(line.start, line.end, 'quoted-reply');
      continue;
    }
    const next = lines[i + 1];
    if (trimmed.startsWith('On ') && next && REPLY_HEADER_TAIL.test(next.trimmed)) {
      exclude(line.start, next.end, 'quoted-reply');
      i++;
      continue;
    }
    if (SENT_FROM_DEVICE.test(trimmed)) {
      exclude(line.start, line.end, 'signature');
      continue;
    }
    if (seenContent && isSignOff(trimmed) && onlyShortLinesAfter(lines, i)) {
      // Everything after a sign-off is name, title and phone numbers, or quoted history.
      for (let j = i; j < lines.length; j++) {
        const rest = lines[j]!;
        if (rest.trimmed === '') continue;
        const quoted = rest.trimmed.startsWith('>') || REPLY_HEADER.test(rest.trimmed);
        exclude(rest.start, rest.end, quoted ? 'quoted-reply' : 'signature');
      }
      break;
    }
    if (TRACEBACK.test(trimmed)) {
      traceback = true;
      exclude(line.start, line.end, 'stack-trace');
      continue;
    }
    if (STACK_FRAME.test(trimmed) || EXCEPTION_LINE.test(trimmed)) {
      exclude(line.start, line.end, 'stack-trace');
      continue;
    }
    if (LOG_LINE.test(trimmed)) {
      exclude(line.start, line.end, 'log');
      continue;
    }
    const label = LABELLED_LOG.exec(trimmed);
    if (label) {
      seenContent = true;
      exclude(line.start + (line.text.length - line.text.trimStart().length) + label[0].length, line.end, 'log');
      continue;
    }
    if (CHECKLIST_ITEM.test(trimmed) || HEADING.test(trimmed)) {
      exclude(line.start, line.end, 'template');
      // "## Expected behavior": the lines under it are the field's.
      inField = HEADING.test(trimmed) && isFieldHeading(trimmed);
      continue;
    }
    if (SHELL_LINE.test(trimmed) || isIndentedCode(line, lines[i - 1])) {
      exclude(line.start, line.end, 'code');
      continue;
    }
    if (METADATA.test(trimmed)) {
      exclude(line.start, line.end, 'metadata');
      continue;
    }
    const level = LEVEL_TAG.exec(trimmed);
    if (level) {
      const from = line.start + (line.text.length - line.text.trimStart().length);
      exclude(from, from + level[0].length, 'metadata');
    }
    seenContent = true;
    inField = excludeReportFields(line, exclude);
    excludeProseNoise(line, exclude);
    if (i === lastContent) excludeInlineSignOff(line, exclude);
  }
  return mergeOverlaps(excluded);
}

/** The sign-off and name that close the last line of a message written on one line: "… Best, Dana". */
function excludeInlineSignOff(line: Line, exclude: (start: number, end: number, reason: ExclusionReason) => void): void {
  const from = Math.max(0, line.text.length - INLINE_SIGN_OFF_REACH);
  const tail = line.text.slice(from);
  const match = [INLINE_SIGN_OFF.exec(tail), CLOSING_ALONE.exec(tail)].find((found) => found && CLOSINGS.has(found[1]!.toLowerCase()));
  if (!match) return;
  const start = line.start + from + match.index + match[0].indexOf(match[1]!);
  exclude(start, line.end, 'signature');
}

// No word of prose is this long; such runs are encoded blobs, minified code or hashes, and wink-nlp's
// tokenizer slows down quadratically on them.
const MAX_RUN = 200;

// A mark repeated past this says nothing more ("!!!!" is as loud as the emphasis rule hears).
const MAX_REPEAT = 4;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Runs of MAX_RUN or more non-space characters within a line. A run that is long only because a punctuation
 * mark or symbol repeats ("Great!!!!!!…") is emphasis, not a blob: only the repetition past MAX_REPEAT is left
 * out. A letter repeated hundreds of times is a blob like any other.
 */
function excludeLongRuns(line: Line, exclude: (start: number, end: number, reason: ExclusionReason) => void): void {
  const { text } = line;
  if (text.length < MAX_RUN) return;
  let runStart = -1;
  for (let k = 0; k <= text.length; k++) {
    const space = k === text.length || text.charCodeAt(k) <= 32;
    if (!space && runStart === -1) runStart = k;
    else if (space && runStart !== -1) {
      if (k - runStart >= MAX_RUN) excludeRun(line.start + runStart, text.slice(runStart, k), exclude);
      runStart = -1;
    }
  }
}

function excludeRun(start: number, run: string, exclude: (start: number, end: number, reason: ExclusionReason) => void): void {
  const repeats: [number, number][] = [];
  let kept = 0;
  for (let k = 0; k < run.length; ) {
    let end = k + 1;
    while (end < run.length && run[end] === run[k]) end++;
    const keep = LETTER_OR_DIGIT.test(run[k]!) ? end - k : Math.min(end - k, MAX_REPEAT);
    kept += keep;
    if (end - k > keep) repeats.push([k + keep, end]);
    k = end;
  }
  if (kept >= MAX_RUN) {
    exclude(start, start + run.length, 'code');
    return;
  }
  for (const [from, to] of repeats) exclude(start + from, start + to, 'repetition');
}

function isIndentedCode(line: Line, previous: Line | undefined): boolean {
  const indented = line.text.startsWith('    ') || line.text.startsWith('\t');
  if (!indented) return false;
  const afterBreak = !previous || previous.trimmed === '' || previous.text.startsWith('    ') || previous.text.startsWith('\t');
  return afterBreak && CODE_CHARS.test(line.trimmed);
}

/** Sorted spans with overlaps folded into the earlier span (inline code may hold a long blob). */
function mergeOverlaps(spans: ExcludedSpan[]): ExcludedSpan[] {
  spans.sort((a, b) => a.start - b.start);
  const merged: ExcludedSpan[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push(span);
  }
  return merged;
}

/** What a line of prose may still carry that is not prose: inline code, links, and blobs too long to be words. */
/**
 * Excludes the steps and expected results of a bug report on `line`, each up to the next field's label or the line's
 * end. Returns whether the line ends on a steps or expected label with nothing after it, whose content follows.
 */
function excludeReportFields(line: Line, exclude: (start: number, end: number, reason: ExclusionReason) => void): boolean {
  if (!line.text.includes(':')) return false;
  FIELD_LABEL.lastIndex = 0;
  const labels: { start: number; end: number; excluded: boolean }[] = [];
  for (let match = FIELD_LABEL.exec(line.text); match !== null; match = FIELD_LABEL.exec(line.text))
    labels.push({ start: match.index, end: match.index + match[0].length, excluded: !ACTUAL.test(match[1]!) });
  labels.forEach((label, k) => {
    if (label.excluded) exclude(line.start + label.start, line.start + (labels[k + 1]?.start ?? line.text.length), 'template');
  });
  const last = labels[labels.length - 1];
  return last?.excluded === true && line.text.slice(last.end).trim() === '';
}

/** A heading that names the steps or the expected result of a bug report: "## Steps to reproduce". */
function isFieldHeading(trimmed: string): boolean {
  const title = trimmed.replace(/^#+\s+/, '');
  FIELD_LABEL.lastIndex = 0;
  const match = FIELD_LABEL.exec(`${title}:`);
  return match !== null && match.index === 0 && match[0].length === title.length + 1 && !ACTUAL.test(match[1]!);
}

function excludeProseNoise(line: Line, exclude: (start: number, end: number, reason: ExclusionReason) => void): void {
  excludeInlineCode(line, exclude);
  excludeMarkdownLinks(line, exclude);
  excludeLongRuns(line, exclude);
}

// "[The Absolute Minimum Every Developer Must Know](http://…)", "see [Troubleshooting failed syncs](/kb/123)": the text of
// a markdown link names what it points to, a title, as the address does. Bounded, so a line full of brackets stays linear.
const MARKDOWN_LINK = /\[[^[\]\n]{1,300}\]\((?:https?:\/\/|www\.|\/)[^()\s]{0,2000}\)/g;

function excludeMarkdownLinks(line: Line, exclude: (start: number, end: number, reason: ExclusionReason) => void): void {
  if (!line.text.includes('](')) return;
  MARKDOWN_LINK.lastIndex = 0;
  for (let match = MARKDOWN_LINK.exec(line.text); match !== null; match = MARKDOWN_LINK.exec(line.text)) {
    exclude(line.start + match.index, line.start + match.index + match[0].length, 'link');
  }
}

function excludeInlineCode(line: Line, exclude: (start: number, end: number, reason: ExclusionReason) => void): void {
  let open = line.text.indexOf('`');
  while (open !== -1) {
    const close = line.text.indexOf('`', open + 1);
    if (close === -1) return;
    exclude(line.start + open, line.start + close + 1, 'code');
    open = line.text.indexOf('`', close + 1);
  }
}

/** `text` with excluded regions blanked to spaces, line breaks kept, so offsets stay valid. */
export function blankOut(text: string, excluded: readonly ExcludedSpan[]): string {
  if (excluded.length === 0) return text;
  // Parts joined once: a string grown by += over thousands of spans costs more than its length.
  const parts: string[] = [];
  let cursor = 0;
  for (const span of excluded) {
    parts.push(text.slice(cursor, span.start), blank(text, span.start, span.end));
    cursor = span.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/** Spaces for `text[start, end)`, keeping its line breaks. */
function blank(text: string, start: number, end: number): string {
  let out = '';
  let from = start;
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if (code !== 10 && code !== 13) continue;
    out += ' '.repeat(k - from) + text[k];
    from = k + 1;
  }
  return out + ' '.repeat(end - from);
}

/** Two sorted span lists as one, sorted, with no overlap: a span inside an earlier one is dropped, one that overlaps is cut. */
export function mergeSpans(first: readonly ExcludedSpan[], second: readonly ExcludedSpan[]): ExcludedSpan[] {
  if (second.length === 0) return [...first];
  if (first.length === 0) return [...second];
  const all = [...first, ...second].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: ExcludedSpan[] = [];
  for (const span of all) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      if (span.end > last.end) merged.push({ start: last.end, end: span.end, reason: span.reason });
      continue;
    }
    merged.push(span);
  }
  return merged;
}
