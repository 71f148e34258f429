import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyzeConversation, InvalidInputError } from '../src/index.js';
import {
  fromFreshdesk,
  fromFront,
  fromIntercom,
  fromSalesforce,
  fromUtterances,
  fromZendesk,
  parseEmail,
  parseMbox,
  parseSrt,
  parseWebVtt,
} from '../src/inputs/index.js';
import { quotesIn } from './helpers.js';

const read = (name: string) => readFileSync(new URL(`./fixtures/inputs/${name}`, import.meta.url), 'utf8');
const json = (name: string) => JSON.parse(read(name));

/** Analyzes a conversation and checks that every quote of every turn slices that turn's text as given. */
function analyzeChecked(turns: Parameters<typeof analyzeConversation>[0]['turns']) {
  const result = analyzeConversation({ turns });
  result.turns.forEach((turn, index) => {
    for (const quote of quotesIn(turn.result)) expect(turns[index]!.text.slice(quote.start, quote.end)).toBe(quote.text);
  });
  return result;
}

describe('help-desk exports', () => {
  test('Zendesk: public comments in order, roles from requester_id and user roles, internal notes left out', () => {
    const conversation = fromZendesk(json('zendesk.json'));
    expect(conversation.id).toBe('35436');
    expect(conversation.turns.map((turn) => [turn.speaker, turn.role, turn.format])).toEqual([
      ['Dana Lee', 'customer', 'html'],
      ['Sam Ortiz', 'agent', 'html'],
      ['Dana Lee', 'customer', 'html'],
    ]);
    const result = analyzeChecked(conversation.turns);
    // The agent's thanks and the quoted history never lift the customer; the private "furious" note is not read.
    expect(result.customer.sentiment.label).toBe('negative');
    expect(result.customer.signals.intents.map((intent) => intent.intent)).toContain('escalate');
    expect(result.turns[2]!.result.excluded.some((span) => span.reason === 'quoted-reply')).toBe(true);
    expect(JSON.stringify(result)).not.toContain('furious');
    expect(fromZendesk(json('zendesk.json'), { includePrivate: true }).turns).toHaveLength(4);
  });

  test('Intercom: user authors are the customer, admins the agent; parts without a body and notes are skipped', () => {
    const conversation = fromIntercom(json('intercom.json'));
    expect(conversation.turns.map((turn) => [turn.speaker, turn.role])).toEqual([
      ['Priya Shah', 'customer'],
      ['Alex (Support)', 'agent'],
      ['Priya Shah', 'customer'],
    ]);
    expect(conversation.turns[0]!.at).toBe('2024-03-01T09:12:00.000Z');
    const result = analyzeChecked(conversation.turns);
    expect(result.customer.trajectory.change).toBeGreaterThan(0);
    expect(result.customer.lastTurn!.sentiment.label).toBe('positive');
  });

  test('Freshdesk: the description opens, incoming marks the customer, private notes are skipped', () => {
    const conversation = fromFreshdesk(json('freshdesk.json'));
    expect(conversation.turns.map((turn) => turn.role)).toEqual(['customer', 'agent', 'customer']);
    const result = analyzeChecked(conversation.turns);
    expect(result.customer.signals.intents.map((intent) => intent.intent)).toContain('billing_dispute');
  });

  test('Salesforce: EmailMessage records oldest first, Incoming marks the customer, HtmlBody preferred', () => {
    const conversation = fromSalesforce(json('salesforce.json'));
    expect(conversation.turns.map((turn) => [turn.speaker, turn.role, turn.format ?? 'text'])).toEqual([
      ['Sam Lee', 'customer', 'html'],
      ['Acme Support', 'agent', 'text'],
    ]);
    expect(analyzeChecked(conversation.turns).customer.sentiment.label).toBe('negative');
  });

  test('Front: messages oldest first by created_at, is_inbound marks the customer, names from the from recipient', () => {
    const conversation = fromFront(json('front.json'));
    expect(conversation.turns.map((turn) => [turn.speaker, turn.role])).toEqual([
      ['Jo Park', 'customer'],
      ['Acme Support', 'agent'],
      ['Jo Park', 'customer'],
    ]);
    expect(conversation.turns[0]!.at).toBe(new Date(1709280000.1 * 1000).toISOString());
    expect(analyzeChecked(conversation.turns).customer.lastTurn!.sentiment.label).toBe('positive');
  });

  test.each([
    [
      'zendesk',
      () => fromZendesk({ ticket: { id: 1, requester_id: 2 }, comments: [{ author_id: 2, public: 'yes' }] } as never),
      /zendesk\.comments\[0\]: "public" must be true or false/,
    ],
    ['zendesk', () => fromZendesk({ comments: [] } as never), /zendesk\.ticket: expected an object, received undefined/],
    [
      'intercom',
      () => fromIntercom({ id: 'c1', conversation_parts: { conversation_parts: [{ part_type: 'comment', body: 'x' }] } } as never),
      /intercom\.conversation_parts\.conversation_parts\[0\]\.author: expected an object/,
    ],
    [
      'freshdesk',
      () => fromFreshdesk({ id: 3, conversations: [{ body: 'x' }] } as never),
      /freshdesk\.conversations\[0\]: "incoming" must be true or false/,
    ],
    [
      'salesforce',
      () => fromSalesforce({ case: { Id: '5' }, emailMessages: [{ Incoming: true, MessageDate: 'soon' }] } as never),
      /salesforce\.emailMessages\[0\]: "MessageDate" must be a date/,
    ],
    ['front', () => fromFront({ messages: [] } as never), /front: "_results" must be an array/],
  ])('%s: a record missing a field fails naming the record and the field', (_, convert, message) => {
    expect(convert).toThrow(InvalidInputError);
    expect(convert).toThrow(message);
  });
});

