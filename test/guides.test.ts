// The guides' TypeScript examples, run as written: every ```ts block in docs/guides executes, and a line
// `console.log(value); // → expected` asserts that the value prints as `expected`.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, test } from 'vitest';

const guides = new URL('../docs/guides/', import.meta.url);
const scratch = new URL('../test-artifacts/guides/', import.meta.url);
const entries: Record<string, string> = {
  cxtone: '../../src/index.js',
  'cxtone/rollup': '../../src/rollup/index.js',
  'cxtone/lexicons': '../../src/lexicons.js',
  'cxtone/fit': '../../src/fit/index.js',
  'cxtone/inputs': '../../src/inputs/index.js',
};

/** The ```ts blocks of a markdown file, with the line each starts on. */
function typescriptBlocks(markdown: string): { line: number; code: string }[] {
  const blocks: { line: number; code: string }[] = [];
  for (const match of markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)) {
    blocks.push({ line: markdown.slice(0, match.index).split('\n').length, code: match[1]! });
  }
  return blocks;
}

/** Rewrites package imports to the sources and expected-output comments to checks. */
function runnable(code: string): string {
  const imports = code.replace(/from '(cxtone(?:\/\w+)?)'/g, (_whole, entry: string) => {
    if (!(entry in entries)) throw new Error(`the guide imports an unknown entry ${entry}`);
    return `from '${entries[entry]}'`;
  });
  const checks = imports.replace(
    /^(\s*)console\.log\((.*)\); \/\/ → (.*)$/gm,
    (_whole, indent: string, value: string, expected: string) => `${indent}__expectPrinted(${value}, ${JSON.stringify(expected)});`,
  );
  return (
    `const __expectPrinted = (value: unknown, expected: string) => (globalThis as any).__expectPrinted(value, ` +
    `expected);\n${checks}\nexport {};\n`
  );
}

const files = readdirSync(guides).filter((name) => name.endsWith('.md'));
// Every example as a module of its own, written before the tests so the type check sees them all.
mkdirSync(scratch, { recursive: true });
const examples = files.flatMap((name) =>
  typescriptBlocks(readFileSync(new URL(name, guides), 'utf8')).map((block, k) => {
    const file = new URL(`${name.replace(/\.md$/, '')}-${k}.ts`, scratch);
    writeFileSync(file, runnable(block.code));
    return { name, block, file };
  }),
);

test('there are guides with examples to run', () => {
  expect(files.length).toBeGreaterThanOrEqual(5);
});

test('the examples typecheck against the public types', () => {
  const { config } = ts.readConfigFile(fileURLToPath(new URL('../tsconfig.json', import.meta.url)), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, fileURLToPath(new URL('..', import.meta.url)));
  const program = ts.createProgram(
    examples.map(({ file }) => fileURLToPath(file)),
    { ...options, noEmit: true, types: [] },
  );
  const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file
      ? `${diagnostic.file.fileName.split('/').pop()}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line}`
      : '';
    return `${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
  expect(problems).toEqual([]);
}, 60_000);

for (const { name, block, file } of examples) {
  test(`${name}:${block.line} runs and prints what it says`, async () => {
    const checked: string[] = [];
    (globalThis as { __expectPrinted?: unknown }).__expectPrinted = (value: unknown, expected: string) => {
      const printed = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
      expect(printed, `${name}:${block.line}`).toBe(expected);
      checked.push(expected);
    };
    await import(/* @vite-ignore */ `${file.href}?t=${Date.now()}`);
    expect(checked.length, 'every expected-output comment was checked').toBe(block.code.match(/\/\/ → /g)?.length ?? 0);
  });
}
