import type { Turn } from '../../conversation/turn.js';
import { readRecord } from '../fields.js';
import type { HelpDeskConversation, HelpDeskOptions } from './conversation.js';

// Freshdesk API v2: a ticket with its conversations (`GET /api/v2/tickets/{id}?include=conversations`). The ticket's
// `description` is the requester's opening message; a conversation with `incoming: true` came from the customer,
// one without from an agent. `private: true` marks internal notes.

/** A Freshdesk ticket, with `conversations` included. */
export interface FreshdeskTicket {
  id: number | string;
  requester_id?: number | string;
  subject?: string;
  description?: string;
  description_text?: string;
  created_at?: string;
  conversations: {
    body?: string;
    body_text?: string;
    incoming: boolean;
    private?: boolean;
    user_id?: number | string;
    created_at?: string;
  }[];
}

/** A Freshdesk ticket as turns: the description, then its public conversations. */
export function fromFreshdesk(data: FreshdeskTicket, options: HelpDeskOptions = {}): HelpDeskConversation {
  const ticket = readRecord(data, 'freshdesk');
  const requester = ticket.optionalId('requester_id');
  const turns: Turn[] = [];
  const description = ticket.optionalString('description');
  const descriptionText = ticket.optionalString('description_text');
  if (description !== undefined || descriptionText !== undefined) {
    const turn: Turn = {
      speaker: requester === undefined ? 'requester' : `user ${requester}`,
      role: 'customer',
      text: description ?? descriptionText!,
    };
    if (description !== undefined) turn.format = 'html';
    const at = ticket.optionalTime('created_at');
    if (at !== undefined) turn.at = at;
    turns.push(turn);
  }
  for (const entry of ticket.array('conversations')) {
    if (entry.optionalBoolean('private') && !options.includePrivate) continue;
    const body = entry.optionalString('body');
    const user = entry.optionalId('user_id');
    const incoming = entry.boolean('incoming');
    const turn: Turn = {
      speaker: user === undefined ? (incoming ? 'requester' : 'agent') : `user ${user}`,
      role: incoming ? 'customer' : 'agent',
      text: body ?? entry.string('body_text'),
    };
    if (body !== undefined) turn.format = 'html';
    const at = entry.optionalTime('created_at');
    if (at !== undefined) turn.at = at;
    turns.push(turn);
  }
  return { id: String(ticket.id('id')), subject: ticket.optionalString('subject'), turns };
}
