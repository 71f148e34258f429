import type { Doc } from '../doc/readDoc.js';
import { isJoiningHyphen, type SentenceSpan, type Token } from '../doc/token.js';
import { findPatterns, type PatternIndex } from '../patterns/matcher.js';
import type { AspectResult, AspectSummary, Evidence, Quote, SentenceResult } from '../result.js';
import { type LabelThresholds, normalizeScore, toSentimentScore } from './label.js';

/** The category of an aspect no taxonomy pattern names. */
export const UNCATEGORIZED = 'other';

// Nouns that name no aspect of a product or service: time, quantity and placeholders.
const GENERIC_NOUNS = new Set([
  'thing',
  'things',
  'stuff',
  'lot',
  'lots',
  'bit',
  'way',
  'time',
  'times',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'hour',
  'hours',
  'minute',
  'minutes',
  'today',
  'tomorrow',
  'yesterday',
  'morning',
  'night',
  'evening',
  'everything',
  'anything',
  'something',
  'nothing',
  'everyone',
  'anyone',
  'someone',
  'nobody',
  'one',
  'ones',
  'kind',
  'sort',
  'type',
  'part',
  'end',
  'start',
  'rest',
  'number',
  'issue',
  'issues',
  'problem',
  'problems',
  'question',
  'questions',
  'hi',
  'hello',
  'hey',
  'thanks',
  'thank',
  'team',
  'guys',
  'folks',
  'reason',
  'fact',
  'point',
  'case',
  'example',
  'idea',
  'sense',
  'matter',
  'experience',
  'place',
  'people',
  'person',
  'lol',
  'money',
  'purchase',
  'deal',
  'side',
  'course',
  'family',
  'friend',
  'friends',
  'husband',
  'wife',
  'boyfriend',
  'girlfriend',
  'kids',
  'group',
  'date',
  'birthday',
  'trip',
  'visit',
  'city',
  'town',
  'area',
  'neighborhood',
  'street',
  'world',
  'life',
  'review',
  'reviews',
  'choice',
  'choices',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'weekend',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'eod',
  'asap',
  'school',
  'college',
  'class',
  'student',
  'students',
  'research',
  'decision',
  'opinion',
  'summary',
  'couple',
  'half',
  'bunch',
  'piece',
  'difference',
  'comparison',
  'while',
  'mind',
  'thoughts',
  'story',
  'reasons',
  'daughter',
  'son',
  'dad',
  'mom',
  'parents',
  'sister',
  'brother',
  'child',
  'children',
  'boy',
  'guy',
  'self',
  'house',
  'country',
  'market',
  'alot',
  'dollars',
  'bucks',
  'cents',
  'stars',
  'heck',
  'tip',
  'tips',
  'occasion',
  'occasions',
  'moment',
  'moments',
  'future',
  'past',
  'eyes',
  'others',
  'none',
  'amount',
  'conversation',
  'anniversary',
  'weekends',
  'summer',
  'winter',
  'afternoon',
  'vacation',
  'weather',
  'nights',
  'girls',
  'families',
  'co-workers',
  'coworkers',
  'colleagues',
  'fiance',
  'fiancee',
  'girlfriends',
  'stomach',
  'head',
  'mouth',
  'eye',
  'reality',
  'lives',
  'attention',
  'advice',
  'hurry',
  'effort',
  'everytime',
  'party',
  'name',
  'try',
  'reviewer',
  'reviewers',
  'gem',
  'need',
  'needs',
  'buy',
  'addition',
  'pros',
  'cons',
  'bells',
  'whistles',
  'mine',
  'words',
  'second',
  'final',
  'luck',
  'commercials',
  'nature',
  'direction',
  'comment',
  'comments',
  'dog',
  'customer',
  'customers',
  'user',
  'users',
  'buyer',
  'buyers',
  'seconds',
  'hr',
  'hrs',
  'yr',
  'yrs',
  'min',
  'mins',
  'store',
  'stores',
  'shop',
  'papers',
  'letters',
  'information',
  'copy',
  'right',
]);
// Generic nouns that, after a name, say who uses it or pad it, not what it is: "Windows users", "sync stuff".
// Other generic heads stay ("billing team" is a team).
const NOT_A_HEAD = new Set([
  'user',
  'users',
  'customer',
  'customers',
  'buyer',
  'buyers',
  'people',
  'person',
  'guy',
  'guys',
  'stuff',
  'thing',
  'things',
  'one',
  'ones',
  'lol',
]);
// Nouns of time that close a noun run without naming anything: "the sync stopped syncing tickets yesterday".
const TIME_NOUNS = new Set([
  'today',
  'tomorrow',
  'yesterday',
  'tonight',
  'morning',
  'afternoon',
  'evening',
  'night',
  'weekend',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);
// Tokens wink sometimes tags as nouns that never name an aspect: pronouns and their contractions ("I'm").
const NOT_NOUNS = new Set(['i', "i'm", 'im', 'me', 'we', 'us', 'you', 'it', 'they', 'them']);
// Words that end an opinion's reach: the other side of "but" belongs to another aspect.
const CONTRAST = new Set(['but', 'however', 'although', 'though', 'whereas', 'except', 'yet', 'while']);
const CLAUSE_END = new Set([';', ':', '—', '–', '--']);
/**
 * An opinion word whose clause names no aspect goes to the aspects of the sentence its own clause leaves without
 * opinion, at this share of its weight.
 */
const ACROSS_CLAUSE = 0.5;
/** Each comma between an opinion word and an aspect counts as this many tokens of distance. */
const COMMA_DISTANCE = 4;
/** Opinion words up to this many tokens from an aspect count fully; beyond, they fade with distance. */
const NEAR = 3;
/** Below this valence a word the taxonomy names is read as a name, not an opinion. */
const WEAK_OPINION = 0.35;
/**
 * An aspect's neutral band as a share of the document's: an aspect usually rests on one or two words, so one mild
 * word ("slowish", "decent") decides it. Measured on SemEval-2014: the document band (0.125) labels 3 points fewer
 * aspects right than 0.05 on both domains.
 */
export const ASPECT_BAND_SHARE = 0.4;

/** The label thresholds for aspects and their category summaries. */
export function aspectThresholds(thresholds: LabelThresholds): LabelThresholds {
  return { ...thresholds, neutralBand: thresholds.neutralBand * ASPECT_BAND_SHARE };
}

/** A token inside an opinion word or phrase: the phrase's valence and its first token. */
export interface OpinionToken {
  valence: number;
  phraseStart: number;
}

/** Whether a token is tagged as a noun: wink-nlp's part of speech by default; the noun-phrase benchmark swaps in another tagger. */
export type NounTest = (token: Token, index: number) => boolean;
export const hasNounTag: NounTest = (token) => token.pos === 'NOUN' || token.pos === 'PROPN';

/** A span of tokens that names an aspect, found as a noun phrase or by a taxonomy pattern. */
export interface AspectMention {
  first: number;
  end: number;
  category: string;
  /** Named by a taxonomy pattern outside any noun phrase ("you charged us twice"). */
  categoryOnly: boolean;
  /** Names what the text is about (`subject` of `createAnalyzer`): attributed like an aspect, not reported as one. */
  isSubject?: boolean;
}

/**
 * Aspect mentions of one sentence: runs of nouns and proper nouns ("SSO integration", "Jenny"), minus
 * generic nouns and the sentence's opinion words, kept when a taxonomy pattern names them, an opinion
 * word stands in their clause, or they are the sentence's topic (its first noun phrase, as subject); taxonomy
 * matches outside any noun run are mentions of their category.
 */
export function findMentions(
  tokens: readonly Token[],
  sentence: SentenceSpan,
  opinionTokens: ReadonlyMap<number, OpinionToken>,
  config: Omit<AspectConfig, 'thresholds'>,
): AspectMention[] {
  const { taxonomy, subject, isNounTagged = hasNounTag } = config;
  const named = findPatterns(tokens, sentence.first, sentence.end, taxonomy);
  // Words the taxonomy names are aspects even where a lexicon gives them a little valence ("Beacon
  // alerts"); strong opinion words it names ("crashes", "outage") stay opinions.
  const namedTokens = new Set<number>();
  for (const match of named) {
    if (!isNounLike(tokens, match)) continue;
    for (let i = match.first; i < match.end; i++) if (Math.abs(opinionTokens.get(i)?.valence ?? 0) < WEAK_OPINION) namedTokens.add(i);
  }
  const isNamedOrNoun = (i: number) =>
    namedTokens.has(i) || (isNounTagged(tokens[i]!, i) && isAspectNoun(tokens[i]!, i, opinionTokens) && !isUnit(tokens, i));
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
    // name the users, not the thing ("Windows users" is Windows, "billing team" stays a team).
    let [first, last] = [i, end];
    const trimmable = (k: number, words: ReadonlySet<string>) => words.has(tokens[k]!.normal) && !namedTokens.has(k);
    while (last - 1 > first && (trimmable(last - 1, NOT_A_HEAD) || trimmable(last - 1, TIME_NOUNS))) last--;
    while (first < last - 1 && trimmable(first, GENERIC_NOUNS)) first++;
    runs.push({ first, end: last, phraseEnd: end });
    i = end;
  }
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
    const overlapping = named.filter((match) => match.first < run.end && run.first < match.end);
    const category = (overlapping.find((match) => match.end >= run.end) ?? overlapping[0])?.name;
    if (category === undefined && !isTopic && !hasOpinionInClause(tokens, sentence, run, opinionTokens)) continue;
    const mention: AspectMention = { first: run.first, end: run.end, category: category ?? UNCATEGORIZED, categoryOnly: false };
    if (subject && namesSubject(tokens, mention, subject)) mention.isSubject = true;
    mentions.push(mention);
  }
  const overlaps = (a: { first: number; end: number }, b: { first: number; end: number }) => a.first < b.end && b.first < a.end;
  const activities: AspectMention[] = [];
  for (const activity of findActivities(tokens, sentence, opinionTokens)) {
    if (mentions.some((mention) => overlaps(mention, activity))) continue;
    // "The integration works well" is about the integration; "it works well" names nothing else, so the working is the aspect.
    if (FUNCTIONING.has(tokens[activity.first]!.normal) && hasNamedSubject(tokens, sentence, activity.first, mentions)) continue;
    // "Easy to set up": the taxonomy's "set up" is the activity's category, not a mention of its own.
    const category = named.find((match) => overlaps(match, activity))?.name;
    activities.push({ ...activity, category: category ?? UNCATEGORIZED, categoryOnly: false });
  }
  mentions.push(...activities);
  // A category named without a noun ("you charged us twice", "it keeps crashing") is an aspect of its
  // own only when its clause has no noun aspect: "the export is slow" is about the export. The subject is no
  // aspect: "this product keeps crashing" is a complaint about reliability.
  const nounMentions = mentions.filter((mention) => !mention.isSubject);
  for (const match of named) {
    if (runs.some((run) => overlaps(run, match)) || activities.some((activity) => overlaps(activity, match))) continue;
    if (mentions.some((mention) => mention.categoryOnly && overlaps(mention, match))) continue;
    const [from, to] = clauseAround(tokens, sentence, match.first);
    if (nounMentions.some((mention) => mention.first < to && mention.end > from)) continue;
    mentions.push({ first: match.first, end: match.end, category: match.name, categoryOnly: true });
  }
  return mentions.sort((a, b) => a.first - b.first);
}

