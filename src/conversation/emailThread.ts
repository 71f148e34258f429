import { findExcludedSpans } from '../doc/neutralize.js';
import { describeValue, InvalidInputError } from '../errors.js';
import type { Turn } from './analyzeConversation.js';

const REPLY_HEADER_END = /\bwrote:\s*$/;
const ORIGINAL_MESSAGE = /^-{2,}\s*(original message|forwarded message)\s*-{2,}$/i;
const OUTLOOK_FIELD = /^(From|Sent|Date|To|Cc|Subject):\s?/;
// "On Tue, 5 Mar 2024 at 9:12 AM Acme Support <help@acme.io> wrote:" → "Acme Support"
const WRITER = /([^,<>]+?)\s*(?:<[^>]*>)?\s*wrote:\s*$/;
// What is left of the date before the name: "4 Mar 2024 at 10:00 Acme Support" → "Acme Support".
const DATE_PREFIX = /^.*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?\s*/;

export interface EmailThreadOptions {
  /** Who wrote the newest message, at the top, which carries no header. Default `customer`. */
  latestSpeaker?: string;
}

interface Header {
  /** Line index where the header starts, and the first line after it. */
  start: number;
  after: number;
  writer: string;
}

function findHeader(lines: readonly string[]): Header | undefined {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line.startsWith('>')) continue;
    if (line.startsWith('On ') && line.length <= 400) {
      // The header may wrap onto a second line.
      const joined = REPLY_HEADER_END.test(line) ? line : `${line} ${lines[i + 1]?.trim() ?? ''}`;
      if (REPLY_HEADER_END.test(joined)) {
        const writer = (WRITER.exec(joined)?.[1] ?? '').replace(DATE_PREFIX, '').trim() || 'unknown';
        return { start: i, after: REPLY_HEADER_END.test(line) ? i + 1 : i + 2, writer };
      }
    }
    if (ORIGINAL_MESSAGE.test(line) || (/^From:\s/.test(line) && /^(Sent|Date|To):\s/.test(lines[i + 1]?.trim() ?? ''))) {
      let after = ORIGINAL_MESSAGE.test(line) ? i + 1 : i;
      let writer = 'unknown';
      while (after < lines.length && OUTLOOK_FIELD.test(lines[after]!.trim())) {
        const field = lines[after]!.trim();
        if (field.startsWith('From:'))
          writer =
            field
              .slice(5)
              .replace(/<[^>]*>|\[[^\]]*\]/g, '')
              .trim() || 'unknown';
        after++;
      }
      return { start: i, after, writer };
    }
  }
  return undefined;
}

/** One level of "> " quoting removed, when every non-empty line carries it. */
function unquote(lines: readonly string[]): string[] {
  const content = lines.filter((line) => line.trim() !== '');
  if (content.length === 0 || !content.every((line) => line.trimStart().startsWith('>'))) return [...lines];
  return lines.map((line) => line.replace(/^\s*> ?/, ''));
}

/** The message body without its signature, disclaimer and stray quoted lines. */
function ownWords(lines: readonly string[]): string {
  const text = lines
    .filter((line) => !line.trimStart().startsWith('>'))
    .join('\n')
    .trim();
  const cut = findExcludedSpans(text).find((span) => span.reason === 'signature' || span.reason === 'disclaimer');
  return (cut ? text.slice(0, cut.start) : text).trim();
}

function splitLines(lines: readonly string[], speaker: string, depth: number): Turn[] {
  const header = depth < 100 ? findHeader(lines) : undefined;
  if (!header) return [{ speaker, text: ownWords(lines) }];
  const older = splitLines(unquote(lines.slice(header.after)), header.writer, depth + 1);
  return [...older, { speaker, text: ownWords(lines.slice(0, header.start)) }];
}

/**
 * Splits an e-mail thread pasted as one string into its messages, oldest first, each with its writer
 * (from the "On … wrote:" or "From:" header above it) and only its own words: quoted history,
 * signatures and disclaimers are dropped. Messages left empty are kept, so none disappears unseen.
 *
 * @example
 * ```ts
 * splitEmailThread('Still broken.\n\nOn Mon, 4 Mar 2024 at 10:00 Acme Support <s@acme.io> wrote:\n> Fixed, please retry.');
 * // [{ speaker: 'Acme Support', text: 'Fixed, please retry.' }, { speaker: 'customer', text: 'Still broken.' }]
 * ```
 */
export function splitEmailThread(text: string, options: EmailThreadOptions = {}): Turn[] {
  if (typeof text !== 'string') throw new InvalidInputError(`expected an e-mail thread string, received ${describeValue(text)}.`);
  return splitLines(text.split(/\r?\n/), options.latestSpeaker ?? 'customer', 0);
}
