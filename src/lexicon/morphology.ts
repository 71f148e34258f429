// Words a lexicon misses but can still read through their stem. Two derivations only, both regular:
// "-ly" adverbs keep their adjective's valence ("superbly", "disappointingly"), and "un-" reverses an
// adjective the way negation does ("unhelpful", "unprofessional").

/** Candidate adjectives for an "-ly" adverb, most likely first. */
export function adverbStems(word: string): string[] {
  if (word.length < 5 || !word.endsWith('ly')) return [];
  const stem = word.slice(0, -2);
  const stems = [stem];
  if (stem.endsWith('i')) stems.push(`${stem.slice(0, -1)}y`); // happily → happy
  if (stem.endsWith('ab') || stem.endsWith('ib')) stems.push(`${stem}le`); // sensibly → sensible
  if (stem.endsWith('ical')) stems.push(stem.slice(0, -2)); // ironically → ironic
  return stems;
}

/** The stem of an "un-" word, or undefined when the word is too short to be one. */
export function negatedStem(word: string): string | undefined {
  return word.length >= 6 && word.startsWith('un') ? word.slice(2) : undefined;
}
