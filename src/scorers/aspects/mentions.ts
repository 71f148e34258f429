// Finding aspect mentions: noun runs the taxonomy names or that stand as heads, and what is not a mention.
import { FEELING_NOUNS } from '../../doc/feelings.js';
import { OBJECT_PRONOUNS } from '../../doc/pronouns.js';
import { type SentenceSpan, type Token, isJoiningHyphen } from '../../doc/token.js';
import { findPatterns, type PatternIndex, type PatternMatch } from '../../patterns/matcher.js';
import { findActivities, hasNamedSubject } from './activities.js';
import { WEAK_OPINION } from './attribution.js';
import { type SentenceClauses, sentenceClauses } from './clauses.js';
import { firstNotBefore } from '../../math.js';
import { SpanIndex } from './spanIndex.js';
import type { AspectConfig, AspectMention, NounTest, OpinionToken } from './types.js';
import { CLASSIFYING, DETERMINING, FUNCTIONING, GENERIC_NOUNS, NOT_A_HEAD, NOT_NOUNS, TIME_NOUNS } from './words.js';

/** The category of an aspect no taxonomy pattern names. */
export const UNCATEGORIZED = 'other';

export const hasNounTag: NounTest = (token) => token.pos === 'NOUN' || token.pos === 'PROPN';

/**
 * Aspect mentions of one sentence: runs of nouns and proper nouns ("SSO integration", "Jenny"), minus
 * generic nouns and the sentence's opinion words, kept when a taxonomy pattern names them, an opinion
 * word stands in their clause, or they are the sentence's topic (its first noun phrase, as subject); taxonomy
 * matches outside any noun run are mentions of their category. `named`: the sentence's taxonomy matches.
 */
