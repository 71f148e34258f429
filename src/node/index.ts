// cxtone/node: what only Node can run. The worker pool for scoring across cores.
export { createPool } from './pool.js';
export type { Pool, PoolOptions } from './pool.js';
