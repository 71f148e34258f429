import { describeValue, InvalidInputError } from '../errors.js';
import { dict } from '../dict.js';
import { checkDay } from './record.js';
import type { AccountState, Cell, DayBucket, Quote, RecentInteraction, RollupState } from './state.js';

// A rollup state comes back from storage, another worker or another version: it is read field by field into
// a fresh copy, so a corrupt state fails here with the path of what is wrong, never later as a TypeError or a
// wrong figure. Maps keyed by user data (accounts, contacts, roles, categories) are objects without a
// prototype, so a key such as "__proto__" or "constructor" is an ordinary key.

/** A failed check on its way up: each container it passes adds its own key, so paths cost nothing until one fails. */
class Misfit {
  constructor(
    readonly message: string,
    readonly path: string[] = [],
  ) {}
}

function locate(error: unknown, segment: string): never {
  if (error instanceof Misfit) error.path.unshift(segment);
  throw error;
}

const fail = (message: string): never => {
  throw new Misfit(message);
};

function object(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`expected an object, received ${describeValue(value)}.`);
  return value as Record<string, unknown>;
}

function array(value: unknown): unknown[] {
  if (!Array.isArray(value)) fail(`expected an array, received ${describeValue(value)}.`);
  return value as unknown[];
}

function field<T>(raw: Record<string, unknown>, name: string, read: (value: unknown) => T): T {
  try {
    return read(raw[name]);
  } catch (error) {
    return locate(error, `.${name}`);
  }
}

function count(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
    fail(`expected a whole number ≥ 0, received ${describeValue(value)}.`);
  return value as number;
}

function integer(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) fail(`expected a whole number, received ${describeValue(value)}.`);
  return value as number;
}

function finite(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(`expected a finite number, received ${describeValue(value)}.`);
  return value as number;
}

function string(value: unknown): string {
  if (typeof value !== 'string') fail(`expected a string, received ${describeValue(value)}.`);
  return value as string;
}

// A state holds few distinct days and names each many times: each is checked once per read.
function dayReader(): (value: unknown) => string {
  const good = new Set<string>();
  return (value) => {
    const name = string(value);
    if (good.has(name)) return name;
    const problem = checkDay(name);
    if (problem !== undefined) fail(problem);
    good.add(name);
    return name;
  };
}

function limit(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    fail(`expected a positive whole number, received ${describeValue(value)}.`);
  return value as number;
}

function cell(value: unknown): Cell {
  const raw = object(value);
  return { n: field(raw, 'n', count), s: field(raw, 's', integer) };
}

/** A prototype-free copy of a map keyed by user data, each value read by `read` and each key, if asked, by `readKey`. */
function entries<V>(value: unknown, read: (item: unknown) => V, readKey?: (key: string) => unknown): Record<string, V> {
  const out = dict<V>();
  const raw = object(value);
  for (const key in raw) {
    if (!Object.hasOwn(raw, key)) continue;
    try {
      readKey?.(key);
      out[key] = read(raw[key]);
    } catch (error) {
      locate(error, `[${JSON.stringify(key)}]`);
    }
  }
  return out;
}

function items<V>(value: unknown, read: (item: unknown) => V): V[] {
  const list = array(value);
  const out: V[] = [];
  for (let k = 0; k < list.length; k++) {
    try {
      out.push(read(list[k]));
    } catch (error) {
      locate(error, `[${k}]`);
    }
  }
  return out;
}

const cells = (value: unknown) => entries(value, cell);

function bucket(value: unknown): DayBucket {
  const raw = object(value);
  const out: DayBucket = {
    n: field(raw, 'n', count),
    s: field(raw, 's', integer),
    q: field(raw, 'q', count),
    negative: field(raw, 'negative', count),
    roles: field(raw, 'roles', cells),
    channels: field(raw, 'channels', cells),
  };
  if (out.negative > out.n) field(raw, 'negative', () => fail(`${out.negative} negative interactions of ${out.n}.`));
  if (raw.categories !== undefined) out.categories = field(raw, 'categories', cells);
  if (raw.emotions !== undefined) out.emotions = field(raw, 'emotions', (counts) => entries(counts, count));
  if (raw.intents !== undefined) out.intents = field(raw, 'intents', (counts) => entries(counts, count));
  if (raw.escalation !== undefined) out.escalation = field(raw, 'escalation', cell);
  if (raw.churn !== undefined) out.churn = field(raw, 'churn', cell);
  return out;
}

function quote(value: unknown, day: (value: unknown) => string): Quote {
  const raw = object(value);
  return {
    recordId: field(raw, 'recordId', string),
    day: field(raw, 'day', day),
    text: field(raw, 'text', string),
    start: field(raw, 'start', count),
    end: field(raw, 'end', count),
    weight: field(raw, 'weight', finite),
    channel: field(raw, 'channel', string),
    role: field(raw, 'role', string),
  };
}

function recent(value: unknown): RecentInteraction {
  const raw = object(value);
  const negative = field(raw, 'negative', (flag) =>
    typeof flag === 'boolean' ? flag : fail(`expected true or false, received ${describeValue(flag)}.`),
  );
  return { recordId: field(raw, 'recordId', string), at: field(raw, 'at', finite), role: field(raw, 'role', string), negative };
}

function account(value: unknown, day: (value: unknown) => string): AccountState {
  const raw = object(value);
  return {
    days: field(raw, 'days', (days) => entries(days, bucket, day)),
    contacts: field(raw, 'contacts', (contacts) => entries(contacts, (byDay) => entries(byDay, cell, day))),
    quotes: field(raw, 'quotes', (list) => items(list, (item) => quote(item, day))),
    recent: field(raw, 'recent', (list) => items(list, recent)),
  };
}

/**
 * Reads a rollup state into a fresh copy, checking every field. Throws an {@link InvalidInputError} that names
 * `name` and the path of the first field that is wrong (`the second argument.accounts["a"].days["2026-02-30"]: …`).
 */
export function readState(value: unknown, name: string): RollupState {
  const version = (value as { version?: unknown } | null)?.version;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || version !== 1) {
    const received =
      typeof value === 'object' && value !== null && !Array.isArray(value) ? `version ${describeValue(version)}` : describeValue(value);
    throw new InvalidInputError(`${name} must be a rollup state (version 1, from createRollup().state()), received ${received}.`);
  }
  const raw = value as Record<string, unknown>;
  try {
    return {
      version: 1,
      quoteLimit: field(raw, 'quoteLimit', limit),
      recentLimit: field(raw, 'recentLimit', limit),
      accounts: field(raw, 'accounts', (accounts) => {
        const day = dayReader();
        return entries(accounts, (item) => account(item, day));
      }),
    };
  } catch (error) {
    if (error instanceof Misfit) throw new InvalidInputError(`${name}${error.path.join('')}: ${error.message}`);
    throw error;
  }
}