export function findMentions(
  tokens: readonly Token[],
  sentence: SentenceSpan,
  opinionTokens: ReadonlyMap<number, OpinionToken>,
  named: readonly PatternMatch[],
  config: Pick<AspectConfig, 'subject' | 'isNounTagged'>,
  clauses: SentenceClauses = sentenceClauses(tokens, sentence),
): AspectMention[] {
  const { subject, isNounTagged = hasNounTag } = config;
  // Words the taxonomy names are aspects even where a lexicon gives them a little valence ("Beacon
  // alerts"); strong opinion words it names ("crashes", "outage") stay opinions.
  const namedTokens = new Set<number>();
  for (const match of named) {
    if (!isNounLike(tokens, match)) continue;
    for (let i = match.first; i < match.end; i++) if (Math.abs(opinionTokens.get(i)?.valence ?? 0) < WEAK_OPINION) namedTokens.add(i);
  }
  const isNamedOrNoun = (i: number) =>
    !takesObjectPronoun(tokens, i, sentence.end) &&
    (namedTokens.has(i) || (isNounTagged(tokens[i]!, i) && isAspectNoun(tokens[i]!, i, opinionTokens) && !isUnit(tokens, i)));
  // A hyphen joins two nouns into one name ("Wi-Fi"); a noun hyphened to another word is half of a modifier
  // ("battery-powered scanner", "die-hard users"), not a name.
  const hyphenedTo = (i: number) => (i + 2 < sentence.end && isJoiningHyphen(tokens, i + 1) ? i + 2 : -1);
  const isNoun = (i: number) => isNamedOrNoun(i) && (hyphenedTo(i) < 0 || isNamedOrNoun(hyphenedTo(i)));
  const runs: { first: number; end: number; phraseEnd: number }[] = [];
  let i = sentence.first;
  while (i < sentence.end) {
    // Adjectives join only where the taxonomy names them ("mobile app") or they classify ("external monitor"):
    // measured on SemEval-2014, taking every plain adjective before a noun finds more wrong spans than right ones.
    let start = i;
    while (start < sentence.end && isClassifier(tokens[start]!, start, opinionTokens)) start++;
    if (start === sentence.end || !isNoun(start)) {
      i++;
      continue;
    }
    let end = start + 1;
    while (end < sentence.end) {
      if (hyphenedTo(end - 1) === end + 1 && isNoun(end + 1)) end += 2;
      else if (isNoun(end) || (tokens[end]!.type === 'number' && tokens[end - 1]!.pos === 'PROPN')) end++;
      else break;
    }
    // Generic words are not part of a name: leading ones never ("stars Dell support"), trailing ones when they
    // name the users, not the thing ("Windows users" is Windows, "billing team" stays a team). A word hyphened to its
    // neighbour in the run is half of a compound and stays with it: "month-end", "year-end report".
    let [first, last] = [i, end];
    const hyphened = (k: number) => (k > first && isJoiningHyphen(tokens, k - 1)) || (k + 1 < last && isJoiningHyphen(tokens, k + 1));
    const trimmable = (k: number, words: ReadonlySet<string>) => words.has(tokens[k]!.normal) && !namedTokens.has(k) && !hyphened(k);
    while (last - 1 > first && (trimmable(last - 1, NOT_A_HEAD) || trimmable(last - 1, TIME_NOUNS))) last--;
    while (first < last - 1 && trimmable(first, GENERIC_NOUNS)) first++;
    runs.push({ first, end: last, phraseEnd: end });
    i = end;
  }
  let opinionAt: number[] | undefined;
  const hasOpinionInClause = (index: number) => {
    const [from, to] = clauses.around(index);
    opinionAt ??= [...opinionTokens.keys()].sort((a, b) => a - b);
    const next = firstNotBefore(opinionAt.length, (k) => opinionAt![k]! < from);
    return next < opinionAt.length && opinionAt[next]! < to;
  };
  const namedIndex = new SpanIndex(named);
  const mentions: AspectMention[] = [];
  let topic = true;
  for (const run of runs) {
    const words = tokens.slice(run.first, run.end);
    if (words.every((token) => GENERIC_NOUNS.has(token.normal) || token.pos === 'ADJ')) continue;
    // The sentence's first noun phrase is its topic, an aspect even when nothing is said of it yet, when it is the
    // subject ("the export failed", "pricing is …"); a first noun that is an object ("I bought a computer for
    // school") is not. Measured on SemEval-2014: laptop extraction F1 +1.4, restaurants -0.2.
    const next = run.phraseEnd < sentence.end ? tokens[run.phraseEnd]!.pos : undefined;
    const isTopic = topic && (next === 'AUX' || next === 'VERB');
    topic = false;
    // "SSO integration" is an integration: the pattern on the head noun (the last word) decides.
    const overlapping = namedIndex.overlapping(run.first, run.end).map((k) => named[k]!);
    const category = (overlapping.find((match) => match.end >= run.end) ?? overlapping[0])?.name;
    if (category === undefined && !isTopic && !hasOpinionInClause(run.first)) continue;
    const mention: AspectMention = { first: run.first, end: run.end, category: category ?? UNCATEGORIZED, categoryOnly: false };
    if (subject && namesSubject(tokens, mention, subject)) mention.isSubject = true;
    mentions.push(mention);
  }
  const activities: AspectMention[] = [];
  const found = findActivities(tokens, sentence, opinionTokens);
  const nounPhrases = new SpanIndex(found.length > 0 ? mentions : []);
  const nounPhraseEnds = new Set(found.length > 0 ? mentions.map((mention) => mention.end) : []);
  for (const activity of found) {
    if (nounPhrases.anyOverlapping(activity.first, activity.end)) continue;
    // "The integration works well" is about the integration; "it works well" names nothing else, so the working is the aspect.
    if (FUNCTIONING.has(tokens[activity.first]!.normal) && hasNamedSubject(tokens, sentence, activity.first, nounPhraseEnds)) continue;
    // "Easy to set up": the taxonomy's "set up" is the activity's category, not a mention of its own.
    const [naming] = namedIndex.overlapping(activity.first, activity.end);
    const category = naming === undefined ? UNCATEGORIZED : named[naming]!.name;
    activities.push({ ...activity, category, categoryOnly: false });
  }
  mentions.push(...activities);
  // A category named without a noun ("you charged us twice", "it keeps crashing") is an aspect of its
  // own only when its clause has no noun aspect: "the export is slow" is about the export. The subject is no
  // aspect: "this product keeps crashing" is a complaint about reliability.
  if (named.length === 0) return mentions.sort((a, b) => a.first - b.first);
  const nounMentions = new SpanIndex(mentions.filter((mention) => !mention.isSubject));
  const runIndex = new SpanIndex(runs);
  const activityIndex = new SpanIndex(activities);
  // Named matches come in token order, so a category-only mention overlaps one taken before it exactly when it starts
  // before the furthest end taken so far.
  let categoryReach = -1;
  for (const match of named) {
    if (runIndex.anyOverlapping(match.first, match.end) || activityIndex.anyOverlapping(match.first, match.end)) continue;
    if (match.first < categoryReach) continue;
    const [from, to] = clauses.around(match.first);
    if (nounMentions.anyOverlapping(from, to)) continue;
    mentions.push({ first: match.first, end: match.end, category: match.name, categoryOnly: true });
    categoryReach = Math.max(categoryReach, match.end);
  }
  return mentions.sort((a, b) => a.first - b.first);
}

