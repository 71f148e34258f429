import type { Turn } from '../../conversation/turn.js';
import { isoTime, readRecord, type FieldReader } from '../fields.js';
import type { HelpDeskConversation, HelpDeskOptions } from './conversation.js';

// Intercom REST API: a conversation (`GET /conversations/{id}`): its `source` (the opening message) and its
// `conversation_parts`. Authors of type `user`, `lead` or `contact` are the customer; `admin`, `bot` and `team` the
// agent side. Parts without a body (assignments, state changes) are skipped; `note` parts are internal.

const CUSTOMER_AUTHORS = new Set(['user', 'lead', 'contact']);

/** An Intercom conversation as the API returns it. */
export interface IntercomConversation {
  id: string | number;
  created_at?: number;
  source?: { body?: string | null; author: { type: string; name?: string | null; email?: string | null } };
  conversation_parts?: {
    conversation_parts: {
      part_type: string;
      body?: string | null;
      created_at?: number;
      author: { type: string; name?: string | null; email?: string | null };
    }[];
  };
}

function turnOf(body: string, author: FieldReader, at: number | string | undefined): Turn {
  const type = author.string('type');
  const speaker = author.optionalString('name') ?? author.optionalString('email') ?? type;
  const turn: Turn = { speaker, role: CUSTOMER_AUTHORS.has(type) ? 'customer' : 'agent', text: body, format: 'html' };
  const time = isoTime(at);
  if (time !== undefined) turn.at = time;
  return turn;
}

/** An Intercom conversation as turns: the opening message, then every part with a body. */
export function fromIntercom(data: IntercomConversation, options: HelpDeskOptions = {}): HelpDeskConversation {
  const conversation = readRecord(data, 'intercom');
  const turns: Turn[] = [];
  const source = conversation.optionalObject('source');
  const opening = source?.optionalString('body');
  if (source && opening) turns.push(turnOf(opening, source.object('author'), conversation.optionalTime('created_at')));
  const parts = conversation.optionalObject('conversation_parts')?.array('conversation_parts') ?? [];
  for (const part of parts) {
    const body = part.optionalString('body');
    if (!body) continue;
    if (part.string('part_type') === 'note' && !options.includePrivate) continue;
    turns.push(turnOf(body, part.object('author'), part.optionalTime('created_at')));
  }
  return { id: String(conversation.id('id')), turns };
}
