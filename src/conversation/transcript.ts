import { describeValue, InvalidInputError } from '../errors.js';
import type { Turn } from './analyzeConversation.js';

// "Name: text", optionally after a time ("[10:32]", "10:32:05", "2024-03-01 10:32") or with the time
// in brackets after the name ("Dana (10:32): text"). Names are short and have no sentence punctuation.
const TIME = String.raw`(?:\[?(\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\]?)`;
const TURN_LINE = new RegExp(String.raw`^\s*(?:${TIME}\s*[-–]?\s*)?([^:\[\]()\n]{1,40}?)\s*(?:\(${TIME}\))?\s*:\s(.*)$`);

/** One word ("dana", "Agent"), or up to three capitalised ones ("Dana Lee", "Acme Support Bot"); not "The problem is this". */
export function looksLikeSpeaker(speaker: string): boolean {
  const words = speaker.split(/\s+/);
  if (/[.!?,;]$/.test(speaker) || words.length > 3) return false;
  return words.length === 1 || words.every((word) => /^[\p{Lu}\p{N}]/u.test(word));
}

/**
 * Splits a chat or call transcript in "Name: text" lines into turns. Lines without a speaker continue the
 * turn before them; a transcript that starts without one is rejected with the line number, never guessed.
 *
 * @example
 * ```ts
 * parseTranscript('[10:01] Dana: The export fails.\n[10:02] Agent: Looking now.');
 * // [{ speaker: 'Dana', text: 'The export fails.', at: '10:01' }, { speaker: 'Agent', text: 'Looking now.', at: '10:02' }]
 * ```
 */
export function parseTranscript(text: string): Turn[] {
  if (typeof text !== 'string') throw new InvalidInputError(`expected a transcript string, received ${describeValue(text)}.`);
  const turns: Turn[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const match = line.length <= 5000 ? TURN_LINE.exec(line) : null;
    const speaker = match?.[2]?.trim();
    if (match && speaker && looksLikeSpeaker(speaker)) {
      const time = line.match(new RegExp(TIME))?.[0]?.replace(/[[\]]/g, '');
      const turn: Turn = { speaker, text: match[4] ?? '' };
      if (time && line.indexOf(time) < line.indexOf(':', line.indexOf(speaker))) turn.at = time;
      turns.push(turn);
      return;
    }
    const previous = turns[turns.length - 1];
    if (!previous)
      throw new InvalidInputError(
        `transcript line ${index + 1}: expected "Speaker: text" before any continuation line, found ${JSON.stringify(line.slice(0, 60))}.`,
      );
    previous.text += `\n${line.trim()}`;
  });
  return turns;
}
