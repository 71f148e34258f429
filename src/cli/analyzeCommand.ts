import { availableParallelism } from 'node:os';
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { type AnalysisResult, type Analyzer, type AnalyzerOptions, analyzeMany, createAnalyzer, InvalidOptionsError } from '../index.js';
import { createPool, MAX_THREADS_PER_CORE } from '../node/index.js';
import { EXIT } from './exit.js';
import { explain } from './explain.js';
import { DEFAULT_FIELDS, type Field, parseFields, toCells, toJson } from './fields.js';
import { createProgress, wantsProgress } from './progress.js';
import { csvRow, writeOut as write } from './output.js';
import { loadModels } from './models.js';
import { CONVERSATION_FORMATS, conversationCommand, conversationFormatOf } from './conversationCommand.js';
import { formatOf, InputError, type InputSource, openInput, readRows } from './read.js';

export interface AnalyzeOptions {
  format: string;
  inputFormat?: string;
  textColumn: string;
  fields?: string;
  aspects?: boolean;
  subject?: string;
  explain?: boolean;
  strict?: boolean;
  text?: string;
  concurrency?: string;
  /** False with `--no-escape-formulas`. */
  escapeFormulas?: boolean;
  model?: string[];
  /** Speaker names on the vendor's side, for conversation formats whose source does not say (transcripts, e-mail). */
  agents?: string;
}

interface ScoredRow {
  line: number;
  id?: string;
  text: string;
  result: AnalysisResult;
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
  // --aspects alone asks for aspects in the output; with --fields, the fields named are what is written.
  if (options.aspects === true && options.fields === undefined) fields.push('aspects');
  const aspects = options.aspects === true || fields.includes('aspects');
  const concurrency = options.concurrency === undefined ? 1 : Number(options.concurrency);
  const maxThreads = MAX_THREADS_PER_CORE * availableParallelism();
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > maxThreads) {
    process.stderr.write(
      `cxtone: --concurrency must be a whole number from 1 to ${maxThreads} (${MAX_THREADS_PER_CORE} per core), ` +
        `received "${options.concurrency}"\n`,
    );
    return EXIT.usage;
  }
  const analyzerOptions: AnalyzerOptions = { aspects };
  if (options.subject !== undefined) analyzerOptions.subject = options.subject.split(',').map((pattern) => pattern.trim());
  const models = loadModels(options.model ?? []);
  if (typeof models === 'string') {
    process.stderr.write(`${models}\n`);
    return EXIT.usage;
  }
  if (models.length > 0) analyzerOptions.models = models;
  let analyzer: Analyzer;
  try {
    analyzer = createAnalyzer(analyzerOptions);
  } catch (error) {
    if (!(error instanceof InvalidOptionsError)) throw error;
    process.stderr.write(`${error.message.replace(/\.$/, '')} (from ${models.length > 0 ? '--subject or --model' : '--subject'})\n`);
    return EXIT.usage;
  }
  const known = ['jsonl', 'csv', 'text', ...CONVERSATION_FORMATS];
  if (options.inputFormat !== undefined && !known.includes(options.inputFormat)) {
    process.stderr.write(`cxtone: --input-format must be one of ${known.join(', ')}, received "${options.inputFormat}"\n`);
    return EXIT.usage;
  }
  const conversationFormat = conversationFormatOf(input, options.inputFormat);
  if (conversationFormat !== undefined && options.text === undefined) {
    if (input === undefined) {
      process.stderr.write(`cxtone: --input-format ${conversationFormat} reads a file (or - for standard input)\n`);
      return EXIT.usage;
    }
    return conversationCommand(
      input,
      conversationFormat,
      analyzer,
      options.agents?.split(',').map((name) => name.trim()),
    );
  }
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
  let stoppedAt: number | undefined;
  let header = true;
  // Good rows in reading order; bad ones are reported as they are read and never reach the scorer.
  const rows = readRows(source, format, options.textColumn);
  async function* goodRows() {
    for await (const row of rows) {
      if (row.error === undefined) {
        yield row as { line: number; id?: string; text: string };
        continue;
      }
      bad++;
      process.stderr.write(`line ${row.line}: ${row.error}\n`);
      if (options.strict) {
        stoppedAt = row.line;
        return;
      }
    }
  }
  const pool = concurrency > 1 ? createPool({ concurrency, analyzer: analyzerOptions }) : undefined;
  async function* scored(): AsyncGenerator<ScoredRow> {
    // Both scorers keep input order, so the rows sent and the results back pair up first in, first out.
    const sent: { line: number; id?: string; text: string }[] = [];
    async function* texts() {
      for await (const row of goodRows()) {
        sent.push(row);
        yield row.text;
      }
    }
    const results = pool ? pool.analyzeMany(texts()) : analyzeMany(texts(), { analyzer });
    for await (const result of results) yield { ...sent.shift()!, result };
  }
  try {
    for await (const { line, id, text, result } of scored()) {
      good++;
      if (options.explain) await write(`${explain(text, result)}\n\n`);
      else if (options.format === 'jsonl')
        await write(`${JSON.stringify({ line, ...(id === undefined ? {} : { id }), ...toJson(result, fields) })}\n`);
      else {
        const cells = { line, id: id ?? '', ...toCells(result, fields) };
        await write(stringify([csvRow(cells, options.escapeFormulas)], { header, columns: Object.keys(cells) }));
        header = false;
      }
      if (good % 256 === 0) progress.update(good, source.bytesRead());
    }
  } catch (error) {
    progress.stop();
    if (error instanceof InputError) process.stderr.write(`cxtone: ${error.message}\n`);
    else process.stderr.write(`cxtone: reading ${input ?? 'text'} failed: ${(error as Error).message}\n`);
    return EXIT.usage;
  } finally {
    await pool?.close();
  }
  if (stoppedAt !== undefined) {
    progress.stop();
    return EXIT.strict;
  }
  progress.update(good, source.size ?? 0);
  progress.stop();
  process.stderr.write(`${good} row(s) analyzed, ${bad} bad row(s)\n`);
  return bad > 0 ? EXIT.badRows : EXIT.ok;
}
