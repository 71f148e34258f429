import { defineConfig, type Options } from 'tsup';
import { lazyImports } from './scripts/lazy-imports.js';

// Language detection and the HTML tokenizer are bundled into every build and load on first use, not with cxtone
// (scripts/lazy-imports.ts): most texts need neither, and loading them at import cost 10 % of the ESM cold start and
// 7 % of the CommonJS one (paired runs). Bundled, they are no runtime dependencies, and the CommonJS build has its own
// copy of htmlparser2, which ships as ES modules only (require() cannot load those on every Node version cxtone
// supports).
const bundledOnFirstUse: Options = {
  noExternal: ['tinyld', 'htmlparser2'],
  esbuildPlugins: [
    lazyImports({
      'tinyld/light': { exports: { detect: 'detect' } },
      htmlparser2: { file: 'htmlparser2/dist/Tokenizer.js', exports: { Tokenizer: 'default' } },
    }),
  ],
};

// wink's model data is imported as JSON, which an ES module may only do `with { type: 'json' }`; esbuild drops the
// attribute for targets before ES2025 unless told that the runtime has it (Node 18.20 and 20.10 on, and the bundlers).
const keepImportAttributes: Options = {
  esbuildOptions(options) {
    options.supported = { ...options.supported, 'import-attributes': true };
  },
};

const library: Options = {
  entry: {
    index: 'src/index.ts',
    lexicons: 'src/lexicons.ts',
    rollup: 'src/rollup/index.ts',
    fit: 'src/fit/index.ts',
    inputs: 'src/inputs/index.ts',
  },
  dts: true,
  sourcemap: true,
  // The core is browser-safe: no Node built-ins, so it must build for a neutral platform.
  platform: 'neutral',
  target: 'es2020',
  ...keepImportAttributes,
  outDir: 'dist',
  ...bundledOnFirstUse,
};

export default defineConfig([
  { ...library, format: ['esm'] },
  { ...library, format: ['cjs'] },
  {
    // Node only, ESM, never imported by the library entries: the command line, the worker pool and the queue workers
    // (bullmq and ioredis stay external: optional peer dependencies the application installs).
    entry: { cli: 'src/cli/index.ts', node: 'src/node/index.ts', worker: 'src/node/worker.ts', bullmq: 'src/bullmq/index.ts' },
    dts: { entry: { node: 'src/node/index.ts', bullmq: 'src/bullmq/index.ts' } },
    tsconfig: 'tsconfig.node.json',
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    outDir: 'dist',
    sourcemap: true,
    ...bundledOnFirstUse,
    ...keepImportAttributes,
  },
]);
