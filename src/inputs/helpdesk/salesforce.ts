import type { Turn } from '../../conversation/turn.js';
import { readRecord } from '../fields.js';
import type { HelpDeskConversation } from './conversation.js';

// Salesforce: a Case and its EmailMessage records (SOQL `SELECT ... FROM EmailMessage WHERE ParentId = :caseId`).
// `Incoming` is true for mail from the customer. The Case `Description` opens the thread when there is one
// (web-to-case and email-to-case fill it with the first message). `HtmlBody` is preferred: quoted history is
// marked in it; `TextBody` is read when there is no HTML.

/** A Case with its e-mail messages; `emailMessages` may also be a SOQL result `{ records: [...] }`. */
export interface SalesforceCase {
  case: { Id: string; Subject?: string | null; Description?: string | null; CreatedDate?: string; SuppliedName?: string | null };
  emailMessages: SalesforceEmailMessage[] | { records: SalesforceEmailMessage[] };
}

export interface SalesforceEmailMessage {
  Incoming: boolean;
  TextBody?: string | null;
  HtmlBody?: string | null;
  FromName?: string | null;
  FromAddress?: string | null;
  MessageDate?: string | null;
}

/** A Salesforce Case and its e-mails as turns, oldest first by `MessageDate` (records without one keep their place). */
export function fromSalesforce(data: SalesforceCase): HelpDeskConversation {
  const root = readRecord(data, 'salesforce');
  const record = root.object('case');
  const turns: Turn[] = [];
  const description = record.optionalString('Description');
  if (description) {
    const turn: Turn = { speaker: record.optionalString('SuppliedName') ?? 'contact', role: 'customer', text: description };
    const at = record.optionalTime('CreatedDate');
    if (at !== undefined) turn.at = at;
    turns.push(turn);
  }
  const messages = Array.isArray(data.emailMessages) ? root.array('emailMessages') : root.object('emailMessages').array('records');
  const dated = messages.map((message, order) => ({ message, order, at: message.optionalTime('MessageDate') }));
  dated.sort(
    (a, b) => (a.at !== undefined && b.at !== undefined ? Date.parse(String(a.at)) - Date.parse(String(b.at)) : 0) || a.order - b.order,
  );
  for (const { message, at } of dated) {
    const html = message.optionalString('HtmlBody');
    const text = html ?? message.optionalString('TextBody') ?? '';
    const incoming = message.boolean('Incoming');
    const speaker = message.optionalString('FromName') ?? message.optionalString('FromAddress') ?? (incoming ? 'contact' : 'agent');
    const turn: Turn = { speaker, role: incoming ? 'customer' : 'agent', text };
    if (html !== undefined) turn.format = 'html';
    if (at !== undefined) turn.at = at;
    turns.push(turn);
  }
  return { id: record.string('Id'), subject: record.optionalString('Subject'), turns };
}
