// cxtone/inputs: readers that turn support text as it is stored into turns for analyzeConversation: e-mail files,
// help-desk exports and call transcripts. HTML bodies need no reader: analyze() reads them (format 'html' or 'auto').
export { parseEmail, parseMbox } from './email.js';
export type { EmailAddress, ParsedEmail } from './email.js';
export { fromUtterances, parseSrt, parseWebVtt } from './captions.js';
export { fromZendesk } from './helpdesk/zendesk.js';
export type { ZendeskExport } from './helpdesk/zendesk.js';
export { fromIntercom } from './helpdesk/intercom.js';
export type { IntercomConversation } from './helpdesk/intercom.js';
export { fromFreshdesk } from './helpdesk/freshdesk.js';
export type { FreshdeskTicket } from './helpdesk/freshdesk.js';
export { fromSalesforce } from './helpdesk/salesforce.js';
export type { SalesforceCase, SalesforceEmailMessage } from './helpdesk/salesforce.js';
export { fromFront } from './helpdesk/front.js';
export type { FrontMessages } from './helpdesk/front.js';
export type { HelpDeskConversation, HelpDeskOptions } from './helpdesk/conversation.js';
export type { Turn } from '../conversation/turn.js';
