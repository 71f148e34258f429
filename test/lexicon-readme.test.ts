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

// The emotion, intent and taxonomy packs are counted in their own words: terms over emotions, patterns over intents,
// factors and aspect categories.
test('lexicons/README.md counts the emotion terms and the intent, risk and aspect patterns', () => {
  const rowOf = (file: string) =>
    readme
      .split('\n')
      .find((line) => line.startsWith(`| \`${file}\``))!
      .split('|')[3]!
      .trim();
  const read = (file: string) => JSON.parse(readFileSync(new URL(`../lexicons/${file}`, import.meta.url), 'utf8'));
  const emotions = read('emotion.en.json').emotions as Record<string, Record<string, number>>;
  const terms = Object.values(emotions).reduce((sum, group) => sum + Object.keys(group).length, 0);
  expect(rowOf('emotion.en.json')).toBe(`${terms} terms over ${Object.keys(emotions).length} emotions`);
  const { intents, riskFactors } = read('intents.en.json') as {
    intents: Record<string, string[]>;
    riskFactors: Record<string, { patterns: string[] }>;
  };
  const intentPatterns = Object.values(intents).reduce((sum, patterns) => sum + patterns.length, 0);
  const factorPatterns = Object.values(riskFactors).reduce((sum, factor) => sum + factor.patterns.length, 0);
  const intentCount = `${intentPatterns} patterns over ${Object.keys(intents).length} intents`;
  const factorCount = `${factorPatterns} patterns over ${Object.keys(riskFactors).length} risk factors`;
  expect(rowOf('intents.en.json')).toBe(`${intentCount}, ${factorCount}`);
  const aspects = read('taxonomy.en.json').aspects as Record<string, string[]>;
  const aspectPatterns = Object.values(aspects).reduce((sum, patterns) => sum + patterns.length, 0);
  expect(rowOf('taxonomy.en.json')).toBe(`${aspectPatterns} patterns over ${Object.keys(aspects).length} aspect categories`);
});
