import PostalMime from 'postal-mime';
import { splitEmailThread } from '../conversation/emailThread.js';
import type { Turn } from '../conversation/turn.js';
import { describeValue, InvalidInputError } from '../errors.js';

// E-mail files (.eml, RFC 822 / MIME) and mailboxes (mbox) as turns. MIME is decoded by postal-mime (multipart,
// quoted-printable, base64, charsets; it runs in browsers too). The plain-text alternative is preferred, since its
// quoted history can be split into the earlier messages; an HTML-only message is one turn read as HTML, with its
// history left out. Attachments are never scored.

export interface EmailAddress {
  name: string;
  address?: string;
}

/** One e-mail, decoded: who wrote it, when, and its body as turns (earlier quoted messages first). */
export interface ParsedEmail {
  from?: EmailAddress;
  to: EmailAddress[];
  subject?: string;
  /** The Date header, as an ISO string, when it parses. */
  date?: string;
  messageId?: string;
  /** The body scored: the text/plain part, or the HTML one when there is no plain text. */
  body: string;
  format: 'text' | 'html';
  /** Turns ready for `analyzeConversation`: quoted messages of the thread, then this message's own words. */
  turns: Turn[];
  /** Attachments, not scored: their names and types, so that none goes unseen. */
  attachments: { filename: string | null; mimeType: string }[];
}

type Raw = string | ArrayBuffer | Uint8Array;

function senderName(from: EmailAddress | undefined): string {
  return from?.name || from?.address || 'sender';
}

/**
 * Decodes an .eml message. Broken MIME is read as far as it goes (a wrong charset gives replacement characters, not an
 * error); input that is not text or bytes is rejected.
 *
 * @example
 * ```ts
 * const email = await parseEmail(readFileSync('ticket.eml'));
 * analyzeConversation({ turns: email.turns }, { agents: ['Acme Support'] });
 * ```
 */
export async function parseEmail(raw: Raw): Promise<ParsedEmail> {
  if (typeof raw !== 'string' && !(raw instanceof ArrayBuffer) && !(raw instanceof Uint8Array))
    throw new InvalidInputError(`expected an e-mail as text or bytes, received ${describeValue(raw)}.`);
  const email = await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' });
  const from = email.from && 'address' in email.from ? { name: email.from.name, address: email.from.address } : undefined;
  const date = email.date && !Number.isNaN(Date.parse(email.date)) ? new Date(email.date).toISOString() : undefined;
  const plain = email.text?.trim() ? email.text : undefined;
  const body = plain ?? email.html ?? '';
  const format = plain === undefined && email.html ? 'html' : 'text';
  const speaker = senderName(from);
  const turns: Turn[] = format === 'html' ? [{ speaker, text: body, format: 'html' }] : splitEmailThread(body, { latestSpeaker: speaker });
  const latest = turns[turns.length - 1];
  if (latest && date) latest.at = date;
  return {
    from,
    to: (email.to ?? []).flatMap((to) => ('address' in to ? [{ name: to.name, address: to.address }] : [])),
    subject: email.subject,
    date,
    messageId: email.messageId,
    body,
    format,
    turns,
    attachments: email.attachments.map((attachment) => ({ filename: attachment.filename, mimeType: attachment.mimeType })),
  };
}

/**
 * The messages of an mbox file, in file order. Messages start at lines beginning "From "; ">From " lines in a body
 * are unescaped (mboxrd).
 */
export async function parseMbox(text: string): Promise<ParsedEmail[]> {
  if (typeof text !== 'string') throw new InvalidInputError(`expected mbox text, received ${describeValue(text)}.`);
  const messages: string[][] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.startsWith('From ')) {
      messages.push([]);
      continue;
    }
    const current = messages[messages.length - 1];
    if (current) current.push(line.replace(/^>(>*From )/, '$1'));
    else if (line.trim() !== '')
      throw new InvalidInputError(
        `mbox line ${index + 1}: expected a "From " line to start the first message, found ${JSON.stringify(line.slice(0, 60))}.`,
      );
  }
  return Promise.all(messages.map((lines) => parseEmail(lines.join('\n'))));
}
