import { CxtoneError } from '../index.js';
import { EXIT } from './exit.js';
import { loadModels } from './models.js';
import { openInput, readRows } from './read.js';

// `cxtone worker` and `cxtone enqueue`: the command-line side of cxtone/bullmq. bullmq and ioredis are optional peer
// dependencies, loaded only here, so the rest of the command runs without them.

export interface WorkerCommandOptions {
  redis: string;
  queue: string;
  model?: string[];
  lockDuration?: string;
  stalledInterval?: string;
  dedupeDays?: string;
}

export interface EnqueueCommandOptions {
  redis: string;
  queue: string;
  shards?: string;
  batchSize?: string;
}

const MISSING = 'this command needs the bullmq and ioredis packages: npm install bullmq ioredis';

async function loadQueueModule() {
  try {
    return await import('../bullmq/index.js');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

function fail(message: string): number {
  process.stderr.write(`cxtone: ${message.replace(/^cxtone: /, '')}\n`);
  return EXIT.usage;
}

const whole = (value: string | undefined) => (value === undefined ? undefined : Number(value));

/** Runs a worker until SIGINT or SIGTERM, then finishes the job in hand and exits 0. */
export async function workerCommand(options: WorkerCommandOptions): Promise<number> {
  const queue = await loadQueueModule();
  if (!queue) return fail(MISSING);
  const models = loadModels(options.model ?? []);
  if (typeof models === 'string') return fail(models);
  let worker: Awaited<ReturnType<typeof queue.startRollupWorker>>;
  try {
    worker = await queue.startRollupWorker({
      redis: options.redis,
      queue: options.queue,
      analyzer: models.length > 0 ? { models } : {},
      lockDuration: whole(options.lockDuration),
      stalledInterval: whole(options.stalledInterval),
      dedupeDays: whole(options.dedupeDays),
    });
  } catch (error) {
    if (error instanceof CxtoneError) return fail(error.message);
    throw error;
  }
  process.stderr.write(`cxtone worker: waiting for jobs on "${options.queue}"\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await worker.close();
  return EXIT.ok;
}

/** Enqueues the records of a JSONL file; a line that is not JSON is reported and skipped, never enqueued. */
export async function enqueueCommand(input: string, options: EnqueueCommandOptions): Promise<number> {
  const queue = await loadQueueModule();
  if (!queue) return fail(MISSING);
  let bad = 0;
  let read = 0;
  async function* records() {
    for await (const row of readRows(openInput(input), 'jsonl', null)) {
      if (row.error !== undefined) {
        bad++;
        process.stderr.write(`line ${row.line}: ${row.error}\n`);
        continue;
      }
      read++;
      yield row.fields as never;
    }
  }
  try {
    const jobs = await queue.enqueueInteractions(records(), {
      redis: options.redis,
      queue: options.queue,
      shards: whole(options.shards),
      batchSize: whole(options.batchSize),
    });
    process.stderr.write(`${read} record(s) enqueued in ${jobs} job(s) on "${options.queue}", ${bad} bad line(s)\n`);
  } catch (error) {
    if (error instanceof CxtoneError || (error as NodeJS.ErrnoException).code === 'ENOENT') return fail((error as Error).message);
    throw error;
  }
  return bad > 0 ? EXIT.badRows : EXIT.ok;
}