// Verbs whose doing is itself a quality of the product: "it runs fast", "works flawlessly", "boots up quickly".
const FUNCTIONING = new Set([
  'run',
  'runs',
  'ran',
  'running',
  'work',
  'works',
  'worked',
  'working',
  'perform',
  'performs',
  'performed',
  'boot',
  'boots',
  'load',
  'loads',
  'respond',
  'responds',
  'sync',
  'syncs',
  'start',
  'starts',
]);
// Adjectives that rate how an activity goes ("easy to set up"), not how the writer feels ("happy to help").
const EASE = new Set([
  'easy',
  'easier',
  'easiest',
  'simple',
  'simpler',
  'hard',
  'harder',
  'difficult',
  'intuitive',
  'straightforward',
  'tricky',
  'confusing',
  'painful',
  'cumbersome',
  'awkward',
  'impossible',
  'quick',
  'quicker',
  'fast',
  'faster',
  'slow',
  'slower',
  'convenient',
  'inconvenient',
  'comfortable',
  'uncomfortable',
  'fun',
  'frustrating',
  'annoying',
  'pleasant',
]);
// Verbs that name no activity of the product: light verbs, and the writer's stance ("hard to justify", "hard to believe").
const LIGHT_VERBS = new Set([
  'be',
  'get',
  'go',
  'do',
  'make',
  'have',
  'see',
  'say',
  'take',
  'find',
  'give',
  'come',
  'keep',
  'put',
  'let',
  'tell',
  'hear',
  'read',
  'write',
  'justify',
  'believe',
  'imagine',
  'accept',
  'recommend',
  'explain',
  'understand',
  'trust',
  'beat',
]);
const PARTICLES = new Set(['up', 'down', 'in', 'out', 'on', 'off']);
// Parts of speech that open a verb's object: "easy to get a table", "easy to find them".
const OBJECT_START_POS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * Activities named as aspects: the verb an adjective of ease rates ("easy to use", "slow to boot up"), and a
 * functioning verb an opinion follows ("runs fast", "works flawlessly").
 */
