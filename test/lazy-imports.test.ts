import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, test } from 'vitest';
import { lazyImports } from '../scripts/lazy-imports.js';

// The build plugin that loads tinyld and htmlparser2's tokenizer on first use (tsup.config.ts), tried on a package
// that counts its own evaluations.
const root = mkdtempSync(join(tmpdir(), 'cxtone-lazy-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function writePackage(): void {
  const dir = join(root, 'node_modules', 'counted');
  mkdirSync(join(dir, 'lib'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'counted', main: 'index.js', exports: { '.': './index.js' } }));
  // The entry loads more than the part wanted, as htmlparser2's does.
  writeFileSync(
    join(dir, 'index.js'),
    `globalThis.evaluations.push('index');
exports.twice = (x) => 2 * x;
exports.Box = require('./lib/box.js').default;`,
  );
  writeFileSync(
    join(dir, 'lib', 'box.js'),
    `globalThis.evaluations.push('box');
export default class Box { constructor(value) { this.value = value; } }`,
  );
}

async function bundleWith(format: 'esm' | 'cjs', source: string, plugin: ReturnType<typeof lazyImports>): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: root },
    bundle: true,
    format,
    platform: 'neutral',
    write: false,
    plugins: [plugin],
    logLevel: 'silent',
  });
  bundles++;
  const file = join(root, `bundle-${bundles}.${format === 'esm' ? 'mjs' : 'cjs'}`);
  writeFileSync(file, result.outputFiles[0]!.text);
  return file;
}
let bundles = 0;

describe('lazyImports (build plugin)', () => {
  writePackage();
  const evaluations: string[] = [];
  (globalThis as { evaluations?: string[] }).evaluations = evaluations;

  test.each(['esm', 'cjs'] as const)('%s: the dependency is evaluated on the first call, once, not on import', async (format) => {
    evaluations.length = 0;
    const file = await bundleWith(
      format,
      `import { twice } from 'counted'; export const run = (x) => twice(x);`,
      lazyImports({ counted: { exports: { twice: 'twice' } } }),
    );
    const bundle = await import(pathToFileURL(file).href);
    expect(evaluations).toEqual([]);
    expect(bundle.run(21)).toBe(42);
    expect(bundle.run(2)).toBe(4);
    expect(evaluations).toEqual(['index', 'box']);
  });

  test('`file` loads one part of a package, and classes are constructed through their forwarder', async () => {
    evaluations.length = 0;
    const file = await bundleWith(
      'esm',
      `import { Box } from 'counted'; export const make = (v) => new Box(v);`,
      lazyImports({ counted: { file: 'counted/lib/box.js', exports: { Box: 'default' } } }),
    );
    const bundle = await import(pathToFileURL(file).href);
    expect(evaluations).toEqual([]);
    expect(bundle.make(3).value).toBe(3);
    // Only the part was bundled: the package's entry never ran.
    expect(evaluations).toEqual(['box']);
  });
});
