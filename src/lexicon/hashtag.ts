import { NEGATION_SCALAR } from '../doc/negators.js';
import type { CompiledLexicon, LexiconEntry } from './compile.js';

// A compound hashtag joins words without spaces: "#badservice", "#neveragain", "#notimpressed". Read as the words it
// joins, it says what they say. Only tags the language model does not know as one word are split ("#therapist" is not
// "the rapist"), into the fewest words it knows, four at most; and only an unambiguous reading counts.

const NEGATING_PIECES = new Set(['not', 'never', 'no']);
// Pieces this short are words only in a few cases; "i" and "a" open tags ("#iloveit") but score nothing.
const SHORT_PIECES = new Set(['i', 'a']);
const MIN_TAG = 5;
const MAX_TAG = 30;
const MAX_CACHE = 20_000;
const MAX_PIECES = 4;
// How far before a word a negating word of the tag reaches: "#notahappytraveler".
const NEGATION_REACH = 2;
// A word of a tag is read only when it is clearly for or against (over 0.6, VADER 2.5 and over): a milder one is as often
// part of a name or a compound ("#smartphone", "#longhairdreams", "#whatweightgain").
const CLEAR_VALENCE = 0.6;
// A tag comments on the text more than it states: read at 0.6 of its words' weight. On the airline tweets that kept the
// gains of full weight and halved the texts it turned wrong.
const TAG_WEIGHT = 0.6;
// A capital after the first letter.
const MIXED_CASE = /^.+\p{Lu}/u;

/**
 * The entry a compound hashtag stands for, from its words: a lexicon phrase they form ("never again"), a negated word
 * ("not impressed"), or the one sentiment word among them ("bad service"). `tag` is the hashtag's text without "#";
 * cached per lexicon with the derived entries, misses included.
 */
export function hashtagEntry(tag: string, lexicon: CompiledLexicon, isKnownWord: (word: string) => boolean): LexiconEntry | undefined {
  const lower = tag.toLowerCase();
  if (lower.length < MIN_TAG || lower.length > MAX_TAG || !/^\p{Ll}+$/u.test(lower)) return undefined;
  const key = `#${tag}`;
  const cached = lexicon.derived.get(key);
  if (cached !== undefined || lexicon.derived.has(key)) return cached ?? undefined;
  const known = (piece: string) => (piece.length > 1 || SHORT_PIECES.has(piece)) && (lexicon.words.has(piece) || isKnownWord(piece));
  let entry: LexiconEntry | undefined;
  if (!isWord(lower, isKnownWord)) {
    // A tag with capitals inside is mostly a name or a joke ("#UnitedAirlines", "#SummerSlam", "#GODcomplex"): only one
    // in lower case, capitalised, or all in capitals is read.
    const pieces = MIXED_CASE.test(tag) && tag !== tag.toUpperCase() ? undefined : segment(lower, known);
    if (pieces) entry = readPieces(pieces, lexicon);
  }
  if (lexicon.derived.size >= MAX_CACHE) lexicon.derived.clear();
  lexicon.derived.set(key, entry ?? null);
  return entry;
}

// The model knows most words in their plain form only: "patriots" is the plural of a word it knows, not "pat riots".
const INFLECTIONS = /(?:s|es|ed|d|ing)$/;

/** Whether the model knows the tag as one word, in this form or without an inflection's ending. */
function isWord(tag: string, isKnownWord: (word: string) => boolean): boolean {
  if (isKnownWord(tag)) return true;
  const ending = INFLECTIONS.exec(tag);
  return ending !== null && isKnownWord(tag.slice(0, ending.index));
}

/**
 * The tag as the fewest known words, up to four, when exactly one split does it; otherwise undefined. Dynamic
 * programming over the tag's ends: each of its substrings is looked up once.
 */
function segment(tag: string, known: (piece: string) => boolean): string[] | undefined {
  // fewest[i]: the fewest words tag[0, i) splits into (Infinity: none); ways[i]: how many splits reach that fewest;
  // from[i]: where the last word of one of them starts.
  const fewest = new Array<number>(tag.length + 1).fill(Number.POSITIVE_INFINITY);
  const ways = new Array<number>(tag.length + 1).fill(0);
  const from = new Array<number>(tag.length + 1).fill(-1);
  fewest[0] = 0;
  ways[0] = 1;
  for (let end = 1; end <= tag.length; end++) {
    for (let start = 0; start < end; start++) {
      if (fewest[start] === Number.POSITIVE_INFINITY || !known(tag.slice(start, end))) continue;
      const count = fewest[start]! + 1;
      if (count < fewest[end]!) {
        fewest[end] = count;
        ways[end] = ways[start]!;
        from[end] = start;
      } else if (count === fewest[end]) ways[end]! += ways[start]!;
    }
  }
  const pieces = fewest[tag.length]!;
  if (pieces < 2 || pieces > MAX_PIECES || ways[tag.length] !== 1) return undefined;
  const words: string[] = [];
  for (let end = tag.length; end > 0; end = from[end]!) words.unshift(tag.slice(from[end]!, end));
  return words;
}

/**
 * What the words of a tag say: a phrase two of them form, a negated word, or their only clear sentiment word, at the
 * weight of a tag.
 */
function readPieces(pieces: readonly string[], lexicon: CompiledLexicon): LexiconEntry | undefined {
  for (let k = 0; k + 1 < pieces.length; k++) {
    const phrase = lexicon.phrases.get(pieces[k]!)?.find((p) => p.tokens.length === 2 && p.tokens[1] === pieces[k + 1]);
    if (phrase) return { term: phrase.term, valence: phrase.valence * TAG_WEIGHT, source: phrase.source };
  }
  const scored = pieces.flatMap((piece, k) => {
    const entry = lexicon.words.get(piece);
    if (!entry || entry.valence === 0) return [];
    // A negated word is read however mild: "#notimpressed" says what it says.
    const negated = pieces.slice(Math.max(0, k - NEGATION_REACH), k).some((before) => NEGATING_PIECES.has(before));
    return negated || Math.abs(entry.valence) > CLEAR_VALENCE ? [{ entry, negated }] : [];
  });
  if (scored.length !== 1) return undefined;
  const [{ entry, negated }] = scored as [{ entry: LexiconEntry; negated: boolean }];
  return {
    term: pieces.join(' '),
    valence: (negated ? entry.valence * NEGATION_SCALAR : entry.valence) * TAG_WEIGHT,
    source: entry.source,
  };
}
