import type { LexiconData } from './types.js';

/*
 * A lexicon's entries grouped by value: each distinct value once, with the terms that have it sorted and joined by line
 * breaks. The base, opinion and B2B lexicons, and the emotion pack's terms of each emotion, ship smaller gzipped this way
 * than as objects of terms (an object repeats its punctuation and a value for every term; sorted terms of one value share
 * their prefixes).
 * `lexicons/*.json` stay the data people read and edit; `npm run build:compact-lexicons` writes this form of them, and
 * test/compact-lexicons.test.ts fails when it is stale. Within one lexicon a term is written once, so the order of its
 * entries carries no meaning. Each term after the first of its group is front-coded: a digit says how many leading
 * characters it shares with the term before it, and the rest follows ("hell", "4o" for "hello"; a term that shares
 * fewer than two and starts with a digit gets "0"). Gzip finds most shared prefixes on its own; spelling them out takes
 * about 1 KB more off the default entry.
 */

/** Terms grouped by value: `terms[k]` holds the front-coded terms of `values[k]`, one a line. */
export interface ValueGroups {
  values: (number | null)[];
  terms: string[];
}

/** The entries as value groups, and each emotion's terms so too (the emotion pack's terms and intensities). */
export interface CompactLexiconData extends Omit<LexiconData, 'entries' | 'emotions'>, Partial<ValueGroups> {
  emotions?: Record<string, ValueGroups>;
}

export function compactLexicon({ entries, emotions, ...rest }: LexiconData): CompactLexiconData {
  const compact: CompactLexiconData = { ...rest };
  if (entries) Object.assign(compact, groupByValue(entries));
  if (emotions) compact.emotions = Object.fromEntries(Object.entries(emotions).map(([name, terms]) => [name, groupByValue(terms)]));
  return compact;
}

function groupByValue(entries: Readonly<Record<string, number | null>>): ValueGroups {
  const groups = new Map<number | null, string[]>();
  for (const term of Object.keys(entries)) {
    if (term.includes('\n')) throw new Error('a term holds a line break: it cannot be written compactly');
    const value = entries[term] ?? null;
    const group = groups.get(value);
    if (group) group.push(term);
    else groups.set(value, [term]);
  }
  // Null (a deletion) first, then the values in order.
  const values = [...groups.keys()].sort((a, b) => (a === null ? -1 : b === null ? 1 : a - b));
  return { values, terms: values.map((value) => frontCode(groups.get(value)!.sort())) };
}

const MAX_SHARED = 9;
const isDigit = (code: number) => code >= 48 && code <= 57;

function frontCode(sorted: readonly string[]): string {
  let previous = '';
  const coded = sorted.map((term) => {
    let shared = 0;
    while (shared < MAX_SHARED && shared < previous.length && previous[shared] === term[shared]) shared++;
    previous = term;
    if (shared >= 2) return `${shared}${term.slice(shared)}`;
    return isDigit(term.charCodeAt(0)) ? `0${term}` : term;
  });
  return coded.join('\n');
}

/** The lexicon data again. Own properties throughout: a term is never a prototype's. */
export function expandLexicon({ terms, values, emotions, ...rest }: CompactLexiconData): LexiconData {
  const data: LexiconData = { ...rest };
  if (terms !== undefined || values !== undefined) data.entries = expandGroups({ terms: terms ?? [], values: values ?? [] });
  if (emotions) {
    const expanded: Record<string, Record<string, number | null>> = {};
    for (const name of Object.keys(emotions)) expanded[name] = expandGroups(emotions[name]!);
    data.emotions = expanded;
  }
  return data;
}

/** The entries of value groups as an object (a `__proto__` term an own property). */
export function expandGroups(groups: ValueGroups): Record<string, number | null> {
  const entries: Record<string, number | null> = {};
  forEachGrouped(groups, (term, value) => {
    if (term === '__proto__') Object.defineProperty(entries, term, { value, enumerable: true, writable: true, configurable: true });
    else entries[term] = value;
  });
  return entries;
}

/** Calls `visit` with each term of the groups and its value, group by group, without building the entries' object. */
export function forEachGrouped({ terms, values }: ValueGroups, visit: (term: string, value: number | null) => void): void {
  if (terms.length !== values.length) throw new Error(`a compact lexicon has ${terms.length} groups of terms and ${values.length} values`);
  for (let k = 0; k < values.length; k++) {
    const value = values[k]!;
    let term = '';
    for (const coded of terms[k]!.split('\n')) {
      const shared = coded.charCodeAt(0) - 48;
      term = shared >= 0 && shared <= MAX_SHARED ? term.slice(0, shared) + coded.slice(1) : coded;
      visit(term, value);
    }
  }
}