describe('e-mail files', () => {
  test('quoted-printable HTML: decoded, read as HTML, the Gmail history excluded, offsets into the body', async () => {
    const email = await parseEmail(read('quoted-printable-html.eml'));
    expect(email.from).toEqual({ name: 'Dana Lee', address: 'dana@northwind.example' });
    expect(email.format).toBe('html');
    expect(email.date).toBe('2024-03-05T09:15:00.000Z');
    expect(email.turns).toHaveLength(1);
    const result = analyzeChecked(email.turns);
    expect(result.customer.sentiment.label).toBe('negative');
    expect(result.turns[0]!.result.sentences.map((sentence) => sentence.text).join(' ')).not.toContain('Great news');
  });

  test('multipart/alternative: the base64 text/plain part is preferred and its quoted reply becomes the earlier turn', async () => {
    const email = await parseEmail(read('multipart.eml'));
    expect(email.format).toBe('text');
    expect(email.turns.map((turn) => [turn.speaker, turn.text])).toEqual([
      ['Acme Billing', 'Thank you for your payment! We appreciate your business.'],
      ['Sam Ortiz', 'We were charged twice for March. I want a refund.'],
    ]);
    expect(email.attachments).toEqual([{ filename: 'invoice.pdf', mimeType: 'application/pdf' }]);
    const result = analyzeConversation({ turns: email.turns }, { agents: ['Acme Billing'] });
    expect(result.customer.sentiment.label).toBe('negative');
    expect(JSON.stringify(result.customer)).not.toContain('PDF');
  });

  test('a wrong charset is read as far as it goes, not an error', async () => {
    const email = await parseEmail(read('wrong-charset.eml'));
    expect(email.body).toContain('The sync is broken again');
  });

  test('mbox: every message, in file order', async () => {
    const messages = await parseMbox(read('thread.mbox'));
    expect(messages.map((message) => message.subject)).toEqual(['Invoice', 'Broken']);
    await expect(parseMbox('Subject: no envelope line\n')).rejects.toThrow(/mbox line 1: expected a "From " line/);
    await expect(parseEmail(42 as never)).rejects.toThrow(/expected an e-mail as text or bytes, received number 42/);
  });
});

describe('call transcripts', () => {
  test('WebVTT: voices name the speakers, consecutive captions merge, times carry through to the result', () => {
    const turns = parseWebVtt(read('call.vtt'));
    expect(turns.map((turn) => [turn.speaker, turn.at, turn.end])).toEqual([
      ['Dana Lee', 1, 7],
      ['Acme Support', 7.2, 10],
      ['Dana Lee', 9.8, 12],
    ]);
    const result = analyzeChecked(turns);
    expect(result.turns[2]).toMatchObject({ at: 9.8, end: 12, role: 'customer' });
    expect(result.customer.signals.intents.map((intent) => intent.intent)).toContain('churn');
  });

  test('SRT with "Name:" captions and CRLF line ends', () => {
    const turns = parseSrt(read('call.srt'));
    expect(turns.map((turn) => [turn.speaker, turn.text, turn.at])).toEqual([
      ['Dana', 'The login page keeps timing out.', 1],
      ['Agent', 'Let me reset your session.', 3.5],
      ['Dana', 'That worked, thank you!', 5.5],
    ]);
  });

  test('speech-to-text utterances: AssemblyAI (milliseconds) and Deepgram (seconds)', () => {
    expect(fromUtterances(json('assemblyai.json'))[1]).toEqual({
      speaker: 'speaker B',
      text: 'The invoice is wrong again and I am tired of chasing this.',
      at: 4.5,
      end: 9.1,
    });
    const deepgram = fromUtterances(json('deepgram.json'));
    expect(deepgram.map((turn) => [turn.speaker, turn.at])).toEqual([
      ['speaker 0', 0.5],
      ['speaker 1', 3.6],
    ]);
    const result = analyzeConversation({ turns: deepgram }, { agents: ['speaker 1'] });
    expect(result.customer.sentiment.label).toBe('negative');
  });

  test('bad timings fail naming the line; overlapping captions keep file order', () => {
    expect(() => parseWebVtt('WEBVTT\n\n00:00:05.000 --> 00:00:01.000\n<v A>x</v>')).toThrow(/line 3: the caption ends/);
    expect(() => parseWebVtt('WEBVTT\n\n00:00:xx --> 00:00:01.000\nhi')).toThrow(/line 3: expected a time/);
    expect(() => parseWebVtt('00:00:01.000 --> 00:00:02.000\nhi')).toThrow(/starts with "WEBVTT"/);
    expect(() => fromUtterances({ utterances: [{ speaker: 'A', text: 'x', start: 5, end: 1 }] })).toThrow(/utterances\.utterances\[0\]/);
    const overlapping = parseWebVtt('WEBVTT\n\n00:00:02.000 --> 00:00:05.000\n<v A>one</v>\n\n00:00:01.000 --> 00:00:03.000\n<v B>two</v>');
    expect(overlapping.map((turn) => turn.speaker)).toEqual(['A', 'B']);
  });
});

test('a turn role other than customer or agent fails clearly', () => {
  expect(() => analyzeConversation({ turns: [{ speaker: 'x', text: 'hi', role: 'boss' as never }] })).toThrow(
    /turn 0: "role" must be customer or agent/,
  );
});
