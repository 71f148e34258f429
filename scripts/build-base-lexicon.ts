// Regenerates lexicons/base.en.json from VADER's lexicon (MIT), as shipped in the vader-sentiment
// devDependency: `npx tsx scripts/build-base-lexicon.ts`. Keeps the term and mean rating; drops the
// standard deviation and raw ratings, which cxtone does not use.
import { readFileSync, writeFileSync } from 'node:fs';
import { COMPACTED, compactText } from './compact-lexicons.js';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const source = require.resolve('vader-sentiment/vader_lexicon.txt');

// VADER's booster list (vaderSentiment.py BOOSTER_DICT), expressed as cxtone intensifiers: a fraction
// of the modified word's weight. VADER adds 0.293 on its -4..4 scale; against the lexicon's mean
// absolute valence (about 1.6) that is close to +/-0.18, stronger for the superlatives.
const boosters = `absolutely amazingly awfully completely considerably decidedly deeply effing enormously entirely
especially exceptionally extremely fabulously flipping flippin fricking frickin frigging friggin fully fucking
greatly hella highly hugely incredibly intensely majorly more most particularly purely quite really remarkably so
substantially thoroughly totally tremendously uber unbelievably unusually utterly very`.split(/\s+/);
const strongBoosters = new Set([
  'absolutely',
  'extremely',
  'incredibly',
  'completely',
  'totally',
  'utterly',
  'unbelievably',
  'hugely',
  'tremendously',
]);
const dampeners = [
  'almost',
  'barely',
  'hardly',
  'just enough',
  'kind of',
  'kinda',
  'kindof',
  'kind-of',
  'less',
  'little',
  'marginally',
  'occasionally',
  'partly',
  'scarcely',
  'slightly',
  'somewhat',
  'sort of',
  'sorta',
  'sortof',
  'sort-of',
  'a bit',
  'a little',
];

const entries: Record<string, number> = {};
for (const line of readFileSync(source, 'utf8').split('\n')) {
  const [term, mean] = line.split('\t');
  if (!term || mean === undefined) continue;
  entries[term.trim().toLowerCase()] = Number(mean);
}
const intensifiers: Record<string, number> = {};
for (const word of boosters) intensifiers[word] = strongBoosters.has(word) ? 0.3 : 0.18;
for (const word of dampeners) intensifiers[word] = -0.18;

const lexicon = {
  name: 'base',
  version: '1.0.0',
  language: 'en',
  source:
    'VADER sentiment lexicon (Hutto & Gilbert 2014), vader_lexicon.txt from cjhutto/vaderSentiment, mean human ratings; booster words from the same project',
  license: 'MIT',
  scale: [-4, 4],
  entries,
  intensifiers,
};
// One entry a line keeps diffs of the data readable.
const json = JSON.stringify(lexicon, null, 1).replace(/\n\s+/g, '\n').replace('[\n-4,\n4\n]', '[-4, 4]');
writeFileSync(new URL('../lexicons/base.en.json', import.meta.url), `${json}\n`);
// And the form it ships in (src/lexicon/shipped/base.en.json).
const [base] = COMPACTED;
writeFileSync(base!.shipped, compactText(base!.source));
console.log(`wrote ${Object.keys(entries).length} entries`);
