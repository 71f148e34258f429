#!/usr/bin/env node
// The `cxtone` command: score files of customer text, and roll scored interactions up to accounts.
import { Command } from 'commander';
import pkg from '../../package.json';
import { analyzeCommand } from './analyzeCommand.js';
import { CONVERSATION_FORMATS } from './conversationCommand.js';
import { fitCommand } from './fitCommand.js';
import { sampleCommand } from './sampleCommand.js';
import { EXIT } from './exit.js';
import { FIELDS } from './fields.js';
import { checkOutputOpen, failOutput } from './output.js';
import { enqueueCommand, workerCommand } from './queueCommands.js';
import { rollupCommand } from './rollupCommand.js';

process.stdout.on('error', failOutput);

// Options several commands share, worded once.
const NO_ESCAPE_FORMULAS = [
  '--no-escape-formulas',
  "write CSV cells that start with = + - @ as they are (by default they get a leading ' so spreadsheets do not run them)",
] as const;
const TEXT_COLUMN = ['--text-column <name>', 'the JSONL field or CSV column holding the text', 'text'] as const;

const program = new Command('cxtone')
  .description('How customers feel, about what, and what they are about to do.')
  .version(pkg.version)
  .showHelpAfterError();

program
  .command('analyze')
  .description('score JSONL, CSV or plain-text lines, or conversations (help-desk exports, e-mail, transcripts); results on stdout')
  .argument('[file]', 'input file, or - for standard input')
  .option('--format <format>', 'output: jsonl or csv', 'jsonl')
  .option(
    '--input-format <format>',
    `jsonl, csv, text, or a conversation format: ${CONVERSATION_FORMATS.join(', ')} (default: from the file name)`,
  )
  .option('--agents <names>', 'comma-separated speaker names on the vendor side, for transcripts and e-mail')
  .option(...TEXT_COLUMN)
  .option('--fields <list>', `comma-separated: ${FIELDS.join(', ')}`)
  .option('--aspects', 'score aspects too (implied by --fields aspects)')
  .option('--subject <patterns>', 'comma-separated patterns naming what the texts are about ("acme,acme app"): not reported as aspects')
  .option('--text <text>', 'analyze this text instead of a file')
  .option('--explain', 'a readable, coloured view of each text with its evidence highlighted')
  .option('--strict', 'stop at the first bad row (exit 3) instead of reporting it and going on')
  .option('--concurrency <n>', 'score on n worker threads (default 1: this thread, at most 2 per core); output keeps the input order')
  .option('--model <file...>', 'fitted model(s) from cxtone fit: their verdicts fill label, score and intents')
  .option(...NO_ESCAPE_FORMULAS)
  .action(async (file, options) => {
    checkOutputOpen();
    process.exitCode = await analyzeCommand(file, options);
  });

program
  .command('rollup')
  .description('roll interaction records (JSONL with accountId, at, and result or text) up to accounts, with alerts')
  .argument('[records]', 'records file, or - for standard input (or --from-redis)')
  .option('--from-redis <url>', "read the merged state of a queue's workers instead (with --queue)")
  .option('--queue <name>', 'the queue, with --from-redis')
  .option('--format <format>', 'output: json or csv', 'json')
  .option('--sort <key>', 'risk, score or volume', 'risk')
  .option(
    '--alerts <file>',
    'JSON array of alert rules (default: support below -0.3 for 14 days, champion streak, churn intent, escalation risk)',
  )
  .option('--window-days <n>', 'days of history to summarize (default 90)')
  .option('--half-life-days <n>', 'decay half-life in days (default 14)')
  .option('--strict', 'stop at the first bad record (exit 3)')
  .option(...NO_ESCAPE_FORMULAS)
  .action(async (file, options) => {
    checkOutputOpen();
    process.exitCode = await rollupCommand(file, options);
  });

program
  .command('fit')
  .description('fit a sentiment, intent or sarcasm model to labelled texts (JSONL or CSV); writes the model, prints its figures')
  .argument('<file>', 'labelled texts, or - for standard input')
  .requiredOption('--label-field <name>', 'the field or column holding the label, rating or intents')
  .option('-o, --output <file>', 'where to write the model (JSON)')
  .option(...TEXT_COLUMN)
  .option('--input-format <format>', 'jsonl or csv (default: from the file name)')
  .option(
    '--task <task>',
    'sentiment, intents or sarcasm (default: sarcasm for true/false labels, sentiment when every label is positive, negative or neutral)',
  )
  .option('--name <name>', 'the model name: the source of its evidence', 'fitted')
  .option('--negative-at-most <rating>', 'labels are ratings: this and below are negative (CSAT 1-5: 2; NPS: 6)')
  .option('--positive-at-least <rating>', 'labels are ratings: this and above are positive (CSAT 1-5: 4; NPS: 9)')
  .option('--label-separator <text>', 'several intents in one CSV cell, split at this (e.g. ";")')
  .option('--folds <n>', 'cross-validation folds for the figures (default 5; 0 to skip)')
  .option(
    '--learner <learner>',
    'linear-svm or logistic-regression (default: linear-svm for one intent per text, logistic-regression otherwise)',
  )
  .option('--target-precision <share>', 'sarcasm: the cross-validated precision the threshold must reach (default 0.75)')
  .option('--prevalence <share>', "sarcasm: the share of sarcastic texts where the model will be used (default: the examples')")
  .option('--seed <n>', 'seed of the folds and the learning order (default 1)')
  .action(async (file, options) => {
    process.exitCode = await fitCommand(file, options);
  });

program
  .command('sample')
  .description('pick the texts most worth labelling next: least confident verdicts, near-duplicates left out')
  .argument('<file>', 'JSONL, CSV or text lines, or - for standard input')
  .option('--n <count>', 'how many to pick', '200')
  .option('--model <file...>', "fitted model(s): be unsure by their verdicts instead of the lexicon's")
  .option(...TEXT_COLUMN)
  .option('--input-format <format>', 'jsonl, csv or text (default: from the file name)')
  .option('--format <format>', 'output: jsonl or csv', 'jsonl')
  .option(...NO_ESCAPE_FORMULAS)
  .action(async (file, options) => {
    checkOutputOpen();
    process.exitCode = await sampleCommand(file, options);
  });

program
  .command('worker')
  .description('score and roll up the interactions of a BullMQ queue, exactly once (needs bullmq and ioredis)')
  .requiredOption('--redis <url>', 'the Redis server, e.g. redis://127.0.0.1:6379')
  .requiredOption('--queue <name>', 'the queue to work on')
  .option('--model <file...>', 'fitted model(s) to score with')
  .option('--lock-duration <ms>', "how long a job is this worker's before another may take it over (default 30000)")
  .option('--stalled-interval <ms>', 'how often jobs of dead workers are looked for (default 30000)')
  .option('--dedupe-days <n>', "keep record ids n days past the records' dates, not for good (set by the queue's first worker)")
  .action(async (options) => {
    process.exitCode = await workerCommand(options);
  });

program
  .command('enqueue')
  .description('add interaction records (JSONL: id, accountId, at, text or result) to a BullMQ queue')
  .argument('<records>', 'records file, or - for standard input')
  .requiredOption('--redis <url>', 'the Redis server, e.g. redis://127.0.0.1:6379')
  .requiredOption('--queue <name>', 'the queue to add to')
  .option('--shards <n>', "shards of the queue's state (set by its first producer; default 16)")
  .option('--batch-size <n>', 'records per job (default 500)')
  .action(async (file, options) => {
    process.exitCode = await enqueueCommand(file, options);
  });

program.exitOverride((error) => {
  process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.usage);
});

await program.parseAsync();
