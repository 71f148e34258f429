import { describeValue, InvalidInputError } from '../errors.js';

// Reading vendor records: every field is checked where it is read, and a bad one is named with the record it is in
// ("zendesk: comments[3].author_id must be a number, received string "7""), never a crash further in.

/** A reader of one record's fields, naming `where` (e.g. `zendesk: comments[3]`) in its errors. */
export interface FieldReader {
  where: string;
  record: Record<string, unknown>;
  has(name: string): boolean;
  string(name: string): string;
  optionalString(name: string): string | undefined;
  boolean(name: string): boolean;
  optionalBoolean(name: string): boolean | undefined;
  id(name: string): string | number;
  optionalId(name: string): string | number | undefined;
  /** A time as the vendor gives it: an ISO string, or seconds since 1970 (Intercom, Front). */
  optionalTime(name: string): string | number | undefined;
  object(name: string): FieldReader;
  optionalObject(name: string): FieldReader | undefined;
  array(name: string): FieldReader[];
  optionalArray(name: string): FieldReader[] | undefined;
}

function fail(where: string, name: string, expected: string, value: unknown): never {
  throw new InvalidInputError(`${where}: "${name}" must be ${expected}, received ${describeValue(value)}.`);
}

/** Reads `value` as a record, or fails naming `where`. */
export function readRecord(value: unknown, where: string): FieldReader {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InvalidInputError(`${where}: expected an object, received ${describeValue(value)}.`);
  const record = value as Record<string, unknown>;
  const present = (name: string) => Object.hasOwn(record, name) && record[name] !== undefined && record[name] !== null;
  const reader: FieldReader = {
    where,
    record,
    has: present,
    string(name) {
      const value = record[name];
      if (typeof value !== 'string') fail(where, name, 'a string', value);
      return value;
    },
    optionalString: (name) => (present(name) ? reader.string(name) : undefined),
    boolean(name) {
      const value = record[name];
      if (typeof value !== 'boolean') fail(where, name, 'true or false', value);
      return value;
    },
    optionalBoolean: (name) => (present(name) ? reader.boolean(name) : undefined),
    id(name) {
      const value = record[name];
      if (!((typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value))))
        fail(where, name, 'an id (a number or a non-empty string)', value);
      return value;
    },
    optionalId: (name) => (present(name) ? reader.id(name) : undefined),
    optionalTime(name) {
      if (!present(name)) return undefined;
      const value = record[name];
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return value;
      return fail(where, name, 'a date (ISO 8601 text or seconds since 1970)', value);
    },
    object: (name) => readRecord(record[name], `${where}.${name}`),
    optionalObject: (name) => (present(name) ? reader.object(name) : undefined),
    array(name) {
      const value = record[name];
      if (!Array.isArray(value)) fail(where, name, 'an array', value);
      return value.map((item, index) => readRecord(item, `${where}.${name}[${index}]`));
    },
    optionalArray: (name) => (present(name) ? reader.array(name) : undefined),
  };
  return reader;
}

/** Seconds since 1970, as Intercom and Front give times, to an ISO string; other times as they are. */
export function isoTime(time: string | number | undefined): string | undefined {
  if (time === undefined) return undefined;
  return typeof time === 'number' ? new Date(time * 1000).toISOString() : time;
}
