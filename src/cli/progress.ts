import { SingleBar } from 'cli-progress';

/** Progress on stderr with rate and ETA, only when results go to a file or pipe and a person watches stderr. */
export interface Progress {
  update(rows: number, bytes: number): void;
  stop(): void;
}

const QUIET: Progress = { update() {}, stop() {} };

export function createProgress(totalBytes: number | undefined, enabled: boolean): Progress {
  if (!enabled) return QUIET;
  const bar = new SingleBar({
    stream: process.stderr,
    format:
      totalBytes === undefined
        ? '{rows} rows | {rate} rows/s'
        : '[{bar}] {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}',
    hideCursor: true,
    fps: 5,
  });
  bar.start(totalBytes ?? 1, 0, { rows: 0, rate: 0 });
  const started = Date.now();
  return {
    update(rows, bytes) {
      const seconds = (Date.now() - started) / 1000;
      bar.update(totalBytes === undefined ? 0 : Math.min(bytes, totalBytes), { rows, rate: seconds > 0 ? Math.round(rows / seconds) : 0 });
    },
    stop() {
      bar.stop();
    },
  };
}

/** Progress shows when stdout is redirected and stderr is a terminal. */
export const wantsProgress = () => !process.stdout.isTTY && process.stderr.isTTY === true;
