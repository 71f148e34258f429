// Bootstraps the negative situations of lexicons/situations.en.json from ironic text, after Riloff et al. (EMNLP 2013,
// "Sarcasm as Contrast between a Positive Sentiment and Negative Situation"): in an ironic tweet, what stands in the
// same sentence as praise is the situation the praise mocks ("love waking up at 5am", "so much fun being sick").
//
//   npx tsx scripts/build-situations.ts [--data ../shared/eval] [--check]
//
// --check writes nothing: it fails when a candidate has no review or when the lexicon it would write differs from
// lexicons/situations.en.json (CI runs it, so the file stays what the script and the review make).
//
// 1. Corpus: the irony train splits, each tweet once, without TweetEval's val (see `ironyBootstrapCorpus`); one
//    text in five is held out and never read here, so `npm run eval` can report on it.
// 2. Praise: a sentiment-lexicon word of valence ≥ PRAISE (not an emoji: a smile marks a joke as often as a sneer).
// 3. Candidates: lemma n-grams (1-3 words, at least one content word) in a sentence with praise, outside the praise.
//    A candidate is kept when it stands beside praise in at least MIN_TEXTS texts and ironic ones make up at least
//    MIN_PRECISION of them (add-one smoothed).
// 4. Review by hand (`scripts/situations/review.json`): each candidate becomes one or more patterns in cxtone's pattern
//    syntax, written as the situation it names ("wake" → "wake up (early|at #)"), or null when it is not a situation
//    at all ("day", "people") or only a topic of the corpus. The B2B situations written from the support vocabulary
//    join them there. Candidates not yet reviewed are listed and fail `--check`.
// 5. Output: lexicons/situations.en.json, and scripts/situations/candidates.tsv with every candidate's counts (no text).
import { readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_DATA_DIR, flag, ironyBootstrapCorpus } from '../benchmarks/data.js';
import { readDoc } from '../src/doc/readDoc.js';
import type { Token } from '../src/doc/token.js';
import { compileLexicons } from '../src/lexicon/compile.js';
import { defineLexicon } from '../src/lexicon/defineLexicon.js';
import type { LexiconData } from '../src/lexicon/types.js';
import { matchLexicon } from '../src/lexicon/match.js';

const PRAISE = 0.3;
const MIN_TEXTS = 2;
const MIN_PRECISION = 0.7;
const LONGEST = 3;
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM']);
const WORD_TYPES = new Set(['word', 'number']);
// Words too common to name a situation by themselves; they may still stand inside an n-gram.
const FUNCTION_WORDS = new Set(
  `be have do get go make can will would should could may might must shall just so really very too also even still
  then now when what how why where who there here not n't never no yes ok lol i'm it's that's don't`.split(/\s+/),
);

interface Review {
  about: string;
  /** Situations written from cxtone's B2B vocabulary: pattern → valence on -4..4. */
  b2b: Record<string, number>;
  /** Valence on -4..4 of every learned situation: weak, since each names a bad situation only in the corpus's sense. */
  learnedValence: number;
  /** Candidate → the patterns it is written as, or null when it is not a negative situation. */
  learned: Record<string, string | string[] | null>;
}

const args = process.argv.slice(2);
const dataDir = flag(args, 'data') ?? DEFAULT_DATA_DIR;
const reviewPath = 'scripts/situations/review.json';
const review = JSON.parse(readFileSync(reviewPath, 'utf8')) as Review;

// The sentiment lexicons read from their files, not from src/lexicons.ts, which also loads the file this script writes.
const lexicon = compileLexicons(
  ['base.en', 'opinion.en', 'emoji', 'b2b-support.en'].map((name) =>
    defineLexicon(JSON.parse(readFileSync(`lexicons/${name}.json`, 'utf8')) as LexiconData),
  ),
);
const gramOf = (token: Token) => (token.type === 'number' ? '#' : token.lemma.toLowerCase());

