// Smoke tests against the built package (run `npm run build` first): the ESM and CJS entries, the
// lexicons subpath, the type declarations, and a browser bundle with no Node built-ins.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';

const dist = new URL('../dist/', import.meta.url);
const require = createRequire(import.meta.url);
const text = 'Great, now our entire production environment is down. Not happy.';

describe('dist', () => {
  test('is built', () => {
    for (const file of [
      'index.js',
      'index.cjs',
      'index.d.ts',
      'index.d.cts',
      'lexicons.js',
      'lexicons.cjs',
      'rollup.js',
      'rollup.cjs',
      'rollup.d.ts',
    ]) {
      expect(existsSync(new URL(file, dist)), file).toBe(true);
    }
  });

  test('the ESM entry analyzes and throws typed errors', async () => {
    const cxtone = await import(new URL('index.js', dist).href);
    const result = cxtone.analyze(text);
    expect(result.sentiment.label).toBe('negative');
    expect(text.slice(result.evidence[1].start, result.evidence[1].end)).toBe(result.evidence[1].text);
    expect(() => cxtone.analyze(42)).toThrow(cxtone.InvalidInputError);
  });

  test('the CJS entry gives the same result', async () => {
    const esm = await import(new URL('index.js', dist).href);
    const cjs = require('../dist/index.cjs');
    expect(cjs.analyze(text)).toEqual(esm.analyze(text));
    expect(() => cjs.createAnalyzer({ nope: 1 })).toThrow(/unknown option "nope"/);
  });

  test('the lexicons subpath exports the built-in packs', async () => {
    const { defaultLexicons, b2bSupportLexicon, situationsLexicon, emotionLexicon, intentLexicon } = await import(
      new URL('lexicons.js', dist).href
    );
    expect(defaultLexicons.map((lexicon: { name: string }) => lexicon.name)).toEqual([
      'base',
      'opinion',
      'emoji',
      'b2b-support',
      'situations',
      'emotion',
      'intents',
      'taxonomy',
    ]);
    expect(b2bSupportLexicon.entries.outage).toBeLessThan(0);
    expect(Object.values(situationsLexicon.situations).every((value) => (value as number) < 0)).toBe(true);
    expect(emotionLexicon.emotions.frustration['fed up']).toBeGreaterThan(0);
    expect(intentLexicon.intents.churn.length).toBeGreaterThan(0);
  });

  test('bundles for the browser without Node built-ins', async () => {
    const output = await build({
      entryPoints: [new URL('index.js', dist).pathname],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    expect(output.errors).toEqual([]);
    expect(output.outputFiles[0]!.text).not.toMatch(/from\s*["']node:/);
  });
});

describe('dist cxtone/rollup', () => {
  test('rolls up in ESM and CJS alike', async () => {
    const esm = await import(new URL('rollup.js', dist).href);
    const cjs = require('../dist/rollup.cjs');
    const records = [{ id: 'a', accountId: 'acme', at: '2026-03-01T10:00:00Z', result: { score: -0.5, label: 'negative' } }];
    expect(esm.rollup(records).accounts[0].score).toBe(-0.5);
    expect(cjs.rollup(records)).toEqual(esm.rollup(records));
  });

  test('never pulls in the NLP pipeline', async () => {
    const output = await build({
      entryPoints: [new URL('rollup.js', dist).pathname],
      bundle: true,
      minify: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const code = output.outputFiles[0]!.text;
    expect(code).not.toMatch(/wink/);
    expect(code.length).toBeLessThan(30_000);
  });
});

describe('dist cxtone/fit', () => {
  test('fits in ESM and CJS alike, and the main entry reads the model back', async () => {
    const esm = await import(new URL('fit.js', dist).href);
    const cjs = require('../dist/fit.cjs');
    const examples = [
      ...['slow', 'broken', 'awful', 'late', 'lost'].map((word, index) => ({ text: `${word} again ${index}`, label: 'negative' })),
      ...['quick', 'fixed', 'lovely', 'early', 'found'].map((word, index) => ({ text: `${word} again ${index}`, label: 'positive' })),
    ];
    const model = esm.fit(examples, { folds: 0, minCount: 1 });
    expect(JSON.stringify(cjs.fit(examples, { folds: 0, minCount: 1 }))).toBe(JSON.stringify(model));
    const cxtone = await import(new URL('index.js', dist).href);
    const analyzer = cxtone.createAnalyzer({ models: [cxtone.readModel(JSON.parse(JSON.stringify(model)))] });
    expect(analyzer.analyze('broken again').sentiment.model.model).toBe('fitted');
  });
});

describe('dist HTML, languages and cxtone/inputs', () => {
  test('ESM and CJS read HTML bodies and languages alike (the CJS build carries its own htmlparser2)', async () => {
    const esm = await import(new URL('index.js', dist).href);
    const cjs = require('../dist/index.cjs');
    const html = '<div>The export is <b>still broken</b>.</div><div class="gmail_quote">Great news, fixed!</div>';
    expect(JSON.stringify(cjs.analyze(html))).toBe(JSON.stringify(esm.analyze(html)));
    expect(esm.analyze(html).sentiment.label).toBe('negative');
    expect(cjs.analyze('Hola, no puedo acceder a mi cuenta desde ayer.').language).toEqual({ code: 'es', scored: false });
  });

  test('cxtone/inputs reads exports, e-mail and captions in ESM and CJS', async () => {
    const esm = await import(new URL('inputs.js', dist).href);
    const cjs = require('../dist/inputs.cjs');
    for (const inputs of [esm, cjs]) {
      const ticket = inputs.fromZendesk({
        ticket: { id: 1, requester_id: 2 },
        comments: [{ author_id: 2, public: true, body: 'Broken.' }],
      });
      expect(ticket.turns).toEqual([{ speaker: 'user 2', role: 'customer', text: 'Broken.' }]);
      expect(inputs.parseWebVtt('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Dana>Hi</v>')).toEqual([
        { speaker: 'Dana', text: 'Hi', at: 1, end: 2 },
      ]);
      const email = await inputs.parseEmail('From: Dana <d@x.io>\r\nSubject: Hi\r\n\r\nStill broken.');
      expect(email.turns).toEqual([{ speaker: 'Dana', text: 'Still broken.' }]);
    }
  });
});

describe('dist cxtone/bullmq', () => {
  test('the Node entry exports the producer, worker and reader, and checks its arguments before connecting', async () => {
    const queue = await import(new URL('bullmq.js', dist).href);
    expect(Object.keys(queue).sort()).toEqual(['enqueueInteractions', 'readQueueRollup', 'shardOf', 'startRollupWorker']);
    await expect(queue.enqueueInteractions([], { redis: 'http://x', queue: 'q' })).rejects.toThrow(
      /"redis" must be a redis:\/\/ or rediss:\/\/ URL/,
    );
    expect(queue.shardOf('northwind', 16)).toBe(10);
  });
});

describe('dist dependencies', () => {
  test('imports neither tinyld nor htmlparser2 at run time: both are bundled, so neither is a runtime dependency', () => {
    const files = readdirSync(dist).filter((name) => /\.(c?js)$/.test(name));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const code = readFileSync(new URL(name, dist), 'utf8');
      expect(code, name).not.toMatch(/(from\s*|require\(|import\()\s*["'](tinyld|htmlparser2)/);
    }
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(Object.keys(manifest.dependencies)).not.toContain('tinyld');
    expect(Object.keys(manifest.dependencies)).not.toContain('htmlparser2');
  });

  test('every package bundled into the build has its licence in THIRD_PARTY_LICENSES.md, which ships', () => {
    const bundled = new Set<string>();
    for (const name of readdirSync(dist).filter((file) => /\.(c?js)$/.test(file))) {
      // esbuild marks each bundled module with a comment naming its path: "// node_modules/tinyld/dist/…".
      for (const [, path] of readFileSync(new URL(name, dist), 'utf8').matchAll(
        /^\/\/ ((?:node_modules\/[^\s]+\/)*node_modules\/[^\s]+)$/gm,
      )) {
        const packages = path!.split('node_modules/').slice(1);
        const last = packages.at(-1)!.split('/');
        bundled.add(last[0]!.startsWith('@') ? `${last[0]}/${last[1]}` : last[0]!);
      }
    }
    expect([...bundled].sort()).toEqual(['entities', 'htmlparser2', 'tinyld']);
    const notices = readFileSync(new URL('../THIRD_PARTY_LICENSES.md', import.meta.url), 'utf8');
    for (const name of bundled) expect(notices, name).toMatch(new RegExp(`^## ${name} `, 'm'));
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(manifest.files).toContain('THIRD_PARTY_LICENSES.md');
  });
});
