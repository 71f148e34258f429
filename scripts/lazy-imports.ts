import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';

/** How to load one dependency lazily. */
export interface LazyImport {
  /** The exports the source imports by name, each mapped to its name in the loaded module. Functions and classes only. */
  exports: Record<string, string>;
  /**
   * The file to load (`package/path/in/it.js`) when only part of a package is needed and its entry would load the
   * rest: htmlparser2's entry loads its parser, DOM handler and DOM utilities, cxtone needs its tokenizer. Found in
   * the nearest `node_modules`, as Node finds packages, since a package's exports map may not list the file.
   */
  file?: string;
}

/**
 * An esbuild plugin that bundles dependencies so that each is evaluated on the first call of one of its exports, not
 * when cxtone is imported. It is for dependencies that do real work as they load and that most texts never need:
 * tinyld builds its trigram tables (about 50 ms) and is only shown text that looks foreign; htmlparser2's entry loads
 * about 25 ms of modules and only HTML bodies need its tokenizer. Loaded on first use, they took the cold start (import
 * and first result) to 0.90× in ESM and 0.93× in CommonJS, in paired runs against the build that loaded them at import.
 *
 * The source keeps plain imports (`import { detect } from 'tinyld/light'`), which tsx and vitest run as they are. In
 * the build, such an import resolves to a small module whose functions `require()` the dependency when first called:
 * esbuild bundles a `require()`d module inside a wrapper that runs once, on that call, in the ESM and CommonJS builds
 * alike. Each export is called, or constructed with `new`, through a function of the same name.
 */
export function lazyImports(imports: Record<string, LazyImport>): Plugin {
  const specifiers = Object.keys(imports);
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const filter = new RegExp(`^(${specifiers.map(literal).join('|')})$`);
  return {
    name: 'lazy-imports',
    setup(build) {
      build.onResolve({ filter }, (args) => {
        // The wrapper's own require() resolves the real package.
        if (args.namespace === 'lazy-import') return undefined;
        return { path: args.path, namespace: 'lazy-import', pluginData: args.resolveDir };
      });
      build.onLoad({ filter: /.*/, namespace: 'lazy-import' }, (args) => {
        const resolveDir = args.pluginData as string;
        return { contents: wrapperSource(args.path, imports[args.path]!, resolveDir), resolveDir, loader: 'js' };
      });
    },
  };
}

function wrapperSource(specifier: string, { exports, file }: LazyImport, resolveDir: string): string {
  const target = file === undefined ? specifier : findInNodeModules(file, resolveDir);
  const forwarders = Object.entries(exports).map(
    ([name, loadedName]) => `export function ${name}(...args) {
  const target = load()[${JSON.stringify(loadedName)}];
  return new.target ? new target(...args) : target(...args);
}`,
  );
  return [`let loaded;`, `const load = () => (loaded ??= require(${JSON.stringify(target)}));`, ...forwarders].join('\n');
}

function findInNodeModules(file: string, from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', file);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`lazyImports: ${file} is in no node_modules above ${from}.`);
  }
}
