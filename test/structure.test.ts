// The source is layered, and the layers only look down (issue 16): a lower layer never imports a higher one,
// the rollup never imports the NLP side, and no module imports itself through others.
//
//   base (errors, result, math, dict, presence) ← doc ← lexicon, patterns ← rules ← scorers, model (fitted models read)
//     ← analyze (analyze, options, lexicons, batch) ← conversation, fit, inputs, node, bullmq, cli, index (the public surface)
//   rollup: base only
//
// Rules sit above the lexicon because they read its entries (a rule scales lexicon matches); the shared pieces
// that rules and patterns both need (clauses, windows, negators, quote marks) live in doc/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const SRC = new URL('../src/', import.meta.url).pathname;
const LAYERS: Record<string, number> = {
  errors: 0,
  result: 0,
  math: 0,
  dict: 0,
  presence: 0,
  doc: 1,
  lexicon: 2,
  patterns: 2,
  rules: 3,
  scorers: 4,
  model: 4,
  analyze: 5,
  options: 5,
  lexicons: 5,
  batch: 5,
  conversation: 6,
  fit: 6,
  inputs: 6,
  node: 6,
  bullmq: 6,
  cli: 6,
  index: 6,
  rollup: 1,
};
const BASE = new Set(['errors', 'result', 'math', 'dict', 'presence']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** The layer of a file: its folder under src/, or its own name for a file at the top. */
const layerOf = (file: string) => {
  const parts = relative(SRC, file).split('/');
  return parts.length > 1 ? parts[0]! : parts[0]!.replace(/\.ts$/, '');
};

/** Relative imports and re-exports of a file, type-only ones included, resolved to .ts paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'(\.[^']+)'/gms)].map((match) =>
    resolve(dirname(file), match[1]!).replace(/\.js$/, '.ts'),
  );
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((file) => [file, importsOf(file)]));

describe('structure', () => {
  test('every file belongs to a known layer', () => {
    expect(files.map(layerOf).filter((layer) => LAYERS[layer] === undefined)).toEqual([]);
  });

  test('no import runs from a lower layer to a higher one, and the rollup imports nothing from the NLP side', () => {
    const wrong: string[] = [];
    for (const [file, imports] of graph) {
      const from = layerOf(file);
      for (const target of imports) {
        const to = layerOf(target);
        if (from === to) continue;
        const upward = LAYERS[to]! > LAYERS[from]!;
        const rollupLeak = from === 'rollup' && !BASE.has(to);
        if (upward || rollupLeak) wrong.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('no line of library source is longer than 140 characters', () => {
    const long = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, k) => ([...line].length > 140 ? [`${relative(SRC, file)}:${k + 1}`] : [])),
    );
    expect(long).toEqual([]);
  });

  test('no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      stack.push(file);
      for (const target of graph.get(file) ?? []) {
        if (state.get(target) === 'open')
          cycles.push([...stack.slice(stack.indexOf(target)), target].map((path) => relative(SRC, path)).join(' → '));
        else if (!state.has(target)) visit(target);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