/** The candidate n-grams of one text: from each sentence with praise, the n-grams outside the praise. */
function candidatesIn(text: string): Set<string> {
  const { tokens, sentences } = readDoc(text);
  const found = new Set<string>();
  for (const { first, end } of sentences) {
    const hits = matchLexicon(tokens, first, end, lexicon);
    const praise = hits.filter((hit) => hit.weight >= PRAISE && tokens[hit.first]!.type === 'word');
    if (praise.length === 0) continue;
    const inPraise = (k: number) => praise.some((hit) => hit.first <= k && k < hit.end);
    for (let k = first; k < end; k++) {
      const words: string[] = [];
      let content = false;
      for (let n = k; n < Math.min(end, k + LONGEST); n++) {
        const token = tokens[n]!;
        if (!WORD_TYPES.has(token.type) || inPraise(n)) break;
        const gram = gramOf(token);
        words.push(gram);
        content ||= CONTENT_POS.has(token.pos) && !FUNCTION_WORDS.has(gram);
        if (content && !(words.length === 1 && FUNCTION_WORDS.has(gram))) found.add(words.join(' '));
      }
    }
  }
  return found;
}

const { learn } = ironyBootstrapCorpus(dataDir);
const counts = new Map<string, { texts: number; ironic: number }>();
for (const { text, ironic } of learn) {
  for (const gram of candidatesIn(text)) {
    const count = counts.get(gram) ?? { texts: 0, ironic: 0 };
    count.texts++;
    if (ironic) count.ironic++;
    counts.set(gram, count);
  }
}
const precision = ({ texts, ironic }: { texts: number; ironic: number }) => (ironic + 1) / (texts + 2);
const candidates = [...counts]
  .filter(([, count]) => count.texts >= MIN_TEXTS && precision(count) >= MIN_PRECISION)
  .sort((a, b) => b[1].ironic - a[1].ironic || a[0].localeCompare(b[0]));

const situations: Record<string, number> = { ...review.b2b };
const unreviewed: string[] = [];
let accepted = 0;
for (const [gram] of candidates) {
  if (!(gram in review.learned)) {
    unreviewed.push(gram);
    continue;
  }
  const patterns = review.learned[gram];
  if (patterns === null || patterns === undefined) continue;
  accepted++;
  for (const pattern of typeof patterns === 'string' ? [patterns] : patterns) situations[pattern] ??= review.learnedValence;
}

const decision = (gram: string) => (!(gram in review.learned) ? '?' : review.learned[gram] === null ? 'rejected' : 'accepted');
const candidatesTsv = `candidate\ttexts\tironic\tprecision\tdecision\n${candidates
  .map(([gram, count]) => `${gram}\t${count.texts}\t${count.ironic}\t${precision(count).toFixed(2)}\t${decision(gram)}`)
  .join('\n')}\n`;
const output = {
  name: 'situations',
  version: '1.0.0',
  language: 'en',
  source: `Negative situations: written from cxtone's B2B vocabulary, and bootstrapped from the irony train splits of ${dataDir} by scripts/build-situations.ts, reviewed by hand (see lexicons/README.md)`,
  license: 'MIT',
  scale: [-4, 4],
  situations: Object.fromEntries(Object.entries(situations).sort(([a], [b]) => a.localeCompare(b))),
};
defineLexicon(output as LexiconData); // a pattern written wrong in the review fails here, naming it
const lexiconJson = `${JSON.stringify(output, null, 2)}\n`;
const check = args.includes('--check');
if (check) {
  if (readFileSync('lexicons/situations.en.json', 'utf8') !== lexiconJson) {
    console.log('lexicons/situations.en.json differs from what the review makes: rerun without --check.');
    process.exitCode = 1;
  }
} else {
  writeFileSync('scripts/situations/candidates.tsv', candidatesTsv);
  writeFileSync('lexicons/situations.en.json', lexiconJson);
}
console.log(
  `${learn.length} texts; ${candidates.length} candidates (${accepted} accepted, ${unreviewed.length} not reviewed); ` +
    `${Object.keys(situations).length} situations written (${Object.keys(review.b2b).length} B2B).`,
);
if (unreviewed.length > 0) {
  console.log(`Not reviewed: ${unreviewed.join(' | ')}`);
  if (check) process.exitCode = 1;
}
