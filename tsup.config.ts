import { defineConfig, type Options } from 'tsup';

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
  outDir: 'dist',
};

export default defineConfig([
  { ...library, format: ['esm'] },
  // htmlparser2 ships as ES modules only, which require() cannot load on every Node version cxtone supports: the
  // CommonJS build carries its own copy.
  { ...library, format: ['cjs'], noExternal: ['htmlparser2'] },
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
  },
]);
