import type { Turn } from '../../conversation/turn.js';
import { isoTime, readRecord } from '../fields.js';
import type { HelpDeskConversation } from './conversation.js';

// Front Core API: the messages of a conversation (`GET /conversations/{id}/messages`, results in `_results`).
// `is_inbound` is true for messages the customer sent. `body` is HTML, `text` its plain form; times are seconds.

/** Front's list of a conversation's messages, as the API returns it. */
export interface FrontMessages {
  _results: {
    id?: string;
    is_inbound: boolean;
    created_at?: number;
    body?: string | null;
    text?: string | null;
    author?: { email?: string; first_name?: string; last_name?: string } | null;
    recipients?: { handle: string; role: string; name?: string | null }[];
  }[];
}

/** Front messages as turns, oldest first by `created_at` (Front lists the newest first). */
export function fromFront(data: FrontMessages, options: { id?: string } = {}): HelpDeskConversation {
  const root = readRecord(data, 'front');
  const messages = root.array('_results');
  const dated = messages.map((message, order) => ({ message, order, at: message.optionalTime('created_at') }));
  dated.sort((a, b) => (typeof a.at === 'number' && typeof b.at === 'number' ? a.at - b.at : 0) || a.order - b.order);
  const turns: Turn[] = dated.map(({ message }) => {
    const inbound = message.boolean('is_inbound');
    const sender = message.optionalArray('recipients')?.find((recipient) => recipient.string('role') === 'from');
    const author = message.optionalObject('author');
    const authorName = author && [author.optionalString('first_name'), author.optionalString('last_name')].filter(Boolean).join(' ');
    const speaker = sender?.optionalString('name') ?? sender?.optionalString('handle') ?? (authorName || (inbound ? 'customer' : 'agent'));
    const body = message.optionalString('body');
    const turn: Turn = { speaker, role: inbound ? 'customer' : 'agent', text: body ?? message.optionalString('text') ?? '' };
    if (body !== undefined) turn.format = 'html';
    const at = isoTime(message.optionalTime('created_at'));
    if (at !== undefined) turn.at = at;
    return turn;
  });
  return { id: options.id ?? String(messages[0]?.optionalString('id') ?? ''), turns };
}
