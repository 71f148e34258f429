import { CxtoneError, describeValue } from '../errors.js';
import type { CallOptions } from '../options.js';
import type { AnalysisResult } from '../result.js';
import type { CompactResult, InteractionRecord } from '../rollup/index.js';
import { type NormalizedRecord, normalizeRecord } from '../rollup/record.js';
import { recordKey } from './keys.js';

/** An interaction to score and roll up: with its `text`, or already scored (`result`). */
export interface QueueRecord {
  id: string;
  accountId: string;
  contactId?: string;
  role?: string;
  channel?: string;
  /** ISO 8601 text or epoch milliseconds (JSON carries no dates). */
  at: string | number;
  text?: string;
  result?: AnalysisResult | CompactResult;
}

// Half of a UTF-16 surrogate pair without its other half. Redis keeps ids as UTF-8, which has no such character: ioredis
// writes U+FFFD instead, so two ids that differ only there would be one record to the queue, counted once.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A record checked and reduced as the rollup reduces it, ready to fold; or the reason it cannot be. */
export type CheckedRecord = { key: string; record: NormalizedRecord } | { key: string; reason: string };

/**
 * Scores `raw` when it carries text and checks it as the rollup will: a record that cannot count (no text and no
 * result, a bad date, a field of the wrong type) comes back with its reason instead of failing its batch.
 */
export function prepareRecord(
  raw: unknown,
  fallbackKey: string,
  analyze: (text: string, options: CallOptions) => AnalysisResult,
): CheckedRecord {
  const fields = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
  const id = typeof fields?.id === 'string' ? fields.id : undefined;
  const accountId = typeof fields?.accountId === 'string' ? fields.accountId : undefined;
  const key = id !== undefined && accountId !== undefined ? recordKey(accountId, id) : fallbackKey;
  if (!fields) return { key, reason: `expected a record object, received ${describeValue(raw)}` };
  for (const name of ['id', 'accountId', 'contactId'] as const) {
    const value = fields[name];
    if (typeof value === 'string' && LONE_SURROGATE.test(value))
      return {
        key,
        reason: `"${name}" holds a lone surrogate (${describeValue(value)}): Redis stores text as UTF-8, where it has no form of its own`,
      };
  }
  let record = fields as unknown as InteractionRecord;
  if (fields.result === undefined) {
    if (typeof fields.text !== 'string' || fields.text.trim() === '')
      return { key, reason: `a record needs "text" (a non-empty string) or "result", received text ${describeValue(fields.text)}` };
    // The fields the rollup reads, in a literal: a rest and a spread made every record slower to prepare.
    record = {
      id: fields.id,
      accountId: fields.accountId,
      contactId: fields.contactId,
      role: fields.role,
      channel: fields.channel,
      at: fields.at,
      result: analyze(fields.text, { aspects: true }),
    } as InteractionRecord;
  }
  try {
    // Checked and reduced exactly as the rollup would, once: the fold takes the reduced record as it is.
    return { key, record: normalizeRecord(record, 0) };
  } catch (error) {
    if (!(error instanceof CxtoneError)) throw error;
    return { key, reason: error.message.replace(/^cxtone: record \d+( \(id "[^"]*"\))?: /, '') };
  }
}
