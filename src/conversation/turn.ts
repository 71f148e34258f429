import type { TextFormat } from '../options.js';
import type { AnalysisResult } from '../result.js';

// The turns a conversation is made of, before and after scoring: shared by the conversation scorer and the
// signals it gathers per side, so neither imports the other.

/** One turn of a conversation: who spoke, what they said, and when if known. */
export interface Turn {
  /** `customer`, `agent`, or a name (see `ConversationOptions.agents`). */
  speaker: string;
  text: string;
  /** When the turn started (a message's time, a caption's start). */
  at?: string | number | Date;
  /** When it ended, for spoken turns (a caption's end, in the transcript's unit). */
  end?: string | number | Date;
  /** The speaker's side when the source says (help-desk exports do); it wins over `ConversationOptions.agents`. */
  role?: SpeakerRole;
  /** How `text` is written, when it is not plain text: `html` for e-mail and help-desk bodies. Default `auto`. */
  format?: TextFormat;
}

export type SpeakerRole = 'customer' | 'agent';

export interface ScoredTurn {
  index: number;
  speaker: string;
  role: SpeakerRole;
  at?: string | number | Date;
  end?: string | number | Date;
  result: AnalysisResult;
}
