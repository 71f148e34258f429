import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', lexicons: 'src/lexicons.ts', rollup: 'src/rollup/index.ts', fit: 'src/fit/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // The core is browser-safe: no Node built-ins, so it must build for a neutral platform.
    platform: 'neutral',
    target: 'es2020',
    outDir: 'dist',
  },
  {
    // Node only, ESM, never imported by the library entries: the command line and the worker pool.
    entry: { cli: 'src/cli/index.ts', node: 'src/node/index.ts', worker: 'src/node/worker.ts' },
    dts: { entry: { node: 'src/node/index.ts' } },
    tsconfig: 'tsconfig.node.json',
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    outDir: 'dist',
    sourcemap: true,
  },
]);
