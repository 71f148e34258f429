import { looksLikeSpeaker } from '../conversation/transcript.js';
import type { Turn } from '../conversation/turn.js';
import { describeValue, InvalidInputError } from '../errors.js';
import { readRecord } from './fields.js';

// Call and meeting transcripts as turns: WebVTT and SRT captions, and the utterances of speech-to-text services.
// Consecutive captions of one speaker make one turn, from the start of the first to the end of the last; times are
// seconds from the start of the recording. Captions may overlap (people talk over each other): they keep file order.

interface Cue {
  line: number;
  start: number;
  end: number;
  speaker?: string;
  text: string;
}

// "00:01:02.500", "01:02.500" (WebVTT), "00:01:02,500" (SRT).
const TIMESTAMP = /^(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})$/;
const TIMING = /^(\S+)\s+-->\s+(\S+)/;
const VOICE = /<v(?:\.[\w.-]+)?\s+([^>]+)>/;
const TAG = /<[^>]*>/g;
const NAMED_LINE = /^\s*(?:\[([^\]]{1,40})\]|([^:]{1,40}?)\s*:)\s+(.*)$/;

function seconds(stamp: string, line: number): number {
  const match = TIMESTAMP.exec(stamp);
  if (!match) throw new InvalidInputError(`transcript line ${line}: expected a time like 00:01:02.500, found ${JSON.stringify(stamp)}.`);
  const [, hours = '0', minutes, secs, fraction] = match;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(secs) + Number(fraction!.padEnd(3, '0')) / 1000;
}

const decodeEntities = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');

/** The speaker and words of a caption's text: a `<v Name>` voice, or a "Name:" or "[Name]" prefix. */
function speakerAndText(payload: string): { speaker?: string; text: string } {
  const voice = VOICE.exec(payload);
  if (voice) return { speaker: voice[1]!.trim(), text: decodeEntities(payload.replace(TAG, '')).trim() };
  const text = decodeEntities(payload.replace(TAG, '')).trim();
  const named = NAMED_LINE.exec(text);
  const speaker = (named?.[1] ?? named?.[2])?.trim();
  if (named && speaker && looksLikeSpeaker(speaker)) return { speaker, text: named[3]!.trim() };
  return { text };
}

function readCues(text: string, kind: 'WebVTT' | 'SRT'): Cue[] {
  if (typeof text !== 'string') throw new InvalidInputError(`expected ${kind} text, received ${describeValue(text)}.`);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (kind === 'WebVTT' && !/^WEBVTT(?:\s|$)/.test(lines[0] ?? ''))
    throw new InvalidInputError('transcript line 1: a WebVTT file starts with "WEBVTT".');
  const cues: Cue[] = [];
  for (let i = 0; i < lines.length; i++) {
    const timing = TIMING.exec(lines[i]!);
    if (!timing) continue;
    const line = i + 1;
    const start = seconds(timing[1]!, line);
    const end = seconds(timing[2]!, line);
    if (end < start)
      throw new InvalidInputError(`transcript line ${line}: the caption ends (${timing[2]}) before it starts (${timing[1]}).`);
    const payload: string[] = [];
    while (i + 1 < lines.length && lines[i + 1]!.trim() !== '') payload.push(lines[++i]!);
    const { speaker, text: words } = speakerAndText(payload.join('\n'));
    if (words !== '') cues.push({ line, start, end, speaker, text: words });
  }
  return cues;
}

/** Cues as turns: a cue without a speaker continues the turn before it; one at the start is spoken by `unknown`. */
function toTurns(cues: readonly Cue[]): Turn[] {
  const turns: Turn[] = [];
  for (const cue of cues) {
    const previous = turns[turns.length - 1];
    const speaker = cue.speaker ?? previous?.speaker ?? 'unknown';
    if (previous && previous.speaker === speaker) {
      previous.text += ` ${cue.text}`;
      previous.end = Math.max(previous.end as number, cue.end);
      continue;
    }
    turns.push({ speaker, text: cue.text, at: cue.start, end: cue.end });
  }
  return turns;
}

/**
 * A WebVTT transcript (Zoom, Teams, Google Meet, Whisper) as turns, with `<v Speaker>` voices or "Speaker:" lines.
 *
 * @example
 * ```ts
 * parseWebVtt('WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Dana>The export fails again.</v>');
 * // [{ speaker: 'Dana', text: 'The export fails again.', at: 1, end: 4 }]
 * ```
 * @throws {InvalidInputError} naming the line of a malformed time, or when the file does not start with WEBVTT.
 */
export function parseWebVtt(text: string): Turn[] {
  return toTurns(readCues(text, 'WebVTT'));
}

/** An SRT subtitle file as turns, with "Speaker:" or "[Speaker]" at the start of a caption. */
export function parseSrt(text: string): Turn[] {
  return toTurns(readCues(text, 'SRT'));
}

/**
 * The utterances of a speech-to-text result as turns: AssemblyAI (`utterances`, times in milliseconds) or Deepgram
 * (`results.utterances`, times in seconds). Speakers are named `speaker A`, `speaker 0`: tell `analyzeConversation`
 * which is the agent with its `agents` option.
 */
export function fromUtterances(result: unknown): Turn[] {
  const root = readRecord(result, 'utterances');
  const deepgram = !root.has('utterances') && root.has('results');
  const utterances = deepgram ? root.object('results').array('utterances') : root.array('utterances');
  const scale = deepgram ? 1 : 1 / 1000;
  return utterances.map((utterance) => {
    const start = utterance.record.start;
    const end = utterance.record.end;
    if (typeof start !== 'number' || typeof end !== 'number' || end < start)
      throw new InvalidInputError(
        `${utterance.where}: "start" and "end" must be numbers, end not before start, ` +
          `received ${describeValue(start)} and ${describeValue(end)}.`,
      );
    const speaker = utterance.record.speaker;
    if (typeof speaker !== 'string' && typeof speaker !== 'number')
      throw new InvalidInputError(`${utterance.where}: "speaker" must be a label or a number, received ${describeValue(speaker)}.`);
    const text = deepgram ? utterance.string('transcript') : utterance.string('text');
    return { speaker: `speaker ${speaker}`, text, at: start * scale, end: end * scale };
  });
}
