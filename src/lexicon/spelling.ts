import type { CompiledLexicon, LexiconEntry } from './compile.js';

// Only words this long are corrected: among short words one letter makes another word too often ("bad"/"bat").
const MIN_LENGTH = 6;
// Only clear sentiment words are targets (1.5 on the lexicons' -4..4 scale): a typo of a faint word is not worth a guess.
const MIN_VALENCE = 0.375;
const MAX_CACHE = 20_000;

interface SpellingIndex {
  /** Each target word with one letter deleted → the target words that give it. */
  deletions: Map<string, string[]>;
  cache: Map<string, LexiconEntry | null>;
}

const indexes = new WeakMap<CompiledLexicon, SpellingIndex>();

/**
 * The entry of the sentiment word that `word` misspells by one letter: one missing ("delicous"), one extra
 * ("horrrible"), one wrong ("magnificant") or two swapped ("terrbile"). Meant for words the
 * language model does not know, so real words ("blond" next to "bland") are never read as typos. None when
 * the candidates disagree in sign or start differently: typos fall mostly inside a word, names differ at its start.
 * Results are cached per lexicon by word, so one lexicon is meant to be asked with one `isKnownWord`.
 */
export function correctedEntry(
  word: string,
  lexicon: CompiledLexicon,
  isKnownWord: (word: string) => boolean = () => false,
): LexiconEntry | undefined {
  if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) return undefined;
  const index = spellingIndex(lexicon);
  const cached = index.cache.get(word);
  if (cached !== undefined || index.cache.has(word)) return cached ?? undefined;
  const candidates = new Set<string>(index.deletions.get(word) ?? []);
  for (const deletion of deletionsOf(word)) {
    if (isTarget(lexicon.words.get(deletion))) candidates.add(deletion);
    for (const target of index.deletions.get(deletion) ?? []) candidates.add(target);
  }
  const entries = [...candidates]
    .filter((target) => target.slice(0, 2) === word.slice(0, 2) && withinOneEdit(word, target))
    .map((target) => lexicon.words.get(target)!);
  const agree = entries.length > 0 && entries.every((entry) => Math.sign(entry.valence) === Math.sign(entries[0]!.valence));
  let entry = agree
    ? entries.reduce((strongest, next) => (Math.abs(next.valence) > Math.abs(strongest.valence) ? next : strongest))
    : undefined;
  // One letter away from a known word that is not a sentiment word, it is that word's typo or inflection:
  // "recieved" is "received", not "relieved"; "spiced" is "spice" + "d", not "spited". Asked last: it costs a
  // lookup in the language model per neighbour.
  if (entry && nearbyWords(word).some((near) => isKnownWord(near) && !isTarget(lexicon.words.get(near)))) entry = undefined;
  if (index.cache.size >= MAX_CACHE) index.cache.clear();
  index.cache.set(word, entry ?? null);
  return entry;
}

function isTarget(entry: LexiconEntry | undefined): entry is LexiconEntry {
  return entry !== undefined && Math.abs(entry.valence) >= MIN_VALENCE && entry.term.length >= MIN_LENGTH && /^[a-z]+$/.test(entry.term);
}

function spellingIndex(lexicon: CompiledLexicon): SpellingIndex {
  let index = indexes.get(lexicon);
  if (!index) {
    const deletions = new Map<string, string[]>();
    for (const [word, entry] of lexicon.words) {
      if (!isTarget(entry) || word !== entry.term) continue;
      for (const deletion of deletionsOf(word)) {
        const list = deletions.get(deletion);
        if (list) list.push(word);
        else deletions.set(deletion, [word]);
      }
    }
    index = { deletions, cache: new Map() };
    indexes.set(lexicon, index);
  }
  return index;
}

/** One letter inserted, deleted or changed, or two neighbours swapped; the deletion index also pairs words two edits apart. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    return swapped || a.slice(i + 1) === b.slice(i + 1);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The word with one letter dropped or two neighbours swapped: the cheap half of its one-edit neighbours. */
function nearbyWords(word: string): string[] {
  const out = new Set(deletionsOf(word));
  for (let i = 0; i + 1 < word.length; i++)
    if (word[i] !== word[i + 1]) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  return [...out];
}

function deletionsOf(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return out;
}
