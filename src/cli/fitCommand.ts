import { writeFileSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { type Example, fit, topFeatures } from '../fit/index.js';
import { own } from '../dict.js';
import { CxtoneError, type FittedModel, type Learner, type ModelTask } from '../index.js';
import { MODEL_TASKS } from '../model/types.js';
import { EXIT } from './exit.js';
import { modelJson } from './models.js';
import { wantsProgress } from './progress.js';
import { formatOf, InputError, openInput, readRows } from './read.js';

export interface FitCommandOptions {
  labelField: string;
  textColumn: string;
  inputFormat?: string;
  output?: string;
  task?: string;
  name?: string;
  seed?: string;
  learner?: string;
  folds?: string;
  negativeAtMost?: string;
  positiveAtLeast?: string;
  labelSeparator?: string;
  targetPrecision?: string;
  prevalence?: string;
}

export async function fitCommand(input: string, options: FitCommandOptions): Promise<number> {
  const usage = (message: string) => {
    process.stderr.write(`cxtone: ${message}\n`);
    return EXIT.usage;
  };
  if (options.output === undefined) return usage('name the model file to write with -o (e.g. -o acme.model.json)');
  if (options.task !== undefined && !(MODEL_TASKS as readonly string[]).includes(options.task)) {
    return usage(`--task must be ${MODEL_TASKS.join(', ')}, received "${options.task}"`);
  }
  const ratings = readRatings(options);
  if (typeof ratings === 'string') return usage(ratings);
  const examples: Example[] = [];
  const lines: number[] = [];
  let bad = 0;
  try {
    const rows = readRows(openInput(input), formatOf(input, options.inputFormat), options.textColumn);
    for await (const row of rows) {
      if (row.error !== undefined) {
        bad++;
        process.stderr.write(`line ${row.line}: ${row.error}\n`);
        continue;
      }
      // Only the row's own field: "constructor" names a column, not what every object inherits.
      const value = own(row.fields, options.labelField);
      examples.push(
        options.task === 'sarcasm' || (options.task === undefined && typeof value === 'boolean')
          ? sarcasmExample(row.text, value)
          : toExample(row.text, value, ratings !== undefined, options.labelSeparator),
      );
      lines.push(row.line);
    }
  } catch (error) {
    if (error instanceof InputError) return usage(error.message);
    return usage(`cannot read ${input}: ${(error as Error).message}`);
  }
  if (examples.length > 0 && examples.every((example) => Object.keys(example).length === 1)) {
    return usage(`no row has a "${options.labelField}" field; name the one that holds the labels with --label-field`);
  }
  const progress = wantsProgress()
    ? new SingleBar({ stream: process.stderr, format: '{stage} [{bar}] {value}/{total}', hideCursor: true })
    : undefined;
  let model: FittedModel;
  try {
    let stage = '';
    model = fit(examples, {
      name: options.name ?? 'fitted',
      ...(options.task ? { task: options.task as ModelTask } : {}),
      ...(ratings ? { ratings } : {}),
      ...(options.seed !== undefined ? { seed: Number(options.seed) } : {}),
      ...(options.learner !== undefined ? { learner: options.learner as Learner } : {}),
      ...(options.folds !== undefined ? { folds: Number(options.folds) } : {}),
      ...(options.targetPrecision !== undefined ? { targetPrecision: Number(options.targetPrecision) } : {}),
      ...(options.prevalence !== undefined ? { prevalence: Number(options.prevalence) } : {}),
      onProgress(next, done, total) {
        if (!progress) return;
        if (next !== stage) {
          if (stage !== '') progress.stop();
          progress.start(total, done, { stage: next.padEnd(16) });
          stage = next;
        }
        progress.update(done);
      },
    });
    progress?.stop();
  } catch (error) {
    progress?.stop();
    if (!(error instanceof CxtoneError)) throw error;
    const example = (error as { example?: number }).example;
    const where = example === undefined ? '' : ` (line ${lines[example]})`;
    return usage(`${error.message.replace(/^cxtone: /, '')}${where}`);
  }
  writeFileSync(options.output, modelJson(model));
  process.stderr.write(summary(model, options.output, bad));
  return bad > 0 ? EXIT.badRows : EXIT.ok;
}

function readRatings(options: FitCommandOptions): { negativeAtMost: number; positiveAtLeast: number } | undefined | string {
  if (options.negativeAtMost === undefined && options.positiveAtLeast === undefined) return undefined;
  const negativeAtMost = Number(options.negativeAtMost);
  const positiveAtLeast = Number(options.positiveAtLeast);
  if (!Number.isFinite(negativeAtMost) || !Number.isFinite(positiveAtLeast) || negativeAtMost >= positiveAtLeast) {
    return '--negative-at-most and --positive-at-least go together, as numbers, the first below the second (CSAT 1-5: 2 and 4)';
  }
  return { negativeAtMost, positiveAtLeast };
}

/** A row as an example: ratings when a scale was given, several intents from an array or a separated list. */
function toExample(text: string, value: unknown, rated: boolean, separator: string | undefined): Example {
  if (value === undefined || value === null || value === '') return { text };
  if (rated) return { text, rating: typeof value === 'string' ? Number(value) : (value as number) };
  if (Array.isArray(value)) return { text, intents: value as string[] };
  if (typeof value === 'string' && separator !== undefined && value.includes(separator)) {
    return {
      text,
      intents: value
        .split(separator)
        .map((label) => label.trim())
        .filter((label) => label !== ''),
    };
  }
  return { text, label: value as string };
}

const YES = new Set(['true', 'yes', '1']);
const NO = new Set(['false', 'no', '0']);

/** A row as a sarcasm example: true or false, in JSON or as a CSV cell (true/false, yes/no, 1/0). */
function sarcasmExample(text: string, value: unknown): Example {
  if (value === undefined || value === null || value === '') return { text };
  const word = typeof value === 'string' || typeof value === 'number' ? String(value).trim().toLowerCase() : undefined;
  // Anything else goes to fit() as it is, which names the example and what is wrong with it.
  const sarcastic = word === undefined ? value : YES.has(word) ? true : NO.has(word) ? false : value;
  return { text, sarcastic: sarcastic as boolean };
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

function summary(model: FittedModel, path: string, bad: number): string {
  const { training, evaluation } = model;
  const article = /^[aeiou]/.test(model.task) ? 'an' : 'a';
  const out: string[] = [
    `wrote ${path}: ${article} ${model.task} model over ${model.labels.length} labels, from ${training.examples} example(s)`,
  ];
  out.push(
    training.learner === 'linear-svm'
      ? `fitted by a linear SVM, its scores divided by ${training.temperature} into log-odds`
      : 'fitted by logistic regression',
  );
  const skipped = Object.entries(training.skipped);
  if (skipped.length > 0) out.push(`skipped: ${skipped.map(([reason, count]) => `${count} ${reason}`).join(', ')}`);
  if (bad > 0) out.push(`${bad} bad row(s), reported above`);
  if (training.candidates) {
    const kept = model.features.words === 0 ? "the lexicon's score alone" : "words and the lexicon's score";
    const tried = Object.entries(training.candidates).map(([name, f1]) => `${name} ${pct(f1)}`);
    out.push(`kept ${kept} (cross-validated macro-F1: ${tried.join(', ')})`);
  }
  if (model.task === 'sarcasm') {
    const where = training.prevalence === undefined ? '' : ` where ${pct(training.prevalence)} of texts are sarcastic`;
    const chosen = training.targetPrecision === undefined ? '' : ` (chosen for ${pct(training.targetPrecision)} precision${where})`;
    out.push(`reads a text as sarcastic from a probability of ${model.threshold}${chosen}`);
  }
  if (evaluation) {
    out.push(`${evaluation.folds}-fold cross-validation: accuracy ${pct(evaluation.accuracy)}, macro-F1 ${pct(evaluation.macroF1)}`);
    const width = Math.max(5, ...model.labels.map((label) => label.length));
    out.push(`  ${'label'.padEnd(width)}  precision  recall  support  top features`);
    for (const label of model.labels) {
      const figures = evaluation.classes[label]!;
      const top = topFeatures(model, label, 5).map((item) => item.feature);
      const cells = [
        label.padEnd(width),
        pct(figures.precision).padStart(9),
        pct(figures.recall).padStart(6),
        String(figures.support).padStart(7),
      ];
      out.push(`  ${cells.join('  ')}  ${top.join(', ')}`);
    }
  }
  return `${out.join('\n')}\n`;
}
