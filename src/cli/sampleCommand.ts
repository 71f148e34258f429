import { stringify } from 'csv-stringify/sync';
import { type Candidate, pickForLabelling } from '../fit/index.js';
import { type AnalysisResult, createAnalyzer } from '../index.js';
import { EXIT } from './exit.js';
import { loadModels } from './models.js';
import { csvRow, writeOut as write } from './output.js';
import { formatOf, InputError, openInput, readRows } from './read.js';

export interface SampleCommandOptions {
  n: string;
  textColumn: string;
  inputFormat?: string;
  format: string;
  model?: string[];
  escapeFormulas?: boolean;
}

/**
 * Picks the texts most worth labelling next: the ones the analyzer (with the models given, if any) is least sure
 * of, spread over the data. Writes them with the analyzer's verdict, as a suggestion to confirm or correct.
 */
export async function sampleCommand(input: string, options: SampleCommandOptions): Promise<number> {
  const usage = (message: string) => {
    process.stderr.write(`${message.startsWith('cxtone: ') ? '' : 'cxtone: '}${message}\n`);
    return EXIT.usage;
  };
  const count = Number(options.n);
  if (!Number.isInteger(count) || count < 1) return usage(`--n must be a whole number, 1 or more, received "${options.n}"`);
  if (options.format !== 'jsonl' && options.format !== 'csv') return usage(`--format must be jsonl or csv, received "${options.format}"`);
  const models = loadModels(options.model ?? []);
  if (typeof models === 'string') return usage(models);
  const analyzer = createAnalyzer({ models, emotions: false, signals: false });
  // With an intent model and no sentiment model, the intent verdict is the one to be unsure of.
  const byIntent = models.length > 0 && models.every((model) => model.task === 'intents');
  const rows: { line: number; fields: Record<string, unknown>; suggestion: string; confidence: number }[] = [];
  const candidates: Candidate[] = [];
  let bad = 0;
  try {
    for await (const row of readRows(openInput(input), formatOf(input, options.inputFormat), options.textColumn)) {
      if (row.error !== undefined) {
        bad++;
        process.stderr.write(`line ${row.line}: ${row.error}\n`);
        continue;
      }
      const verdict = suggestion(analyzer.analyze(row.text), byIntent);
      rows.push({ line: row.line, fields: row.fields ?? { text: row.text }, ...verdict });
      candidates.push({ text: row.text, uncertainty: 1 - verdict.confidence });
    }
  } catch (error) {
    if (error instanceof InputError) return usage(error.message);
    return usage(`cannot read ${input}: ${(error as Error).message}`);
  }
  const picked = pickForLabelling(candidates, count);
  let header = true;
  for (const index of picked) {
    const { line, fields, suggestion: suggested, confidence } = rows[index]!;
    const record = { line, ...fields, suggestion: suggested, confidence };
    if (options.format === 'jsonl') await write(`${JSON.stringify(record)}\n`);
    else {
      await write(stringify([csvRow(record, options.escapeFormulas)], { header, columns: Object.keys(record) }));
      header = false;
    }
  }
  process.stderr.write(`${picked.length} of ${rows.length} text(s) picked for labelling, ${bad} bad row(s)\n`);
  return bad > 0 ? EXIT.badRows : EXIT.ok;
}

function suggestion(result: AnalysisResult, byIntent: boolean): { suggestion: string; confidence: number } {
  if (!byIntent) return { suggestion: result.sentiment.label, confidence: result.sentiment.confidence };
  const fitted = result.intents?.find((intent) => intent.model);
  return fitted ? { suggestion: fitted.intent, confidence: fitted.confidence } : { suggestion: '', confidence: 0 };
}
