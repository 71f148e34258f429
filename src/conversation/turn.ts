import type { AnalysisResult } from '../result.js';

// The turns a conversation is made of, before and after scoring: shared by the conversation scorer and the
// signals it gathers per side, so neither imports the other.

/** One turn of a conversation: who spoke, what they said, and when if known. */
export interface Turn {
  /** `customer`, `agent`, or a name (see `ConversationOptions.agents`). */
  speaker: string;
  text: string;
  at?: string | number | Date;
}

export type SpeakerRole = 'customer' | 'agent';

export interface ScoredTurn {
  index: number;
  speaker: string;
  role: SpeakerRole;
  at?: string | number | Date;
  result: AnalysisResult;
}
