import { describeValue, InvalidInputError } from '../errors.js';
import { dayName, dayNumberOf } from './record.js';
import type { RollupState } from './state.js';
import { DEFAULT_ROLE_WEIGHTS, daysInWindow, weightedScore } from './summarize.js';
import { own } from '../dict.js';
import { readState } from './validate.js';

/** What happened to an account: churned (or not) at a date, e.g. its renewal date. */
export interface AccountOutcome {
  accountId: string;
  churned: boolean;
  at: string | number | Date;
}

export interface LeadTimeOptions {
  /** A decayed score below this is "negative". Default -0.125 (the analyzer's neutral band). */
  threshold?: number;
  halfLifeDays?: number;
  /** How far before the outcome to look. Default 180 days. */
  windowDays?: number;
  roleWeights?: Readonly<Record<string, number>>;
}

export interface AccountLeadTime {
  accountId: string;
  churned: boolean;
  outcome: string;
  /** First day of the unbroken negative stretch that ran into the outcome; null when it did not end negative. */
  turnedNegative: string | null;
  /** Days from `turnedNegative` to the outcome. */
  leadDays: number | null;
  /** Lowest decayed score in the window before the outcome. */
  lowestScore: number | null;
}

export interface LeadTimeReport {
  accounts: AccountLeadTime[];
  /** Median lead time over churned accounts that turned negative. */
  medianLeadDays: number | null;
  /** Share of churned accounts that were negative before churning. */
  churnedFlagged: number;
  /** Share of retained accounts negative at their outcome date (false alarms). */
  retainedFlagged: number;
  /**
   * Probability that a random churned account had a lower lowest score than a random retained one
   * (ROC AUC; 0.5 is no separation, 1 is perfect).
   */
  separationAuc: number | null;
}

/** When sentiment turned negative before each churn, and whether sentiment separates churned from retained accounts. */
export function sentimentLeadTime(state: RollupState, outcomes: readonly AccountOutcome[], options: LeadTimeOptions = {}): LeadTimeReport {
  const threshold = options.threshold ?? -0.125;
  const halfLifeDays = options.halfLifeDays ?? 14;
  const windowDays = options.windowDays ?? 180;
  const roleWeights = options.roleWeights ?? DEFAULT_ROLE_WEIGHTS;
  state = readState(state, 'the rollup state');
  if (!Array.isArray(outcomes)) throw new InvalidInputError(`outcomes must be an array, received ${describeValue(outcomes)}.`);
  const accounts = outcomes.map((outcome, position): AccountLeadTime => {
    const at = outcome?.at instanceof Date ? outcome.at.getTime() : typeof outcome?.at === 'string' ? Date.parse(outcome.at) : outcome?.at;
    if (typeof outcome?.accountId !== 'string' || typeof outcome.churned !== 'boolean' || typeof at !== 'number' || !Number.isFinite(at)) {
      throw new InvalidInputError(
        `outcome ${position}: expected { accountId: string, churned: boolean, at: date }, received ${JSON.stringify(outcome)}.`,
      );
    }
    const end = dayNumberOf(at);
    const account = own(state.accounts, outcome.accountId);
    const series: { index: number; score: number | null }[] = [];
    if (account) {
      for (let day = end - windowDays + 1; day <= end; day++) {
        const days = daysInWindow(account.days, { asOf: day, windowDays, halfLifeDays, roleWeights });
        series.push({ index: day, score: weightedScore(days, roleWeights) });
      }
    }
    const scored = series.filter((point): point is { index: number; score: number } => point.score !== null);
    let turnedNegative: number | null = null;
    for (let k = series.length - 1; k >= 0; k--) {
      const score = series[k]!.score;
      if (score === null || score >= threshold) break;
      turnedNegative = series[k]!.index;
    }
    return {
      accountId: outcome.accountId,
      churned: outcome.churned,
      outcome: dayName(end),
      turnedNegative: turnedNegative === null ? null : dayName(turnedNegative),
      leadDays: turnedNegative === null ? null : end - turnedNegative,
      lowestScore: scored.length === 0 ? null : Math.min(...scored.map((point) => point.score)),
    };
  });

  const churned = accounts.filter((account) => account.churned);
  const retained = accounts.filter((account) => !account.churned);
  const leads = churned.flatMap((account) => (account.leadDays === null ? [] : [account.leadDays])).sort((a, b) => a - b);
  return {
    accounts,
    medianLeadDays: leads.length === 0 ? null : leads[Math.floor(leads.length / 2)]!,
    churnedFlagged: churned.length === 0 ? 0 : churned.filter((account) => account.turnedNegative !== null).length / churned.length,
    retainedFlagged: retained.length === 0 ? 0 : retained.filter((account) => account.turnedNegative !== null).length / retained.length,
    separationAuc: auc(
      churned.map((account) => account.lowestScore),
      retained.map((account) => account.lowestScore),
    ),
  };
}

function auc(churned: (number | null)[], retained: (number | null)[]): number | null {
  const a = churned.filter((value): value is number => value !== null);
  const b = retained.filter((value): value is number => value !== null);
  if (a.length === 0 || b.length === 0) return null;
  let wins = 0;
  for (const x of a) for (const y of b) wins += x < y ? 1 : x === y ? 0.5 : 0;
  return wins / (a.length * b.length);
}
