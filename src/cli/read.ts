import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { dict } from '../dict.js';

/** `auto` (standard input without `--input-format`): JSONL when the first character is `{`, plain text otherwise. */
export type InputFormat = 'jsonl' | 'csv' | 'text' | 'auto';

/** Input that cannot be read at all (binary data, no text column): the command stops with a usage error. */
export class InputError extends Error {}

/** One input row: its line number, and either its text (with the row's id, if any) or why it is bad. */
export type InputRow =
  | { line: number; id?: string; text: string; error?: undefined; fields?: Record<string, unknown> }
  | { line: number; error: string };

export interface InputSource {
  stream: Readable;
  /** Total bytes when known (a file), for progress. */
  size: number | undefined;
  /** Bytes read so far. */
  bytesRead: () => number;
}

export function openInput(path: string): InputSource {
  if (path === '-') return { stream: process.stdin, size: undefined, bytesRead: () => process.stdin.bytesRead ?? 0 };
  const size = statSync(path).size;
  const stream = createReadStream(path);
  return { stream, size, bytesRead: () => stream.bytesRead };
}

/** Guesses the format from the file name: .jsonl/.ndjson, .csv, `-` from its first character, anything else is plain text lines. */
export function formatOf(path: string, given: string | undefined): InputFormat {
  if (given === 'jsonl' || given === 'csv' || given === 'text') return given;
  if (path === '-') return 'auto';
  if (/\.(jsonl|ndjson)$/i.test(path)) return 'jsonl';
  if (/\.csv$/i.test(path)) return 'csv';
  return 'text';
}

/**
 * The stream's first chunk, and a stream that replays it before the rest: lets the reader look at the start of
 * standard input, which cannot be read twice.
 */
async function peek(stream: Readable): Promise<{ head: Buffer; stream: Readable }> {
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const first = await chunks.next();
  const head = first.done ? Buffer.alloc(0) : Buffer.from(first.value);
  async function* replay() {
    if (head.length > 0) yield head;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  }
  return { head, stream: Readable.from(replay(), { objectMode: false }) };
}

const BOM = '\uFEFF';

/**
 * Rows of a JSONL, CSV or text input; bad rows are yielded with their error, never dropped. A `textField` of
 * null reads whole records (rollup input) without asking for a text.
 * @throws {InputError} for binary input, and for a text field the header (CSV) or the first record (JSONL) lacks.
 */
export async function* readRows(source: InputSource, format: InputFormat, textField: string | null): AsyncGenerator<InputRow> {
  const { head, stream } = await peek(source.stream);
  if (head.includes(0))
    throw new InputError('the input looks binary (it holds NUL bytes); cxtone reads UTF-8 text: JSONL, CSV or plain lines.');
  if (format === 'auto') format = head.toString('utf8').replace(BOM, '').trimStart().startsWith('{') ? 'jsonl' : 'text';
  if (format === 'csv') {
    yield* readCsv(stream, textField);
    return;
  }
  let line = 0;
  let checked = false;
  for await (let raw of createInterface({ input: stream, crlfDelay: Infinity })) {
    line++;
    if (line === 1 && raw.startsWith(BOM)) raw = raw.slice(1);
    if (raw.trim() === '') continue;
    if (format === 'text') {
      yield { line, text: raw };
      continue;
    }
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch {
      yield { line, error: 'not valid JSON' };
      continue;
    }
    if (!checked && typeof record === 'object' && record !== null && !Array.isArray(record)) {
      checked = true;
      checkTextField(textField, Object.keys(record), `the first record (line ${line}) has no "${textField}" field; its fields are`);
    }
    yield toRow(line, record, textField);
  }
}

async function* readCsv(stream: Readable, textField: string | null): AsyncGenerator<InputRow> {
  // Rows come as lists and are keyed here, in objects without a prototype: keyed by the parser, a column named
  // "__proto__" vanished with its cells.
  const parser = stream.pipe(parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true }));
  let header: string[] | undefined;
  let lastLine = 1;
  let checked = false;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (header === undefined) {
        header = record;
        continue;
      }
      if (!checked) {
        checked = true;
        checkTextField(textField, [...new Set(header)], `the header has no "${textField}" column; its columns are`);
      }
      lastLine = info.lines;
      yield toRow(info.lines, keyedBy(header, record), textField);
    }
  } catch (error) {
    if ((error as { code?: string }).code !== 'CSV_QUOTE_NOT_CLOSED') throw error;
    const end = (error as { lines?: number }).lines ?? lastLine;
    yield {
      line: lastLine + 1,
      error: `a quoted field opens here and is never closed, so lines ${lastLine + 1} to ${end} could not be read as rows`,
    };
  }
}

/** A row's cells by column name, as the header names them (a repeated name keeps its last cell; cells past it go). */
function keyedBy(header: readonly string[], cells: readonly string[]): Record<string, string> {
  const record = dict<string>();
  for (let k = 0; k < Math.min(header.length, cells.length); k++) record[header[k]!] = cells[k]!;
  return record;
}

function checkTextField(textField: string | null, names: string[], problem: string): void {
  if (textField === null || names.includes(textField)) return;
  throw new InputError(
    `${problem} ${names.map((name) => JSON.stringify(name)).join(', ') || 'none'}. Name the one that holds the text with --text-column.`,
  );
}

function toRow(line: number, record: unknown, textField: string | null): InputRow {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return { line, error: 'expected an object' };
  const fields = record as Record<string, unknown>;
  if (textField === null) return { line, text: '', fields };
  const text = Object.hasOwn(fields, textField) ? fields[textField] : undefined;
  if (typeof text !== 'string')
    return { line, error: `"${textField}" must be a string, found ${text === undefined ? 'nothing' : typeof text}` };
  const id = fields.id;
  return id === undefined || id === null ? { line, text, fields } : { line, id: String(id), text, fields };
}
