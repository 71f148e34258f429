import type { RuleContext } from '../rule.js';

/**
 * One shape of sarcasm. `detect` returns the indices of the hits that are sarcastic praise; the
 * `sarcasm` rule inverts them. `confidence` is how often the shape is sarcasm when it fires.
 */
export interface SarcasmCue {
  readonly name: string;
  readonly confidence: number;
  detect(context: RuleContext): number[];
}
