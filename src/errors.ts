/** Machine-readable reason for a {@link CxtoneError}. */
export type CxtoneErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_OPTIONS'
  | 'INVALID_LEXICON'
  | 'INPUT_TOO_LARGE'
  /** A fitted model file failed validation. */
  | 'INVALID_MODEL'
  /** Examples given to `fit()` cannot be learned from. */
  | 'INVALID_TRAINING_DATA'
  /** A worker pool was used after `close()`. */
  | 'POOL_CLOSED';

/**
 * Base class of every error cxtone throws on purpose. Check `error.isCxtoneError` rather than
 * `instanceof` when the error may cross realms (workers, iframes, duplicated bundles).
 */
export class CxtoneError extends Error {
  override name = 'CxtoneError';
  readonly code: CxtoneErrorCode;

  constructor(code: CxtoneErrorCode, message: string) {
    super(`cxtone: ${message}`);
    this.code = code;
  }

  get isCxtoneError(): true {
    return true;
  }
}

/** The text given to `analyze()` is not usable (not a string). */
export class InvalidInputError extends CxtoneError {
  override name = 'InvalidInputError';
  constructor(message: string) {
    super('INVALID_INPUT', message);
  }
}

/** An option passed to `createAnalyzer()` or `analyze()` is unknown or of the wrong type. */
export class InvalidOptionsError extends CxtoneError {
  override name = 'InvalidOptionsError';
  constructor(message: string) {
    super('INVALID_OPTIONS', message);
  }
}

/** A lexicon failed validation; `entry` names the offending entry when there is one. */
export class LexiconError extends CxtoneError {
  override name = 'LexiconError';
  readonly lexicon: string | undefined;
  readonly entry: string | undefined;

  constructor(message: string, details: { lexicon?: string; entry?: string } = {}) {
    super('INVALID_LEXICON', message);
    this.lexicon = details.lexicon;
    this.entry = details.entry;
  }
}

/** A fitted model is not one cxtone can use; `field` is the path of the offending field (`weights.refund`). */
export class ModelError extends CxtoneError {
  override name = 'ModelError';
  readonly field: string | undefined;

  constructor(message: string, field?: string) {
    super('INVALID_MODEL', message);
    this.field = field;
  }
}

/**
 * The examples given to `fit()` cannot be learned from: `example` is the index of the offending one (its line
 * number, 1-based, when read by the command line), `field` the field at fault.
 */
export class TrainingDataError extends CxtoneError {
  override name = 'TrainingDataError';
  readonly example: number | undefined;
  readonly field: string | undefined;

  constructor(message: string, details: { example?: number; field?: string } = {}) {
    super('INVALID_TRAINING_DATA', message);
    this.example = details.example;
    this.field = details.field;
  }
}

/** The text is longer than the analyzer's `maxLength`. */
export class InputTooLargeError extends CxtoneError {
  override name = 'InputTooLargeError';
  readonly length: number;
  readonly maxLength: number;

  constructor(length: number, maxLength: number) {
    super(
      'INPUT_TOO_LARGE',
      `text is ${length} characters, more than maxLength (${maxLength}); split it, or raise maxLength in createAnalyzer().`,
    );
    this.length = length;
    this.maxLength = maxLength;
  }
}

/** Describes a value for error messages: `number 3`, `null`, `array`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return typeof value;
}
