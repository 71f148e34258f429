import type { Turn } from '../../conversation/turn.js';

/** A help-desk thread ready for `analyzeConversation`: turns in order, each with the role the export gives it. */
export interface HelpDeskConversation {
  /** The ticket's or conversation's id in the help desk. */
  id: string;
  subject?: string;
  turns: Turn[];
}
