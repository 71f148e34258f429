import { stringify } from 'csv-stringify/sync';
import { type Candidate, pickForLabelling } from '../fit/index.js';
import { type AnalysisResult, createAnalyzer, type FittedModel } from '../index.js';
import { round } from '../math.js';
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

/** The verdict a sample is unsure of: the sentiment model's (or the lexicon's), else a sarcasm model's, else an intent model's. */
type Target = { kind: 'sentiment' } | { kind: 'intent' } | { kind: 'sarcasm'; threshold: number };

function targetOf(models: readonly FittedModel[]): Target {
  if (models.length === 0 || models.some((model) => model.task === 'sentiment')) return { kind: 'sentiment' };
  const sarcasm = models.find((model) => model.task === 'sarcasm');
  return sarcasm ? { kind: 'sarcasm', threshold: sarcasm.threshold } : { kind: 'intent' };
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
  const target = targetOf(models);
  // A sarcasm model speaks only past its threshold; with none it gives its probability for every text, which the
  // sample measures against the threshold the model was fitted with.
  const attached = models.map((model) => (model.task === 'sarcasm' ? { ...model, threshold: 0 } : model));
  const analyzer = createAnalyzer({ models: attached, emotions: false, signals: false });
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
      const { uncertainty, ...verdict } = suggestion(analyzer.analyze(row.text), target);
      rows.push({ line: row.line, fields: row.fields ?? { text: row.text }, ...verdict });
      candidates.push({ text: row.text, uncertainty });
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

function suggestion(result: AnalysisResult, target: Target): { suggestion: string; confidence: number; uncertainty: number } {
  if (target.kind === 'sentiment') return sure(result.sentiment.label, result.sentiment.confidence);
  if (target.kind === 'sarcasm') {
    const reading = result.sentences.find((sentence) => sentence.sarcasm?.model)?.sarcasm?.model;
    // A text the model did not read (nothing to score, another language) teaches it nothing.
    if (!reading) return { suggestion: '', confidence: 0, uncertainty: 0 };
    const probability = reading.verdict.probabilities.sarcastic!;
    const { threshold } = target;
    const sarcastic = probability >= threshold;
    // Unsure means near the threshold, where the verdict turns: 1 there, 0 at either end of the scale.
    const distance = sarcastic ? (probability - threshold) / (1 - threshold || 1) : (threshold - probability) / (threshold || 1);
    return {
      suggestion: sarcastic ? 'sarcastic' : 'sincere',
      confidence: sarcastic ? probability : round(1 - probability),
      uncertainty: 1 - distance,
    };
  }
  const fitted = result.intents?.find((intent) => intent.model);
  return fitted ? sure(fitted.intent, fitted.confidence) : { suggestion: '', confidence: 0, uncertainty: 1 };
}

const sure = (label: string, confidence: number) => ({ suggestion: label, confidence, uncertainty: 1 - confidence });
