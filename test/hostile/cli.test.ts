// The `cxtone` command on careless input and broken outputs (issue 22), run as users run it: dist/cli.js.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'cxtone-hostile-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const run = (args: string[], input?: string | Buffer) => {
  const result = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
/** Runs through a shell, for redirections a child-process API cannot express. */
const shell = (command: string) => {
  const result = spawnSync('bash', ['-c', command], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const labels = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line).label);

describe('input', () => {
  test('a UTF-8 byte-order mark does not cost the first JSONL row', () => {
    const input = file('bom.jsonl', '\uFEFF{"text":"Great support!"}\n{"text":"Nothing works."}\n');
    const { code, stdout } = run(['analyze', input, '--fields', 'label']);
    expect(code).toBe(0);
    expect(labels(stdout)).toEqual(['positive', 'negative']);
  });

  test('JSONL on standard input is read as JSONL, plain lines as text', () => {
    expect(labels(run(['analyze', '-', '--fields', 'label'], '{"text":"Great support!"}\n{"text":"Nothing works."}\n').stdout)).toEqual([
      'positive',
      'negative',
    ]);
    expect(labels(run(['analyze', '-', '--fields', 'label'], 'Great support!\nNothing works.\n').stdout)).toEqual(['positive', 'negative']);
  });

  test('an unclosed CSV quote is reported with the lines it swallowed', () => {
    const input = file('quote.csv', 'id,text\n1,fine thanks\n2,"never closed\n3,lost\n4,lost too\n');
    const { code, stdout, stderr } = run(['analyze', input, '--fields', 'label']);
    expect(code).toBe(2);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/line 3: a quoted field opens here and is never closed, so lines 3 to \d+ could not be read as rows/);
  });

  test('a missing text column stops at once with the columns found and a hint', () => {
    const csv = run(['analyze', file('body.csv', 'ticket,body\n1,hello\n2,world\n')]);
    expect(csv.code).toBe(1);
    expect(csv.stderr).toBe(
      'cxtone: the header has no "text" column; its columns are "ticket", "body". Name the one that holds the text with --text-column.\n',
    );
    const jsonl = run(['analyze', file('body.jsonl', '{"body":"hello"}\n{"body":"world"}\n')]);
    expect(jsonl.code).toBe(1);
    expect(jsonl.stderr).toContain('the first record (line 1) has no "text" field; its fields are "body"');
    expect(run(['analyze', file('body2.csv', 'ticket,body\n1,hello\n'), '--text-column', 'body']).code).toBe(0);
  });

  test('a binary file is one short error, not a screen of NUL bytes', () => {
    const binary = Buffer.from(Array.from({ length: 4000 }, (_, k) => (k * 37) % 256));
    const { code, stderr, stdout } = run(['analyze', file('blob.jsonl', binary)]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('cxtone: the input looks binary (it holds NUL bytes); cxtone reads UTF-8 text: JSONL, CSV or plain lines.\n');
  });
});

describe('output', () => {
  test('CSV cells that would run as spreadsheet formulas are escaped, unless asked not to', () => {
    const input = file('formula.csv', 'id,text\n"=HYPERLINK(""http://x"")",great\n+1,awful\n');
    const escaped = run(['analyze', input, '--format', 'csv', '--fields', 'label']).stdout.trim().split('\n');
    expect(escaped.slice(1)).toEqual([`2,"'=HYPERLINK(""http://x"")",positive`, "3,'+1,negative"]);
    const raw = run(['analyze', input, '--format', 'csv', '--fields', 'label', '--no-escape-formulas']).stdout.trim().split('\n');
    expect(raw[1]).toBe('2,"=HYPERLINK(""http://x"")",positive');
  });

  test('rollup CSV escapes formulas in account names and quotes', () => {
    const input = file(
      'records.jsonl',
      `${JSON.stringify({ id: 'r', accountId: '@evil', at: '2026-11-01', result: { score: -0.5, label: 'negative' } })}\n`,
    );
    const [, row] = run(['rollup', input, '--format', 'csv']).stdout.trim().split('\n');
    expect(row!.startsWith("'@evil,")).toBe(true);
  });

  test('a full disk is a clear error and exit 1, not a stack trace', () => {
    const { code, stderr } = shell(`${process.execPath} ${cli} analyze --text "Great support" > /dev/full`);
    expect(code).toBe(1);
    expect(stderr).toBe('cxtone: cannot write the output: ENOSPC: no space left on device, write\n');
  });

  test.runIf(process.platform === 'linux')('a closed standard output is an error, and /dev/null is not', () => {
    const closed = shell(`${process.execPath} ${cli} analyze --text "Great support" >&-`);
    expect(closed.code).toBe(1);
    expect(closed.stderr).toContain('standard output is closed');
    expect(shell(`${process.execPath} ${cli} analyze --text "Great support" > /dev/null`).code).toBe(0);
  });

  test('--concurrency is bounded by the cores', () => {
    const { code, stderr } = run(['analyze', '--text', 'hi', '--concurrency', '100000']);
    expect(code).toBe(1);
    expect(stderr).toContain(`--concurrency must be a whole number from 1 to ${2 * availableParallelism()}`);
  });
});
