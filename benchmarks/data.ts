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
