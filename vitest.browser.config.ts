import { defineConfig } from 'vitest/config';

// The playground in headless Chromium (needs `npm run docs` and Chromium; see test/playground.test.ts).
export default defineConfig({
  test: { include: ['test/playground.test.ts'] },
});
