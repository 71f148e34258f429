import { once } from 'node:events';
import { readFileSync, readlinkSync } from 'node:fs';
import { EXIT } from './exit.js';

// Output that cannot be written is a failure the user must hear about: a full disk, a closed descriptor. Only a
// reader that stops early (`cxtone analyze big.jsonl | head`) is fine: that is the reader's choice.

/** Reports why output failed and ends the process; EPIPE (the reader went away) is a normal end. */
export function failOutput(error: NodeJS.ErrnoException): never {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  process.stderr.write(`cxtone: cannot write the output: ${error.message}\n`);
  process.exit(EXIT.usage);
}

/**
 * Stops early when standard output was closed (`>&-`). Node reopens a closed descriptor on /dev/null at start-up,
 * read and write, and discards every write without a word; a shell's `> /dev/null` opens it write-only. Linux
 * shows the difference in /proc; elsewhere there is nothing to check.
 */
export function checkOutputOpen(): void {
  try {
    if (readlinkSync('/proc/self/fd/1') !== '/dev/null') return;
    const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'));
    const O_ACCMODE = 0o3;
    const O_RDWR = 0o2;
    if (!flags || (Number.parseInt(flags[1]!, 8) & O_ACCMODE) !== O_RDWR) return;
  } catch {
    return;
  }
  process.stderr.write('cxtone: standard output is closed, so results would be lost; redirect it to a file or a pipe.\n');
  process.exit(EXIT.usage);
}

/** Writes to standard output, waiting when the reader is slower than the scorer, so memory stays bounded. */
export async function writeOut(chunk: string): Promise<void> {
  let flushed: boolean;
  try {
    flushed = process.stdout.write(chunk);
  } catch (error) {
    // Files are written synchronously: a full disk throws here rather than emitting 'error'.
    failOutput(error as NodeJS.ErrnoException);
  }
  if (!flushed) await once(process.stdout, 'drain');
}

// Cells that start like a formula run as one when a spreadsheet opens the CSV (`=HYPERLINK(…)`).
const FORMULA_START = /^[=+\-@\t\r]/;

/** A CSV cell made inert for spreadsheets: a text cell starting with = + - @ tab or CR gets a leading `'`. */
export function escapeFormula<T>(cell: T): T | string {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** A CSV row with every cell escaped by {@link escapeFormula}, unless `--no-escape-formulas` turned it off. */
export function csvRow<T extends Record<string, unknown>>(row: T, escapeFormulas: boolean | undefined): Record<string, unknown> {
  if (escapeFormulas === false) return row;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(row)) out[key] = escapeFormula(row[key]);
  return out;
}
