import coreModelData from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json' with { type: 'json' };

// wink-eng-lite-web-model's core model (vocabulary, word features, tokenizer rules), read as the package's own
// `load-core-model.js` reads it but without its first step: that one copies the whole 3 MB model through
// `JSON.parse(JSON.stringify(...))` so that the instance may change it, which took about a fifth of cxtone's cold
// start. Only the word lists grow as wink-nlp meets new words (with their hashes and counters), so each instance
// gets copies of those and shares the rest, which wink only reads: the tokenizer rules, the part-of-speech table and
// the packed lexicon (decoded once). winkModel.test.ts checks the result against the package's loader.

/** The parts of the model's JSON this module reads; the rest is passed on as it is. */
interface CoreModelData {
  packing: { layout: Record<string, number[]> } & Record<string, unknown>;
  lexicon: string;
  xpansions: string;
  features: Record<string, { list?: string[] } & Record<string, unknown>>;
  pos: { hash: Record<string, number> };
}

/** One word feature as wink-nlp uses it: its values, their numbers, and where the next new value goes. */
interface Feature extends Record<string, unknown> {
  list: unknown[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

// A global in browsers and in Node since version 16; the project's `lib` (ES2022 alone) does not declare it.
declare function atob(base64: string): string;

const data = coreModelData as unknown as CoreModelData;
let packed: { lexicon: Uint32Array; xpansions: Uint32Array } | undefined;

/** A fresh core model for one wink-nlp instance, equal to what the package's `load-core-model.js` returns. */
export function loadCoreModel(): Record<string, unknown> {
  packed ??= { lexicon: wordsOf(data.lexicon), xpansions: wordsOf(data.xpansions) };
  const { layout } = data.packing;
  const features: Record<string, Feature> = {};
  for (const [name, feature] of Object.entries(data.features)) features[name] = { ...feature, list: feature.list ? [...feature.list] : [] };
  // A feature stored by number (layout's fourth field 0) is looked up by value; extractable ones (fifth field 1) are
  // worked out for each new word.
  const extractable: string[] = [];
  for (const [name, [, mask, shift, isValue, isExtractable]] of Object.entries(layout)) {
    if (isValue === 0) {
      numberValues(features[name]!);
      features[name]!.maxIndex = mask! >>> shift!;
    }
    if (isExtractable === 1) extractable.push(name);
  }
  numberValues(features.lexeme!);
  const tags = data.pos.hash;
  features.posClusters!.list = (data.features.posClusters!.list ?? []).map(
    (cluster) => new Set(cluster.split('_').map((tag) => tags[tag] || 0)),
  );
  return { ...data, packing: { ...data.packing, efList: extractable }, features, ...packed };
}

/** Gives each of a feature's values its number, and marks where new values start. */
function numberValues(feature: Feature): void {
  const hash: Record<string, number> = Object.create(null);
  const { list } = feature;
  for (let k = 0; k < list.length; k += 1) hash[list[k] as string] = k;
  feature.hash = hash;
  feature.intrinsicSize = list.length;
  feature.index = list.length;
}

/** A base64 string's bytes as 32-bit words (wink's packing). `atob` because the core must run in browsers too. */
function wordsOf(base64: string): Uint32Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let k = 0; k < text.length; k += 1) bytes[k] = text.charCodeAt(k);
  return new Uint32Array(bytes.buffer);
}
