import { once } from 'node:events';
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { createAnalyzer } from '../index.js';
import { EXIT } from './exit.js';
import { explain } from './explain.js';
import { DEFAULT_FIELDS, type Field, parseFields, toCells, toJson } from './fields.js';
import { createProgress, wantsProgress } from './progress.js';
import { formatOf, type InputSource, openInput, readRows } from './read.js';

export interface AnalyzeOptions {
  format: string;
  inputFormat?: string;
  textColumn: string;
  fields?: string;
  aspects?: boolean;
  explain?: boolean;
  strict?: boolean;
  text?: string;
}

/** Writes, waiting when the consumer is slower than the scorer, so memory stays bounded. */
async function write(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

export async function analyzeCommand(input: string | undefined, options: AnalyzeOptions): Promise<number> {
  if (options.format !== 'jsonl' && options.format !== 'csv') {
    process.stderr.write(`cxtone: --format must be jsonl or csv, received "${options.format}"\n`);
    return EXIT.usage;
  }
  let fields: Field[];
  try {
    fields = options.fields ? parseFields(options.fields) : [...DEFAULT_FIELDS];
  } catch (error) {
    process.stderr.write(`cxtone: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  const aspects = options.aspects === true || fields.includes('aspects');
  const analyzer = createAnalyzer({ aspects });
  let source: InputSource;
  if (options.text !== undefined) {
    const stream = Readable.from([options.text.replace(/\r?\n/g, ' ')]);
    source = { stream, size: undefined, bytesRead: () => 0 };
  } else if (input === undefined) {
    process.stderr.write('cxtone: give a file, - for standard input, or --text "…"\n');
    return EXIT.usage;
  } else {
    try {
      source = openInput(input);
    } catch (error) {
      process.stderr.write(`cxtone: cannot read ${input}: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
  }
  const format = options.text !== undefined ? 'text' : formatOf(input!, options.inputFormat);
  const progress = createProgress(source.size, !options.explain && wantsProgress());
  let good = 0;
  let bad = 0;
  let header = true;
  try {
    for await (const row of readRows(source, format, options.textColumn)) {
      if (row.error !== undefined) {
        bad++;
        process.stderr.write(`line ${row.line}: ${row.error}\n`);
        if (options.strict) return EXIT.strict;
        continue;
      }
      const result = analyzer.analyze(row.text);
      good++;
      if (options.explain) await write(`${explain(row.text, result)}\n\n`);
      else if (options.format === 'jsonl') await write(`${JSON.stringify({ line: row.line, ...(row.id === undefined ? {} : { id: row.id }), ...toJson(result, fields) })}\n`);
      else {
        const cells = { line: row.line, id: row.id ?? '', ...toCells(result, fields) };
        await write(stringify([cells], { header, columns: Object.keys(cells) }));
        header = false;
      }
      if (good % 256 === 0) progress.update(good, source.bytesRead());
    }
  } catch (error) {
    progress.stop();
    process.stderr.write(`cxtone: reading ${input ?? 'text'} failed: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  progress.update(good, source.size ?? 0);
  progress.stop();
  process.stderr.write(`${good} row(s) analyzed, ${bad} bad row(s)\n`);
  return bad > 0 ? EXIT.badRows : EXIT.ok;
}
