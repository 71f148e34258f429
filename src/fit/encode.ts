import type { CoreReading } from '../analyze.js';
import { lexiconFeatures, readFeatures } from '../model/features.js';
import { unitValue } from '../model/read.js';
import type { FeatureSettings } from '../model/types.js';

/** One example's features as ids into the shared feature table, with their counts (or values, for the lexicon's). */
export interface EncodedText {
  ids: Int32Array;
  values: Float64Array;
}

/** Feature names to ids, in order of first appearance: the same examples give the same table. */
export class FeatureTable {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();

  idOf(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }
}

/** Reads a text's features exactly as an analyzer with the model attached reads the whole document. */
export function encodeText({ doc, result }: CoreReading, settings: FeatureSettings, table: FeatureTable): EncodedText {
  const counts = new Map<number, number>();
  let occurrences = 0;
  const count = (name: string) => {
    const id = table.idOf(name);
    counts.set(id, (counts.get(id) ?? 0) + 1);
    occurrences++;
  };
  for (const span of doc.sentences) readFeatures(doc, span.first, span.end, settings, count);
  if (settings.scale === 'unit') {
    const value = unitValue(occurrences);
    for (const [id, times] of counts) counts.set(id, times * value);
  }
  if (settings.lexicon) {
    for (const [name, value] of lexiconFeatures(result.sentiment.score, result.sentiment.magnitude)) {
      if (value !== 0) counts.set(table.idOf(name), value);
    }
  }
  return { ids: Int32Array.from(counts.keys()), values: Float64Array.from(counts.values()) };
}
