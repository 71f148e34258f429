import type { Doc } from '../doc/readDoc.js';
import { addRow, type CompiledModel, type WeightRow } from './compiled.js';
import { type FeatureOccurrence, readFeatures } from './features.js';

/** The model's features that stand on one stretch of text: a word (with its pieces) or a pair of words. */
export interface PlacedFeatures {
  start: number;
  end: number;
  /** The word or pair feature the stretch is read as (`w:refund`, `n:working`, `w:card declined`). */
  term: string;
  negated: boolean;
  rows: WeightRow[];
}

/** A document read with a model: the placed features of each sentence, and the value each occurrence counts for. */
export interface ModelReading {
  sentences: PlacedFeatures[][];
  /** 1 with `scale: 'counts'`; with `'unit'`, one over the length of the document's feature vector. */
  value: number;
}

/** Reads every sentence of `doc` with a model, keeping only features the model knows, grouped for quoting. */
export function readWithModel(compiled: CompiledModel, doc: Doc): ModelReading {
  const settings = compiled.model.features;
  const sentences: PlacedFeatures[][] = [];
  const counts = settings.scale === 'unit' ? new Map<string, number>() : undefined;
  const occurrences: FeatureOccurrence[] = [];
  for (const span of doc.sentences) {
    occurrences.length = 0;
    readFeatures(doc, span.first, span.end, settings, occurrences);
    if (counts) for (const { name } of occurrences) counts.set(name, (counts.get(name) ?? 0) + 1);
    sentences.push(group(compiled, occurrences));
  }
  return { sentences, value: counts ? unitValue(counts.values()) : 1 };
}

/** One over the Euclidean length of the counts: the value of one occurrence in a unit-length feature vector. */
export function unitValue(counts: Iterable<number>): number {
  let squares = 0;
  for (const count of counts) squares += count * count;
  return squares === 0 ? 0 : 1 / Math.sqrt(squares);
}

function group(compiled: CompiledModel, occurrences: readonly FeatureOccurrence[]): PlacedFeatures[] {
  const groups = new Map<string, PlacedFeatures>();
  for (const occurrence of occurrences) {
    const row = compiled.rows.get(occurrence.name);
    const key = `${occurrence.start}:${occurrence.end}`;
    let placed = groups.get(key);
    if (!placed) {
      // The word or pair comes first among the features of its stretch, so it names the group.
      placed = { start: occurrence.start, end: occurrence.end, term: occurrence.name, negated: occurrence.negated, rows: [] };
      groups.set(key, placed);
    }
    if (row) placed.rows.push(row);
  }
  return [...groups.values()].filter((placed) => placed.rows.length > 0);
}

/** Adds the weights of placed features, each occurrence counting `value`, to `logits`. */
export function addPlaced(placed: readonly PlacedFeatures[], value: number, logits: Float64Array): void {
  for (const { rows } of placed) for (const row of rows) addRow(logits, row, value);
}

/** Adds the weights of features no quote stands for (the lexicon's reading) to `logits`; returns those known. */
export function readUnplaced(
  compiled: CompiledModel,
  values: readonly [string, number][],
  logits: Float64Array,
): [WeightRow, string, number][] {
  const known: [WeightRow, string, number][] = [];
  for (const [name, value] of values) {
    const row = compiled.rows.get(name);
    if (!row || value === 0) continue;
    addRow(logits, row, value);
    known.push([row, name, value]);
  }
  return known;
}
