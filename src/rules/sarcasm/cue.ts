import type { RuleContext } from '../rule.js';

/** Sarcastic praise, and the hit it is set against: the negative situation the praise mocks, quoted as the other half. */
export interface SarcasmMatch {
  hit: number;
  against: number;
}

/**
 * One shape of sarcasm. `detect` returns the hits that are sarcastic praise, as indices into the context's hits or,
 * when the cue sets the praise against another hit, as {@link SarcasmMatch}es; the `sarcasm` rule inverts the
 * praise. `confidence` is how often the shape is sarcasm when it fires.
 */
export interface SarcasmCue {
  readonly name: string;
  readonly confidence: number;
  detect(context: RuleContext): (number | SarcasmMatch)[];
}
