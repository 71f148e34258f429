import type { Turn } from '../../conversation/turn.js';

/** A help-desk thread ready for `analyzeConversation`: turns in order, each with the role the export gives it. */
export interface HelpDeskConversation {
  /** The ticket's or conversation's id in the help desk. */
  id: string;
  subject?: string;
  turns: Turn[];
}

/** Options of the adapters whose exports carry internal notes. */
export interface HelpDeskOptions {
  /** Keep internal notes (Zendesk private comments, Intercom notes, Freshdesk private notes) as agent turns. Default `false`. */
  includePrivate?: boolean;
}
