import type { Turn } from '../../conversation/turn.js';
import { readRecord } from '../fields.js';
import type { HelpDeskConversation, HelpDeskOptions } from './conversation.js';

// Zendesk Support API: a ticket (`GET /api/v2/tickets/{id}`) and its comments (`GET /api/v2/tickets/{id}/comments`),
// optionally with the `users` side-load. The customer is the ticket's `requester_id`, or any user whose `role` is
// `end-user`; everyone else who comments is the agent side. Private comments are internal notes, left out.

/** A Zendesk ticket with its comments: `{ ticket, comments, users? }`, as the API returns them. */
export interface ZendeskExport {
  ticket: { id: number | string; requester_id: number | string; subject?: string; created_at?: string };
  comments: {
    id?: number | string;
    author_id: number | string;
    body?: string;
    html_body?: string;
    plain_body?: string;
    public: boolean;
    created_at?: string;
  }[];
  users?: { id: number | string; name?: string; role?: string }[];
}

/** A Zendesk ticket and its comments as a conversation: public comments in order, the requester as the customer. */
export function fromZendesk(data: ZendeskExport, options: HelpDeskOptions = {}): HelpDeskConversation {
  const root = readRecord(data, 'zendesk');
  const ticket = root.object('ticket');
  const requester = String(ticket.id('requester_id'));
  const users = new Map<string, { name?: string; role?: string }>();
  for (const user of root.optionalArray('users') ?? [])
    users.set(String(user.id('id')), { name: user.optionalString('name'), role: user.optionalString('role') });
  const turns: Turn[] = [];
  for (const comment of root.array('comments')) {
    if (!comment.boolean('public') && !options.includePrivate) continue;
    const author = String(comment.id('author_id'));
    const user = users.get(author);
    const customer = author === requester || user?.role === 'end-user';
    const html = comment.optionalString('html_body');
    const text = html ?? comment.optionalString('plain_body') ?? comment.string('body');
    const turn: Turn = { speaker: user?.name ?? `user ${author}`, role: customer ? 'customer' : 'agent', text };
    if (html !== undefined) turn.format = 'html';
    const at = comment.optionalTime('created_at');
    if (at !== undefined) turn.at = at;
    turns.push(turn);
  }
  return { id: String(ticket.id('id')), subject: ticket.optionalString('subject'), turns };
}