function findActivities(
  tokens: readonly Token[],
  sentence: SentenceSpan,
  opinionTokens: ReadonlyMap<number, OpinionToken>,
): { first: number; end: number }[] {
  const found: { first: number; end: number }[] = [];
  const withParticle = (verb: number) =>
    verb + 1 < sentence.end && PARTICLES.has(tokens[verb + 1]!.normal) && tokens[verb + 1]!.pos === 'ADP' ? verb + 2 : verb + 1;
  for (let i = sentence.first; i + 2 < sentence.end; i++) {
    const verb = i + 2;
    if (
      !EASE.has(tokens[i]!.normal) ||
      tokens[i + 1]!.normal !== 'to' ||
      tokens[verb]!.pos !== 'VERB' ||
      LIGHT_VERBS.has(tokens[verb]!.normal)
    )
      continue;
    // The verb may sit inside the rating phrase itself ("easy to use"), not inside another opinion.
    if (opinionTokens.has(verb) && opinionTokens.get(verb)!.phraseStart !== i) continue;
    const end = withParticle(verb);
    // "easy to use" rates the use; "easy to get a table" rates getting the table, an aspect of its own.
    const object = end < sentence.end && OBJECT_START_POS.has(tokens[end]!.pos);
    if (!object) found.push({ first: verb, end });
  }
  for (let i = sentence.first; i + 1 < sentence.end; i++) {
    if (!FUNCTIONING.has(tokens[i]!.normal) || tokens[i]!.pos !== 'VERB') continue;
    const end = withParticle(i);
    const rating = end < sentence.end ? opinionTokens.get(end) : undefined;
    // "runs smoothly" may be one lexicon phrase; "doesn't work properly" is a malfunction, not a rated activity.
    const inOwnPhrase = !opinionTokens.has(i) || opinionTokens.get(i)!.phraseStart === i;
    if (rating && inOwnPhrase && tokens[end]!.pos !== 'ADJ' && tokens[end]!.pos !== 'NOUN') found.push({ first: i, end });
  }
  return found;
}

