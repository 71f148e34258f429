// The browser playground in headless Chromium: type a ticket, press Analyze, read what the page shows.
// Needs `npm run docs` (builds docs/playground/cxtone.js) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = new URL('../docs/playground/', import.meta.url).pathname;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };
let server: Server;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  if (!existsSync(join(root, 'cxtone.js'))) throw new Error('docs/playground/cxtone.js is missing: run `npm run docs` first');
  if (!existsSync(executablePath))
    throw new Error(`Chromium not found at ${executablePath}: apt-get install chromium, or set CHROMIUM_PATH`);
  // Module scripts do not load from file:// URLs, so the page is served.
  server = createServer((request, response) => {
    const path = normalize(join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('playground', () => {
  test('renders label, highlighted evidence, emotions, intents and aspects for a typed ticket', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/index.html`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    await page.fill(
      '#input',
      "Our invoice is wrong again and nobody has answered for a week. I'm furious. If this isn't fixed by Friday we will cancel.",
    );
    await page.click('#analyze');
    await page.waitForSelector('#result:not([hidden])');
    expect(await page.textContent('#label')).toBe('negative');
    const marks = await page.$$eval('#text mark.neg', (nodes) => nodes.map((node) => node.textContent));
    expect(marks).toContain('nobody has answered');
    expect(await page.textContent('#emotions')).toContain('anger');
    expect(await page.textContent('#intents')).toContain('churn');
    expect(await page.textContent('#aspects')).toContain('invoice');
    mkdirSync(new URL('../test-artifacts/', import.meta.url), { recursive: true });
    await page.screenshot({ path: new URL('../test-artifacts/playground.png', import.meta.url).pathname, fullPage: true });
    expect(errors).toEqual([]);
  }, 60_000);

  test('the browser bundle reads HTML bodies and tells languages (htmlparser2 and tinyld in the browser)', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/index.html`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    // A module script of the page's own imports the bundle (vitest would rewrite an import() written here).
    await page.addScriptTag({ type: 'module', content: "import * as cxtone from './cxtone.js'; window.cxtone = cxtone;" });
    await page.waitForFunction(() => 'cxtone' in window);
    const seen = await page.evaluate(() => {
      const cxtone = (window as unknown as { cxtone: typeof import('../src/index.js') }).cxtone;
      const html = '<div>The export is <b>still broken</b>.</div><div class="gmail_quote">Great news, it is fixed!</div>';
      const result = cxtone.analyze(html);
      return {
        label: result.sentiment.label,
        quotes: result.evidence.map((item) => html.slice(item.start, item.end)),
        excluded: result.excluded.map((span) => span.reason),
        language: cxtone.analyze('Wir warten jetzt seit drei Wochen auf eine Antwort, das ist nicht akzeptabel.').language,
      };
    });
    expect(seen).toEqual({
      label: 'negative',
      quotes: ['still broken'],
      excluded: ['quoted-reply'],
      language: { code: 'de', scored: false },
    });
    expect(errors).toEqual([]);
  }, 60_000);
});
