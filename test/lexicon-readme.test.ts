import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

// The lexicon README states each sentiment lexicon's size; keep it true as entries are added.
const readme = readFileSync(new URL('../lexicons/README.md', import.meta.url), 'utf8');

test.each(['base.en.json', 'opinion.en.json', 'emoji.json', 'b2b-support.en.json'])('lexicons/README.md counts the entries of %s', (file) => {
  const row = readme.split('\n').find((line) => line.startsWith(`| \`${file}\``));
  expect(row, `no row for ${file}`).toBeDefined();
  const stated = Number(row!.split('|')[3]!.trim().split(' ')[0]!.replace(/,/g, ''));
  const lexicon = JSON.parse(readFileSync(new URL(`../lexicons/${file}`, import.meta.url), 'utf8')) as { entries: Record<string, unknown> };
  expect(stated).toBe(Object.keys(lexicon.entries).length);
});
