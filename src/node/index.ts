// cxtone/node: what only Node can run. The worker pool for scoring across cores.
export { createPool, MAX_THREADS_PER_CORE, PoolClosedError } from './pool.js';
export type { Pool, PoolOptions } from './pool.js';
