// Bundles the package's browser entry (with wink-nlp and its model) into docs/playground/cxtone.js.
//   npx tsx scripts/build-playground.ts
import { build } from 'esbuild';

await build({
  entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  outfile: new URL('../docs/playground/cxtone.js', import.meta.url).pathname,
  logLevel: 'warning',
});
console.log('docs/playground/cxtone.js written');
