import { defineConfig } from 'tsup';

export default defineConfig([{
  entry: { index: 'src/index.ts', lexicons: 'src/lexicons.ts', rollup: 'src/rollup/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  // The core is browser-safe: no Node built-ins, so it must build for a neutral platform.
  platform: 'neutral',
  target: 'es2020',
  outDir: 'dist',
}, {
  // The command line: Node only, ESM, never imported by the library entries.
  entry: { cli: 'src/cli/index.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  outDir: 'dist',
  banner: { js: '#!/usr/bin/env node' },
  sourcemap: true,
}]);
