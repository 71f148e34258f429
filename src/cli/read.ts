import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';

export type InputFormat = 'jsonl' | 'csv' | 'text';

/** One input row: its line number, and either its text (with the row's id, if any) or why it is bad. */
export type InputRow = { line: number; id?: string; text: string; error?: undefined; fields?: Record<string, unknown> } | { line: number; error: string };

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

/** Guesses the format from the file name: .jsonl/.ndjson, .csv, anything else is plain text lines. */
export function formatOf(path: string, given: string | undefined): InputFormat {
  if (given === 'jsonl' || given === 'csv' || given === 'text') return given;
  if (/\.(jsonl|ndjson)$/i.test(path)) return 'jsonl';
  if (/\.csv$/i.test(path)) return 'csv';
  return 'text';
}

/**
 * Rows of a JSONL, CSV or text input; bad rows are yielded with their error, never dropped. A `textField` of
 * null reads whole records (rollup input) without asking for a text.
 */
export async function* readRows(source: InputSource, format: InputFormat, textField: string | null): AsyncGenerator<InputRow> {
  if (format === 'csv') {
    const parser = source.stream.pipe(parse({ columns: true, bom: true, info: true, relax_column_count: true, skip_empty_lines: true }));
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      yield toRow(info.lines, record, textField);
    }
    return;
  }
  let line = 0;
  for await (const raw of createInterface({ input: source.stream, crlfDelay: Infinity })) {
    line++;
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
    yield toRow(line, record, textField);
  }
}

function toRow(line: number, record: unknown, textField: string | null): InputRow {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return { line, error: 'expected an object' };
  const fields = record as Record<string, unknown>;
  if (textField === null) return { line, text: '', fields };
  const text = fields[textField];
  if (typeof text !== 'string') return { line, error: `"${textField}" must be a string, found ${text === undefined ? 'nothing' : typeof text}` };
  const id = fields.id;
  return id === undefined || id === null ? { line, text, fields } : { line, id: String(id), text, fields };
}
