import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

// The lexicon README states each sentiment lexicon's size; keep it true as entries are added.
const readme = readFileSync(new URL('../lexicons/README.md', import.meta.url), 'utf8');
// The other sections a row may count, as the README words them.
const SECTIONS = {
  intensifiers: 'intensifiers',
  sarcasm: 'sarcasm formulas',
  scareQuoted: 'scare-quote words',
  metrics: 'metrics',
  directions: 'direction words',
  situations: 'situations',
} as const;

test.each(['base.en.json', 'opinion.en.json', 'emoji.json', 'b2b-support.en.json', 'situations.en.json'])(
  'lexicons/README.md counts the entries of %s',
  (file) => {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${file}\``));
    expect(row, `no row for ${file}`).toBeDefined();
    const cell = row!.split('|')[3]!.trim();
    const lexicon = JSON.parse(readFileSync(new URL(`../lexicons/${file}`, import.meta.url), 'utf8')) as Record<
      string,
      Record<string, unknown> | undefined
    >;
    expect(Number(cell.split(' ')[0]!.replace(/,/g, ''))).toBe(Object.keys(lexicon.entries ?? {}).length);
    for (const [section, words] of Object.entries(SECTIONS)) {
      const stated = new RegExp(`([\\d,]+) ${words}`).exec(cell)?.[1];
      const actual = Object.keys(lexicon[section] ?? {}).length;
      // A section the row leaves out must be empty.
      expect(stated === undefined ? 0 : Number(stated.replace(/,/g, '')), `${file} ${section}`).toBe(actual);
    }
  },
);
