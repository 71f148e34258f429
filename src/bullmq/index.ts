// cxtone/bullmq: scoring and rolling up on a BullMQ queue (Node only; `bullmq` and `ioredis` are optional peer
// dependencies, installed by the application). Producers enqueue interactions, workers in any number of processes
// fold them into per-shard rollup states in Redis exactly once, and readers merge the shards on demand.
export { enqueueInteractions } from './producer.js';
export type { EnqueueOptions, RollupJob } from './producer.js';
export { startRollupWorker } from './worker.js';
export type { JobOutcome, RollupWorker, RollupWorkerOptions } from './worker.js';
export { readQueueRollup } from './reader.js';
export type { QueueRollup } from './reader.js';
export type { QueueRecord } from './records.js';
export type { RedisTarget } from './connection.js';
export { shardOf } from './keys.js';