/** Whether the verb at `verb` follows a mention directly, adverbs and auxiliaries aside ("the sync still works"). */
function hasNamedSubject(tokens: readonly Token[], sentence: SentenceSpan, verb: number, mentions: readonly AspectMention[]): boolean {
  let before = verb - 1;
  while (before >= sentence.first && (tokens[before]!.pos === 'ADV' || tokens[before]!.pos === 'AUX' || tokens[before]!.pos === 'PART'))
    before--;
  return before >= sentence.first && mentions.some((mention) => mention.end - 1 === before);
}

/** A taxonomy match that names a thing ("onboarding", "Beacon alerts"), not an action ("charged us", "keeps crashing", "is down"). */
function isNounLike(tokens: readonly Token[], match: { first: number; end: number }): boolean {
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

// Adjectives that say which one, not what it is: "the new UI" is the UI.
const DETERMINING = new Set([
  'new',
  'old',
  'whole',
  'entire',
  'other',
  'same',
  'current',
  'latest',
  'recent',
  'first',
  'last',
  'next',
  'many',
  'few',
  'several',
  'more',
  'most',
  'such',
  'own',
  'main',
  'only',
  'previous',
  'different',
  'various',
  'certain',
  'additional',
  'extra',
  'much',
  'overall',
  'real',
  'actual',
]);

// Adjectives that say what kind of thing it is, not how good: "external monitor", "online help", "Thai food".
// Measured on SemEval-2014: joining these lifts extraction F1 0.7 (laptops) and 0.8 (restaurants); joining
// every plain adjective, or every "-al"/"-ic" one, finds more wrong spans than right ones.
const CLASSIFYING = new Set([
  'external',
  'internal',
  'wireless',
  'cordless',
  'wired',
  'online',
  'offline',
  'extended',
  'preloaded',
  'integrated',
  'technical',
  'proprietary',
  'optical',
  'digital',
  'mobile',
  'virtual',
  'physical',
  'annual',
  'monthly',
  'outdoor',
  'indoor',
  'live',
  'main',
  'frozen',
  'homemade',
  'thai',
  'french',
  'japanese',
  'italian',
  'chinese',
  'indian',
  'mexican',
  'korean',
  'greek',
  'fried',
  'grilled',
  'baked',
  'roasted',
  'steamed',
  'smoked',
  'braised',
]);

/** A classifying adjective that starts an aspect's name when a noun follows ("wireless mouse"). */
function isClassifier(token: Token, index: number, opinionTokens: ReadonlyMap<number, OpinionToken>): boolean {
  return token.type === 'word' && CLASSIFYING.has(token.normal) && !opinionTokens.has(index);
}

/** A noun-tagged token that may be part of an aspect's name: a word, not an opinion, a pronoun or a determiner-like adjective. */
function isAspectNoun(token: Token, index: number, opinionTokens: ReadonlyMap<number, OpinionToken>): boolean {
  return (
    token.type === 'word' &&
    !opinionTokens.has(index) &&
    token.text.length > 1 &&
    !NOT_NOUNS.has(token.text.toLowerCase()) &&
    !DETERMINING.has(token.normal)
  );
}

/** "10k", "4GB", "2.4GHz": letters written onto a number are its unit, not a name. */
function isUnit(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return before !== undefined && before.type === 'number' && before.end === tokens[index]!.start;
}

function hasOpinionInClause(
  tokens: readonly Token[],
  sentence: SentenceSpan,
  run: { first: number; end: number },
  opinionTokens: ReadonlyMap<number, OpinionToken>,
): boolean {
  const [from, to] = clauseAround(tokens, sentence, run.first);
  for (let i = from; i < to; i++) if (opinionTokens.has(i)) return true;
  return false;
}

/** The stretch of the sentence around `index` that contrast words and clause punctuation bound. */
function clauseAround(tokens: readonly Token[], sentence: SentenceSpan, index: number): [number, number] {
  let from = index;
  while (from > sentence.first && !isClauseLimit(tokens[from - 1]!)) from--;
  let to = index + 1;
  while (to < sentence.end && !isClauseLimit(tokens[to]!)) to++;
  return [from, to];
}

const isClauseLimit = (token: Token) => CONTRAST.has(token.normal) || CLAUSE_END.has(token.text);

/** Tokens `[first, end)` that name an aspect; a category-only mention ("charged us twice") is made of opinion words. */
export interface AspectSpan {
  first: number;
  end: number;
  categoryOnly?: boolean;
}

/** Opinion evidence attributed to one aspect span. */
export interface Attribution {
  weight: number;
  positive: number;
  negative: number;
  evidence: Evidence[];
}

/**
 * Gives every opinion word of a sentence to the aspects of its clause, so "love X but hate Y" splits at
 * "but"; within a clause a word weighs less the farther it stands, commas counting as distance, so in
 * "great food, terrible service" each aspect is mostly its own adjective. A word whose clause names no
 * aspect goes at half weight to the aspects of the sentence that their own clauses leave without opinion:
 * in "the service was a bit slow, but they were very friendly" the service stays slow.
 */
export function attribute(
  tokens: readonly Token[],
  sentence: SentenceSpan,
  spans: readonly AspectSpan[],
  opinions: readonly { index: number; evidence: Evidence }[],
): Attribution[] {
  const out: Attribution[] = spans.map(() => ({ weight: 0, positive: 0, negative: 0, evidence: [] }));
  // A word inside an aspect's name ("Beacon alerts", "crash reports", "fan noise") is not an opinion of it.
  // A phrase that only starts there ("design flaw" for "design") is.
  const insideTerm = (index: number, end: number) =>
    spans.some((span) => !span.categoryOnly && index >= span.first && end <= tokens[span.end - 1]!.end);
  const aboutAspects = opinions.filter(({ index, evidence }) => !insideTerm(index, evidence.end));
  // Asked only when a word crosses clauses, which most sentences never need.
  let ownOpinion: boolean[] | undefined;
  const hasOwnOpinion = (k: number) => {
    ownOpinion ??= spans.map((span) => {
      const [from, to] = clauseAround(tokens, sentence, span.first);
      return aboutAspects.some(({ index }) => index >= from && index < to);
    });
    return ownOpinion[k]!;
  };
  for (const { index, evidence } of aboutAspects) {
    let [from, to] = clauseAround(tokens, sentence, index);
    let share = 1;
    if (!spans.some((span) => span.end > from && span.first < to)) {
      [from, to] = [sentence.first, sentence.end];
      share = ACROSS_CLAUSE;
    }
    spans.forEach((span, k) => {
      if (span.end <= from || span.first >= to) return;
      if (share < 1 && hasOwnOpinion(k)) return;
      const inside = index >= span.first && index < span.end;
      const distance = inside ? 0 : distanceBetween(tokens, index, index < span.first ? span.first : span.end - 1);
      const weight = share * evidence.weight * (distance <= NEAR ? 1 : NEAR / distance);
      const target = out[k]!;
      target.weight += weight;
      if (weight > 0) target.positive += weight;
      else target.negative -= weight;
      // Quote only the words that speak mainly to this aspect.
      if (Math.abs(weight) >= Math.abs(evidence.weight) / 2) target.evidence.push(evidence);
    });
  }
  return out;
}

function distanceBetween(tokens: readonly Token[], a: number, b: number): number {
  const [low, high] = a < b ? [a, b] : [b, a];
  let distance = high - low;
  for (let i = low + 1; i < high; i++) {
    if (tokens[i]!.text === ',') distance += COMMA_DISTANCE;
    else if (isJoiningHyphen(tokens, i)) distance--;
  }
  return distance;
}

/** Each sentence's opinion evidence located at its first token. */
export function locateOpinions(doc: Doc, sentences: readonly SentenceResult[]): { index: number; evidence: Evidence }[][] {
  const tokenAt = new Map<number, number>();
  doc.tokens.forEach((token, index) => {
    tokenAt.set(token.start, index);
  });
  return sentences.map((sentence) =>
    sentence.evidence.flatMap((evidence) => (tokenAt.has(evidence.start) ? [{ index: tokenAt.get(evidence.start)!, evidence }] : [])),
  );
}

/** How {@link scoreAspects} finds and labels aspects. */
export interface AspectConfig {
  /** Category patterns of the taxonomy lexicons. */
  taxonomy: PatternIndex;
  /** Patterns naming what the text is about (`subject` of `createAnalyzer`): mentions they head are not aspects. */
  subject?: PatternIndex | undefined;
  /** The document's label thresholds; aspects narrow the neutral band ({@link aspectThresholds}). */
  thresholds: LabelThresholds;
  /** Which tokens are nouns; the noun-phrase benchmark swaps in another tagger. */
  isNounTagged?: NounTest;
}

/** The aspects of a document, deduplicated by term, with the sentiment their own clauses express. */
export function scoreAspects(
  doc: Doc,
  sentences: readonly SentenceResult[],
  config: AspectConfig,
): { aspects: AspectResult[]; aspectSummary: Record<string, AspectSummary> } {
  const thresholds = aspectThresholds(config.thresholds);
  const opinionsBySentence = locateOpinions(doc, sentences);
  const byKey = new Map<string, { result: AspectResult; sums: Attribution }>();
  doc.sentences.forEach((sentence, s) => {
    const opinions = opinionsBySentence[s] ?? [];
    const opinionTokens = new Map<number, OpinionToken>();
    for (const { index, evidence } of opinions)
      for (let i = index; i < doc.tokens.length && doc.tokens[i]!.start < evidence.end; i++)
        opinionTokens.set(i, { valence: evidence.valence, phraseStart: index });
    const mentions = findMentions(doc.tokens, sentence, opinionTokens, config);
    // The subject takes the opinion words near it, so they are not handed to other aspects, and is then left out.
    const attributions = attribute(doc.tokens, sentence, mentions, opinions);
    mentions.forEach((mention, k) => {
      if (mention.isSubject) return;
      const start = doc.tokens[mention.first]!.start;
      const end = doc.tokens[mention.end - 1]!.end;
      const text = doc.text.slice(start, end);
      const key = mention.categoryOnly ? `category:${mention.category}` : termKey(doc.tokens, mention);
      let entry = byKey.get(key);
      if (!entry) {
        entry = {
          result: {
            term: text,
            category: mention.category,
            kind: mention.categoryOnly ? 'category' : 'term',
            start,
            end,
            mentions: [],
            sentiment: toSentimentScore(0, 0, 0, thresholds),
            evidence: [],
          },
          sums: { weight: 0, positive: 0, negative: 0, evidence: [] },
        };
        byKey.set(key, entry);
      }
      if (entry.result.category === UNCATEGORIZED && mention.category !== UNCATEGORIZED) entry.result.category = mention.category;
      entry.result.mentions.push({ text, start, end });
      const attribution = attributions[k]!;
      entry.sums.weight += attribution.weight;
      entry.sums.positive += attribution.positive;
      entry.sums.negative += attribution.negative;
      entry.result.evidence.push(...attribution.evidence);
    });
  });
  const aspects = [...byKey.values()].map(({ result, sums }) => {
    result.sentiment = toSentimentScore(normalizeScore(sums.weight), sums.positive, sums.negative, thresholds);
    return result;
  });
  return { aspects, aspectSummary: summarize(aspects, thresholds) };
}

/** "The Acme app", "Acme": a noun phrase whose head (its last word) a subject pattern ends on. */
function namesSubject(tokens: readonly Token[], mention: AspectMention, subject: PatternIndex): boolean {
  return findPatterns(tokens, mention.first, mention.end, subject).some((match) => match.end === mention.end);
}

/** "The dashboards" and "dashboard" are one aspect: lower case, last word by its lemma. */
function termKey(tokens: readonly Token[], mention: AspectMention): string {
  const words = tokens.slice(mention.first, mention.end);
  return words.map((token, i) => (i === words.length - 1 ? token.lemma : token.normal)).join(' ');
}

/** Per category: the sentiment of its aspects together, how often it was mentioned, and the quotes behind it. */
function summarize(aspects: readonly AspectResult[], thresholds: LabelThresholds): Record<string, AspectSummary> {
  const sums = new Map<string, { weight: number; positive: number; negative: number; mentions: number; quotes: Quote[] }>();
  for (const aspect of aspects) {
    const sum = sums.get(aspect.category) ?? { weight: 0, positive: 0, negative: 0, mentions: 0, quotes: [] };
    sum.mentions += aspect.mentions.length;
    for (const evidence of aspect.evidence) {
      sum.weight += evidence.weight;
      if (evidence.weight > 0) sum.positive += evidence.weight;
      else sum.negative -= evidence.weight;
      sum.quotes.push({ text: evidence.text, start: evidence.start, end: evidence.end });
    }
    sums.set(aspect.category, sum);
  }
  const summary: Record<string, AspectSummary> = {};
  for (const [category, sum] of sums) {
    summary[category] = {
      sentiment: toSentimentScore(normalizeScore(sum.weight), sum.positive, sum.negative, thresholds),
      mentions: sum.mentions,
      quotes: sum.quotes,
    };
  }
  return summary;
}