/** A taxonomy match that names a thing ("onboarding", "Beacon alerts"), not an action ("charged us", "keeps crashing", "is down"). */
export function isNounLike(tokens: readonly Token[], match: { first: number; end: number }): boolean {
  const head = tokens[match.first]!.pos;
  if (head === 'NOUN' || head === 'PROPN') return true;
  // A hyphenated name is a compound, whatever wink makes of its first half ("add-in", "go-live").
  if (match.end - match.first > 2 && isJoiningHyphen(tokens, match.first + 1)) return true;
  for (let i = match.first; i < match.end; i++) {
    const token = tokens[i]!;
    if (token.pos === 'AUX' || (token.pos === 'VERB' && !token.normal.endsWith('ing'))) return false;
  }
  return true;
}

/** A word right before an object pronoun acts on it, whatever its tag: wink tags "cost" in "the outage cost us" a noun. */
function takesObjectPronoun(tokens: readonly Token[], index: number, end: number): boolean {
  return index + 1 < end && OBJECT_PRONOUNS.has(tokens[index + 1]!.normal);
}

/** A classifying adjective that starts an aspect's name when a noun follows ("wireless mouse"). */
export function isClassifier(token: Token, index: number, opinionTokens: ReadonlyMap<number, OpinionToken>): boolean {
  return token.type === 'word' && CLASSIFYING.has(token.normal) && !opinionTokens.has(index);
}

/**
 * A noun-tagged token that may be part of an aspect's name: a word, not an opinion, a feeling (muted as one, "your
 * dissatisfaction" is still no aspect), a pronoun or a determiner-like adjective.
 */
export function isAspectNoun(token: Token, index: number, opinionTokens: ReadonlyMap<number, OpinionToken>): boolean {
  return (
    token.type === 'word' &&
    !opinionTokens.has(index) &&
    !FEELING_NOUNS.has(token.normal) &&
    token.text.length > 1 &&
    !NOT_NOUNS.has(token.text.toLowerCase()) &&
    !DETERMINING.has(token.normal)
  );
}

/** "10k", "4GB", "2.4GHz": letters written onto a number are its unit, not a name. */
export function isUnit(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return before !== undefined && before.type === 'number' && before.end === tokens[index]!.start;
}

/** "The Acme app", "Acme": a noun phrase whose head (its last word) a subject pattern ends on. */
export function namesSubject(tokens: readonly Token[], mention: AspectMention, subject: PatternIndex): boolean {
  return findPatterns(tokens, mention.first, mention.end, subject).some((match) => match.end === mention.end);
}
