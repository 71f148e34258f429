// One queue worker process for the integration tests: `node --import tsx queue-worker.ts <redis url> <queue>`.
// Takes over stalled jobs within a second or two, so that a killed worker's batch is retried while the test waits.
import { startRollupWorker } from '../../src/bullmq/index.js';

const [url, queue] = process.argv.slice(2) as [string, string];
const worker = await startRollupWorker({ redis: url, queue, lockDuration: 2000, stalledInterval: 1000 });
process.stderr.write('ready\n');
const stop = async () => {
  await worker.close();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
