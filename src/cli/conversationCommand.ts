import { readFileSync } from 'node:fs';
import { type Analyzer, analyzeConversation, CxtoneError, type Turn } from '../index.js';
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
} from '../inputs/index.js';
import { EXIT } from './exit.js';
import { writeOut as write } from './output.js';

// `cxtone analyze --input-format zendesk tickets.json` and the other stored forms of a conversation: each export
// record, e-mail or transcript is read into turns and scored as one conversation, one JSON line each.

interface Thread {
  id?: string;
  subject?: string;
  turns: Turn[];
}

type Reader = (text: string) => Thread[] | Promise<Thread[]>;

/** One record, or a JSON array of them. */
const eachRecord =
  (convert: (record: never) => Thread): Reader =>
  (text) => {
    const data: unknown = JSON.parse(text);
    return (Array.isArray(data) ? data : [data]).map((record) => convert(record as never));
  };

const READERS: Record<string, Reader> = {
  zendesk: eachRecord(fromZendesk),
  intercom: eachRecord(fromIntercom),
  freshdesk: eachRecord(fromFreshdesk),
  salesforce: eachRecord(fromSalesforce),
  front: eachRecord(fromFront),
  utterances: eachRecord((record) => ({ turns: fromUtterances(record) })),
  vtt: (text) => [{ turns: parseWebVtt(text) }],
  srt: (text) => [{ turns: parseSrt(text) }],
  eml: async (text) => {
    const email = await parseEmail(text);
    return [{ id: email.messageId, subject: email.subject, turns: email.turns }];
  },
  mbox: async (text) => (await parseMbox(text)).map((email) => ({ id: email.messageId, subject: email.subject, turns: email.turns })),
};

/** The conversation formats the analyze command reads, by name. */
export const CONVERSATION_FORMATS = Object.keys(READERS);

/** The conversation format a file name implies (.eml, .mbox, .vtt, .srt), if any. */
export function conversationFormatOf(path: string | undefined, given: string | undefined): string | undefined {
  if (given !== undefined) return CONVERSATION_FORMATS.includes(given) ? given : undefined;
  const extension = /\.(eml|mbox|vtt|srt)$/i.exec(path ?? '')?.[1];
  return extension?.toLowerCase();
}

/** Reads `input` in `format` and writes one summary line per conversation. */
export async function conversationCommand(
  input: string,
  format: string,
  analyzer: Analyzer,
  agents: string[] | undefined,
): Promise<number> {
  let threads: Thread[];
  try {
    threads = await READERS[format]!(readFileSync(input === '-' ? 0 : input, 'utf8'));
  } catch (error) {
    if (!(error instanceof CxtoneError || error instanceof SyntaxError || (error as NodeJS.ErrnoException).code)) throw error;
    process.stderr.write(`cxtone: ${input} (${format}): ${(error as Error).message.replace(/^cxtone: /, '')}\n`);
    return EXIT.usage;
  }
  for (const [index, thread] of threads.entries()) {
    const result = analyzeConversation({ turns: thread.turns }, { analyzer, ...(agents ? { agents } : {}) });
    const line = {
      id: thread.id ?? String(index + 1),
      ...(thread.subject ? { subject: thread.subject } : {}),
      customer: {
        label: result.customer.sentiment.label,
        score: result.customer.sentiment.score,
        trajectory: result.customer.trajectory,
        intents: result.customer.signals.intents.map((intent) => intent.intent),
        dominantEmotion: result.customer.signals.dominantEmotion,
        escalationRisk: result.customer.signals.escalationRisk,
        churnRisk: result.customer.signals.churnRisk,
      },
      agent: { label: result.agent.sentiment.label, score: result.agent.sentiment.score },
      turns: result.turns.map((turn) => ({
        speaker: turn.speaker,
        role: turn.role,
        ...(turn.at !== undefined ? { at: turn.at } : {}),
        ...(turn.end !== undefined ? { end: turn.end } : {}),
        label: turn.result.sentiment.label,
        score: turn.result.sentiment.score,
        language: turn.result.language.code,
      })),
    };
    await write(`${JSON.stringify(line)}\n`);
  }
  return EXIT.ok;
}
