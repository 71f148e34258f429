// cxtone/rollup: from interactions to conversations' and accounts' heartbeat. Works on analysis results
// only and never imports the NLP pipeline, so it stays small and runs anywhere.
import { describeValue, InvalidInputError } from '../errors.js';
import { type InteractionRecord, type NormalizedRecord, normalizeRecord } from './record.js';
import { accumulate, createAccumulator, fromState, toState } from './accumulator.js';
import type { RollupState } from './state.js';
import { type AccountRollup, summarizeState, type SummaryOptions } from './summarize.js';
import { readState } from './validate.js';

export interface RollupOptions {
  /** Strongest quotes kept per account. Default 10. */
  quoteLimit?: number;
  /** Latest interactions kept per account, for "N in a row" alerts. Default 10. */
  recentLimit?: number;
}

/** A streaming rollup: add records one at a time, in any order; memory grows with accounts × days. */
export interface Rollup {
  add(record: InteractionRecord): void;
  /** The state so far: plain JSON, to store or to merge with {@link mergeRollups}. */
  state(): RollupState;
  summarize(options?: SummaryOptions): AccountRollup[];
}

function limit(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    throw new InvalidInputError(`"${name}" must be a positive integer, received ${describeValue(value)}.`);
  return value;
}

/**
 * Creates a streaming rollup, optionally continuing from a stored state.
 *
 * @example
 * ```ts
 * const live = createRollup();
 * for (const record of records) live.add(record);
 * const [worst] = live.summarize({ halfLifeDays: 14 });
 * ```
 */
export function createRollup(options: RollupOptions = {}, from?: RollupState): Rollup {
  const acc =
    from !== undefined
      ? fromState(readState(from, 'the state to continue from'))
      : createAccumulator(limit(options.quoteLimit, 'quoteLimit', 10), limit(options.recentLimit, 'recentLimit', 10));
  let position = 0;
  const scratch = {} as NormalizedRecord;
  return {
    add(record) {
      accumulate(acc, normalizeRecord(record, position++, scratch));
    },
    state: () => toState(acc),
    summarize: (summaryOptions) => summarizeState(toState(acc), summaryOptions),
  };
}

/** Rolls up a batch of records: the per-account figures and the state they came from. */
export function rollup(
  records: Iterable<InteractionRecord>,
  options: RollupOptions & SummaryOptions = {},
): { accounts: AccountRollup[]; state: RollupState } {
  const { quoteLimit, recentLimit, ...summaryOptions } = options;
  const live = createRollup({ quoteLimit, recentLimit });
  for (const record of records) live.add(record);
  return { accounts: live.summarize(summaryOptions), state: live.state() };
}

export { evaluateAlerts } from './alerts.js';
export type { Alert, AlertRule } from './alerts.js';
export { sentimentLeadTime } from './leadTime.js';
export type { AccountLeadTime, AccountOutcome, LeadTimeOptions, LeadTimeReport } from './leadTime.js';
export { projectResult } from './record.js';
export type { CompactResult, InteractionRecord } from './record.js';
export { mergeRollups } from './merge.js';
export { emptyState } from './state.js';
export type { AccountState, Cell, DayBucket, Quote, RecentInteraction, RollupState } from './state.js';
export { DEFAULT_ROLE_WEIGHTS, summarizeRollup } from './summarize.js';
export type { AccountRollup, Figure, SummaryOptions } from './summarize.js';
