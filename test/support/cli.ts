// Runs the built `cxtone` command (dist/cli.js) in a child process, as users run it, with input files in a fresh
// temporary directory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = new URL('../../dist/cli.js', import.meta.url).pathname;

/** A temporary directory, a way to write files into it, and a way to run the command. */
export function cliHarness(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const run = (args: string[], input?: string) => {
    const result = spawnSync(process.execPath, [cli, ...args], {
      input,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  return { dir, file, run, cli };
}
