import { vocabularySize } from '../doc/nlp.js';
import type { Doc } from '../doc/readDoc.js';
import { addRow, type CompiledModel, sumRows, type WeightRow } from './compiled.js';
import { readWords, wordPieces } from './features.js';

/** The model's features that stand on one stretch of text: a word (with its pieces) or a pair of words. */
export interface PlacedFeatures {
  start: number;
  end: number;
  /** The word or pair feature the stretch is read as (`w:refund`, `n:working`, `w:card declined`). */
  term: string;
  negated: boolean;
  /** The word's own feature and its pieces, summed into one row. */
  row: WeightRow;
}

/** A document read with a model: the placed features of each sentence, and the value each occurrence counts for. */
export interface ModelReading {
  sentences: PlacedFeatures[][];
  /** 1 with `scale: 'counts'`; with `'unit'`, one over the square root of the document's feature occurrences. */
  value: number;
}

/** What a word says in a model: its own feature and its pieces summed into one row, and how many features it has. */
interface WordReading {
  /** The form read: a reading found by a token's id stands for the token only when the forms agree. */
  form: string;
  term: string;
  row: WeightRow | undefined;
  count: number;
  /** The rows of the pairs the word opens, by their second word. */
  opens: ReadonlyMap<string, WeightRow> | undefined;
  /** Whether the word is the second of some pair of the model. */
  closes: boolean;
}

/**
 * Words repeat (Zipf), so each is read once per model: its feature and pieces become one row, added with one pass
 * over the labels. Two generations keep memory bounded without forgetting the common words when a text brings many
 * new ones: a full generation becomes the old one, and a word found there moves back into the new one.
 *
 * A dense row (77 weights in a Banking77 model) lives in a slab with the rows cached after it, not in an array of its
 * own: attached models spend their time waiting on memory, and a slab is one less object to reach per word. Each
 * generation fills slabs of its own, so the old generation's slabs go with it.
 */
class WordCache {
  private current = new Map<string, WordReading>();
  private previous = new Map<string, WordReading>();
  // The current generation's readings by token id (see `Token.id`): most words are found without hashing their form.
  private byId: (WordReading | undefined)[] | undefined;
  private slab = new Float32Array(0);
  private used = 0;

  constructor(private readonly labels: number) {}

  get(form: string, id: number): WordReading | undefined {
    if (id >= 0) {
      const known = (this.byId ??= newIdTable())[id];
      if (known !== undefined && known.form === form) return known;
    }
    const found = this.current.get(form);
    if (found !== undefined) {
      if (id >= 0) this.byId![id] = found;
      return found;
    }
    const old = this.previous.get(form);
    return old === undefined ? undefined : this.set(form, id, old);
  }

  /** Keeps a word's reading in the current generation, its dense row copied into the generation's slab. */
  set(form: string, id: number, reading: WordReading): WordReading {
    if (this.current.size >= WORDS_PER_GENERATION) {
      this.previous = this.current;
      this.current = new Map();
      this.byId = undefined;
      this.slab = new Float32Array(0);
    }
    const { row } = reading;
    const kept = row?.labels === null ? { ...reading, row: this.place(row) } : reading;
    this.current.set(form, kept);
    if (id >= 0) (this.byId ??= newIdTable())[id] = kept;
    return kept;
  }

  private place(row: WeightRow): WeightRow {
    if (this.used + this.labels > this.slab.length) {
      this.slab = new Float32Array(ROWS_PER_SLAB * this.labels);
      this.used = 0;
    }
    const offset = this.used;
    this.slab.set(row.weights.subarray(row.offset, row.offset + row.length), offset);
    this.used += this.labels;
    return { labels: null, weights: this.slab, offset, length: row.length };
  }
}
const WORDS_PER_GENERATION = 20_000;
// Filled, so that the engine keeps it as a flat array rather than a dictionary of the few ids set.
const newIdTable = (): (WordReading | undefined)[] => new Array(vocabularySize()).fill(undefined);
const ROWS_PER_SLAB = 256;
// Keyed by the word's form, whose hash the engine keeps on the string: a lookup builds no string.
const wordCaches = new WeakMap<CompiledModel, WordCache[]>();

/** The four caches of a model: a word read plainly or negated, split into pieces or not. */
function cachesOf(compiled: CompiledModel): WordCache[] {
  let caches = wordCaches.get(compiled);
  if (!caches) wordCaches.set(compiled, (caches = Array.from({ length: 4 }, () => new WordCache(compiled.bias.length))));
  return caches;
}

function readWord(compiled: CompiledModel, caches: WordCache[], form: string, id: number, negated: boolean, split: boolean): WordReading {
  const cache = caches[(negated ? 2 : 0) + (split ? 1 : 0)]!;
  let reading = cache.get(form, id);
  if (!reading) {
    const term = (negated ? 'n:' : 'w:') + form;
    const { words, chars } = compiled.model.features;
    const names = [...(words > 0 ? [term] : []), ...(split ? wordPieces(form, chars!) : [])];
    const rows = names.map((name) => compiled.rows.get(name)).filter((row) => row !== undefined);
    const row = rows.length <= 1 ? rows[0] : sumRows(rows, compiled.bias.length);
    reading = cache.set(form, id, {
      form,
      term,
      row,
      count: names.length,
      opens: compiled.pairs.get(form),
      closes: compiled.closers.has(form),
    });
  }
  return reading;
}

/** Reads every sentence of `doc` with a model, keeping only what the model knows, grouped by the text it stands on. */
export function readWithModel(compiled: CompiledModel, doc: Doc): ModelReading {
  const settings = compiled.model.features;
  const sentences: PlacedFeatures[][] = [];
  const caches = cachesOf(compiled);
  let occurrences = 0;
  // A pair is visited just before its second word. Few pairs of words are pairs of the model: the pair is looked up
  // only when its first word opens one and its second closes one, which both words' readings know.
  let opened: ReadonlyMap<string, WeightRow> | undefined;
  let pairFirst: string | undefined;
  let pairStart = 0;
  for (const span of doc.sentences) {
    const placed: PlacedFeatures[] = [];
    readWords(doc, span.first, span.end, settings, {
      word(form, token, negated, split) {
        const reading = readWord(compiled, caches, form, token.id ?? -1, negated, split);
        occurrences += reading.count;
        if (pairFirst !== undefined && opened !== undefined && reading.closes) {
          const row = opened.get(form);
          if (row) placed.push({ start: pairStart, end: token.end, term: `w:${pairFirst} ${form}`, negated: false, row });
        }
        pairFirst = undefined;
        opened = reading.opens;
        if (reading.row) placed.push({ start: token.start, end: token.end, term: reading.term, negated, row: reading.row });
      },
      pair(first, _second, start) {
        occurrences++;
        pairFirst = first;
        pairStart = start;
      },
    });
    sentences.push(placed);
  }
  return { sentences, value: settings.scale === 'unit' ? unitValue(occurrences) : 1 };
}

/** What one occurrence counts for in a text of `occurrences` feature occurrences, scaled to unit length. */
export function unitValue(occurrences: number): number {
  return occurrences === 0 ? 0 : 1 / Math.sqrt(occurrences);
}

/** Adds the weights of placed features, each occurrence counting `value`, to `logits`. */
export function addPlaced(placed: readonly PlacedFeatures[], value: number, logits: Float64Array): void {
  for (const { row } of placed) addRow(logits, row, value);
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
