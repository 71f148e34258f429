import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', lexicons: 'src/lexicons.ts', rollup: 'src/rollup/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  // The core is browser-safe: no Node built-ins, so it must build for a neutral platform.
  platform: 'neutral',
  target: 'es2020',
  outDir: 'dist',
});
