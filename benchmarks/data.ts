import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Polarity } from './metrics.js';

export interface SentimentItem {
  text: string;
  polarity: Polarity;
  score: number | null;
}

export interface SentimentDataset {
  name: string;
  items: SentimentItem[];
}

/** Default evaluation data: the shared development sets beside the project checkout. */
export const DEFAULT_DATA_DIR = '../shared/eval';

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line) as T;
      } catch {
        throw new Error(`${path}:${index + 1}: not valid JSON`);
      }
    });
}

/** Every JSONL file in `dir` whose rows carry a `polarity`: the sentiment datasets. */
export function loadSentimentDatasets(dir: string): SentimentDataset[] {
  if (!existsSync(dir)) throw new Error(`evaluation data directory not found: ${dir} (pass --data <dir>)`);
  const datasets: SentimentDataset[] = [];
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()) {
    const rows = readJsonl<{ text?: unknown; polarity?: unknown; score?: unknown }>(join(dir, file));
    if (rows.length === 0 || typeof rows[0]!.polarity !== 'string') continue;
    const items = rows
      .filter(
        (row) => typeof row.text === 'string' && (row.polarity === 'positive' || row.polarity === 'negative' || row.polarity === 'neutral'),
      )
      .map((row) => ({
        text: row.text as string,
        polarity: row.polarity as Polarity,
        score: typeof row.score === 'number' ? row.score : null,
      }));
    datasets.push({ name: file.replace(/\.jsonl$/, ''), items });
  }
  return datasets;
}

/** Reads `--name value` style flags. */
export function flag(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? undefined : args[index + 1];
}

export interface IronyDataset {
  name: string;
  items: { text: string; ironic: boolean }[];
}

/** Every JSONL file in `dir` whose rows carry a boolean `ironic`: the irony datasets. */
export function loadIronyDatasets(dir: string): IronyDataset[] {
  const datasets: IronyDataset[] = [];
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()) {
    const rows = readJsonl<{ text?: unknown; ironic?: unknown }>(join(dir, file));
    if (rows.length === 0 || typeof rows[0]!.ironic !== 'boolean') continue;
    const items = rows
      .filter((row) => typeof row.text === 'string' && typeof row.ironic === 'boolean')
      .map((row) => ({ text: row.text as string, ironic: row.ironic as boolean }));
    datasets.push({ name: file.replace(/\.jsonl$/, ''), items });
  }
  return datasets;
}

/** FNV-1a over UTF-16 code units: a split that depends on the text alone, the same on every machine. */
function textHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** One text in five, chosen by its hash: the part of the bootstrap corpus that `scripts/build-situations.ts` never learns from. */
export const isHeldOut = (text: string): boolean => textHash(text) % 5 === 0;

// TweetEval writes every mention as "@user" and drops links; SemEval keeps both. Texts are the same tweet when their
// letters and digits agree after that.
const tweetKey = (text: string) =>
  text
    .replace(/@\w+/g, '@user')
    .replace(/https?:\/\/\S+/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The texts negative situations are bootstrapped from: the irony train splits (`tweeteval-irony.train`,
 * `semeval18-irony.train`), each tweet once, without any tweet of `tweeteval-irony.val`: SemEval's train split holds
 * TweetEval's val (with the mentions and links TweetEval removed), and val is where the contrast cue is measured.
 * `learn` and `heldOut` split them by {@link isHeldOut}.
 */
export function ironyBootstrapCorpus(dir: string): { learn: IronyDataset['items']; heldOut: IronyDataset['items'] } {
  const byName = new Map(loadIronyDatasets(dir).map((dataset) => [dataset.name, dataset.items]));
  const measured = new Set((byName.get('tweeteval-irony.val') ?? []).map((item) => tweetKey(item.text)));
  const seen = new Set<string>();
  const learn: IronyDataset['items'] = [];
  const heldOut: IronyDataset['items'] = [];
  for (const name of ['tweeteval-irony.train', 'semeval18-irony.train']) {
    for (const item of byName.get(name) ?? []) {
      const key = tweetKey(item.text);
      if (measured.has(key) || seen.has(key)) continue;
      seen.add(key);
      (isHeldOut(item.text) ? heldOut : learn).push(item);
    }
  }
  return { learn, heldOut };
}
