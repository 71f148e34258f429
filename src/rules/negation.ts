import { isDeniedReluctance, isDispreference, isNegator, isNothingShortOf, NEGATION_SCALAR, NEGATION_WINDOW } from '../doc/negators.js';
import { isFaceSpan } from '../doc/faces.js';
import { REMEDIES } from '../doc/remedy.js';
import type { SentenceSpan, Token } from '../doc/token.js';
import { isWhWord, opensEmbeddedQuestion, windowEnd, windowStart } from '../doc/clause.js';
import { isComparative } from './comparative.js';
import type { Adjustment, Rule } from './rule.js';
import type { Hit } from '../lexicon/hit.js';

export { NEGATION_SCALAR };

// "Users cannot log in right now": a time adverbial says when, and a negation before the verb denies the verb, not the
// time. Only a negator right before it denies the time itself: "not right now", "not today".
const TIME_ADVERBIALS = new Set([
  'right now',
  'immediately',
  'right away',
  'asap',
  'as soon as possible',
  'today',
  'by today',
  'by tomorrow',
  'by end of day',
  'by eod',
]);

// Verbs that would remove a problem: negated, they leave it in place. "Didn't fix the issue" is about an issue
// that is still there, not about its absence, so the negator stops at the verb.
const NEGATED_REMEDIES = new Set([...REMEDIES, 'remove', 'stop', 'help']);

// Things a customer asks for: their valence says something is wrong, and their absence ("no workaround", "we can't
// offer a refund") leaves it wrong, so a negator keeps their sign, unless it denies the asking ("I don't need a
// refund", "didn't ask for a replacement", "no refund needed").
const SOUGHT = new Set(['refund', 'workaround', 'reimbursement', 'compensation', 'replacement']);
const ASKING = new Set(['need', 'want', 'ask', 'request', 'require', 'demand', 'necessary']);

/** A sought thing whose absence the negator reports, not a denied request for it. */
function isSoughtAndMissing(tokens: readonly Token[], negator: number, word: number): boolean {
  if (!SOUGHT.has(tokens[word]!.lemma)) return false;
  for (let i = negator + 1; i < word; i++) if (ASKING.has(tokens[i]!.lemma)) return false;
  return !ASKING.has(tokens[word + 1]?.lemma ?? '');
}

// "We never had this problem before the migration", "no errors until the update": the denial is of the past, and
// says the problem is there now. Problems only: "don't worry until you see problems" denies no past.
const SINCE_THEN = new Set(['before', 'until', 'till', 'prior']);
const SINCE_THEN_REACH = 3;

/** A word of time after the problem that bounds the denial to the past. */
function deniesOnlyThePast(tokens: readonly Token[], wordEnd: number, ceiling: number): boolean {
  const end = windowEnd(tokens, wordEnd - 1, ceiling, SINCE_THEN_REACH);
  for (let i = wordEnd; i < end; i++) if (SINCE_THEN.has(tokens[i]!.normal)) return true;
  return false;
}

// "Not bad", "not that difficult", "hardly a problem" are faint praise (litotes): a fault denied by degree reads as
// weakly positive, about half as strongly as a denied virtue reads as negative (Kiritchenko & Mohammad 2016 measured
// the same asymmetry). A fault denied outright is relief and keeps the full reversal: denied by a determiner or
// "never" ("no problems", "without errors", "never fails"), as an event that did not or seldom happens ("haven't had any
// issues", "didn't see a single crash", "rarely crashes"), or as impossible ("you can't go wrong").
const LITOTES_NEGATORS = new Set(['not', 'hardly', 'barely', 'scarcely']);
const OUTRIGHT = new Set(['any', 'single']);
const MEETING = new Set(['have', 'experience', 'encounter', 'see', 'notice', 'face']);
const LITOTES_SCALAR = NEGATION_SCALAR / 2;

/** A fault at `word` denied by degree ("not bad") rather than outright ("not any bugs", "can't go wrong"). */
function isLitotes(tokens: readonly Token[], negator: number, word: number, floor: number): boolean {
  if (!LITOTES_NEGATORS.has(tokens[negator]!.normal)) return false;
  const before = negator > floor ? tokens[negator - 1] : undefined;
  if (before && (MODALS.has(before.normal) || before.lemma === 'have')) return false;
  for (let k = negator + 1; k < word; k++) if (OUTRIGHT.has(tokens[k]!.normal) || MEETING.has(tokens[k]!.lemma)) return false;
  return true;
}

/**
 * "A single" or "one single" just before a word: two tokens the negation's window does not count, since they only
 * stress what is denied ("we haven't had a single outage", "didn't see one single crash").
 */
function singled(tokens: readonly Token[], word: number, floor: number): number {
  if (word - 2 < floor || tokens[word - 1]!.normal !== 'single') return 0;
  return tokens[word - 2]!.normal === 'a' || tokens[word - 2]!.normal === 'one' ? 2 : 1;
}

// "Don't want to lose our data", "I wouldn't want to waste that": a fault not wished for is neither relief nor praise.
const WISHING = new Set(['want', 'wish', 'mean', 'intend']);

function isUnwanted(tokens: readonly Token[], negator: number, word: number): boolean {
  for (let k = negator + 1; k < word - 1; k++) if (WISHING.has(tokens[k]!.lemma) && tokens[k + 1]!.normal === 'to') return true;
  return false;
}

/**
 * "Much less painful", "less responsive than before": a quality said to be there in a smaller degree. A fault lessened
 * is faint praise, a virtue lessened a complaint. Only the adjective right after "less" is lowered ("less likely :("
 * keeps its frown), and only here: fitted models and intent patterns read "less" as the word it is.
 */
function isLessened(tokens: readonly Token[], at: number, word: number): boolean {
  return at === word - 1 && tokens[at]!.normal === 'less' && tokens[word]!.pos === 'ADJ';
}

/**
 * "Stick to the dim sum, not the overpriced noodles", "get the steak, not the overcooked salmon": a "not" after a comma
 * that sets one thing against another rejects the thing, and says nothing against how it is described. Only a word
 * that describes a noun right after it, with no verb between, and a thing that is there (the noodles, not a noodle
 * dish): "it's slow, not broken" denies the breakage, "we got a refund, not a good answer" the answer.
 */
function isRejectedThing(tokens: readonly Token[], negator: number, hit: Readonly<Hit>): boolean {
  if (tokens[negator]!.normal !== 'not' || tokens[negator - 1]?.text !== ',' || tokens[hit.end]?.pos !== 'NOUN') return false;
  for (let k = negator + 1; k < hit.first; k++) {
    const { pos, normal } = tokens[k]!;
    // "We got a refund, not a good answer": an indefinite thing denied is one that was never there.
    if (pos === 'VERB' || pos === 'AUX' || INDEFINITE.has(normal)) return false;
  }
  return true;
}
const INDEFINITE = new Set(['a', 'an', 'any', 'some', 'one', 'single']);

/**
 * A sentiment verb between a negator and a later word takes the negation, and its object keeps its sign: "don't forget
 * this excellent article", "never fails to impress", "I don't like the new slow UI". An adverb of the verb stays in the
 * negation's scope: "didn't play well". A reluctance denied is a will, so it takes the negation too and the verb of its
 * infinitive keeps its sign: "not afraid to escalate", "won't hesitate to cancel".
 */
function takesTheNegation(tokens: readonly Token[], hitAtToken: number, at: number, word: number): boolean {
  if (hitAtToken !== -1 && isDeniedReluctance(tokens, at, word)) return true;
  if (presupposes(tokens, at, word)) return true;
  if (hitAtToken === -1 || tokens[at]!.pos !== 'VERB') return false;
  if (COMPLEMENTS.has(tokens[word]!.pos)) return true;
  // A determiner opens the verb's object whatever the tagger made of the word: "did not enjoy the slow onboarding".
  for (let k = at + 1; k < word; k++) if (tokens[k]!.pos === 'DET') return true;
  return false;
}

// Verbs of noticing and knowing take what they are about as given: "didn't notice the horrid inline script", "I don't
// remember the awful migration", "never realised how slow the export was" deny the noticing, not the quality. Only of a
// definite thing ("the", "your", "this"): "didn't see any errors" denies the errors.
const PRESUPPOSING = new Set(['notice', 'realize', 'realise', 'remember', 'spot', 'mind']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'your', 'our', 'my', 'his', 'her', 'their', 'its', 'how']);

function presupposes(tokens: readonly Token[], at: number, word: number): boolean {
  if (!PRESUPPOSING.has(tokens[at]!.lemma)) return false;
  return hasDefiniteBefore(tokens, at, word);
}

function hasDefiniteBefore(tokens: readonly Token[], at: number, word: number): boolean {
  for (let k = at + 1; k < word; k++) if (DEFINITE.has(tokens[k]!.normal)) return true;
  return false;
}

// "Nobody owns the problem", "never acknowledged the issue", "didn't explain the error": a definite fault is there, and
// a negated act on it leaves it there. Verbs of meeting or making a fault deny the fault itself ("haven't had the
// problem since", "doesn't throw the error anymore"), as does an indefinite one ("never had a problem").
const MEETING_OR_MAKING = new Set([
  ...MEETING,
  'get',
  'hit',
  'receive',
  'run',
  'find',
  'reproduce',
  'cause',
  'throw',
  'show',
  'report',
  'produce',
  'happen',
  'occur',
  'return',
  'give',
]);

function isActOnDefiniteFault(tokens: readonly Token[], at: number, word: number): boolean {
  const verb = tokens[at]!;
  return verb.pos === 'VERB' && tokens[word]!.pos === 'NOUN' && !MEETING_OR_MAKING.has(verb.lemma) && hasDefiniteBefore(tokens, at, word);
}

// What a verb's object or complement is made of; not its adverbs, nor an interjection after it ("can't even play lol").
const COMPLEMENTS = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB']);

/** A negator the lexicon scores ("no"), at hit index `negator` (or -1), weighs nothing once spent on what it denies. */
function carriesNegator(tokens: readonly Token[], hit: Readonly<Hit>, floor: number): boolean {
  for (let k = hit.first; k < hit.end; k++) if (isNegator(tokens, k, floor)) return true;
  return false;
}

function spendNegator(adjustments: Adjustment[], hits: readonly Readonly<Hit>[], negator: number): void {
  if (negator >= 0 && hits[negator]!.end - hits[negator]!.first === 1) adjustments.push({ hit: negator, factor: 0 });
}

/** Flips and weakens a sentiment word with a negator shortly before it in the same clause. */
export const negation: Rule = {
  name: 'negation',
  apply({ tokens, sentence, hits, hitAt, lexicon }) {
    const adjustments: Adjustment[] = [];
    // Found once a sentence, when a word first asks: most sentences name no one and nothing, and a walk per word would
    // be quadratic in a long sentence.
    let namesNoOne: boolean | undefined;
    let lastQuestionMark: number | undefined;
    hits.forEach((hit, index) => {
      // A phrase that carries its own negator ("not worth", "never works", "didn't work") is already negated: "good, not
      // great, not worth the wait" and "no, that didn't work either" must not turn it around again.
      if (hit.end - hit.first > 1 && carriesNegator(tokens, hit, sentence.first)) {
        // A denial of trouble bounded to the past says the trouble is here now: "never had a problem until now".
        if (hit.entry.valence > 0 && deniesOnlyThePast(tokens, hit.end, sentence.end))
          adjustments.push({ hit: index, factor: NEGATION_SCALAR });
        return;
      }
      if (isAnswer(tokens, hit, sentence)) {
        adjustments.push({ hit: index, factor: ANSWER_FACTOR });
        return;
      }
      // A negator the lexicon scores is a refusal, and a refusal repeated is not its opposite: "no and no", "no, no, no".
      if (hit.end - hit.first === 1 && isNegator(tokens, hit.first, sentence.first)) return;
      // A smiley is the writer's tone about the whole sentence, not a word the negator denies: "it's not open source :)".
      if (isFaceSpan(tokens, hit.first, hit.end)) return;
      const fault = hit.entry.valence < 0;
      if (!fault && followsInability(tokens, hits, hitAt, hit.first, sentence.first)) {
        adjustments.push({ hit: index, factor: NEGATION_SCALAR });
        return;
      }
      // "Not loud enough" is a shortfall, not the absence of a fault: the word keeps its sign.
      if (fault && tokens[hit.end]?.normal === 'enough') return;
      if (hasDeniedObject(tokens, hit, sentence.end)) {
        adjustments.push({ hit: index, factor: NEGATION_SCALAR });
        return;
      }
      const reach = TIME_ADVERBIALS.has(hit.entry.term) ? 1 : NEGATION_WINDOW + singled(tokens, hit.first, sentence.first);
      const start = windowStart(tokens, hit.first, sentence.first, reach);
      for (let j = hit.first - 1; j >= start; j--) {
        if (fault && isEmbeddedQuestion(tokens, j, sentence.first)) return;
        if (fault && (NEGATED_REMEDIES.has(tokens[j]!.lemma) || isActOnDefiniteFault(tokens, j, hit.first))) return;
        // "Lacks the passion": a verb of lacking negates its object rather than taking the negation itself.
        const lacking = isLacking(tokens, j, fault, sentence.first);
        if (!lacking && takesTheNegation(tokens, hitAt[j - sentence.first]!, j, hit.first)) return;
        if (isLessened(tokens, j, hit.first)) {
          adjustments.push({ hit: index, factor: fault ? LITOTES_SCALAR : NEGATION_SCALAR });
          return;
        }
        if (!lacking && answersOnly(tokens, j, sentence.first)) continue;
        if ((lacking || isNegator(tokens, j, sentence.first)) && !spentInPhrase(hits, hitAt[j - sentence.first]!, j, fault)) {
          if ((fault || isComparative(tokens, hit.first)) && isNegativeQuestion(tokens, j, sentence)) return;
          if (isUnsurpassed(tokens, j, hit.first, sentence.first) || deniesOnlyExpectation(tokens, j, hit.first, sentence.first)) return;
          if (isNeverThisMuch(tokens, j, hit.first)) return;
          if (isRejectedThing(tokens, j, hit)) return;
          if (deniesOnlyTheSaying(tokens, j, hit.first)) return;
          if (endsAtItsNoun(tokens, j, hit.first) || isWhatNothingIsAbout(tokens, j, hit.first)) return;
          if (fault && isSoughtAndMissing(tokens, j, hit.first)) return;
          // "Not urgent", "no emergency", "not a blocker": a denied rating of urgency is calm triage, not relief, and
          // a scored negator ("no") spent on it says no more than it.
          if (fault && lexicon.severity.has(hit.entry.term)) {
            spendNegator(adjustments, hits, hitAt[j - sentence.first]!);
            adjustments.push({ hit: index, factor: 0 });
            return;
          }
          if (
            fault &&
            (isUnwanted(tokens, j, hit.first) || isDispreference(tokens, j, sentence.first) || isCorrected(tokens, j, hit.end, sentence))
          ) {
            adjustments.push({ hit: index, factor: 0 });
            return;
          }
          if (hit.entry.problem !== undefined && deniesOnlyThePast(tokens, hit.end, sentence.end)) return;
          if (!fault && isBeyondWords(tokens, j, hit.end, sentence)) return;
          const factor = fault && isLitotes(tokens, j, hit.first, sentence.first) ? LITOTES_SCALAR : NEGATION_SCALAR;
          adjustments.push({ hit: index, factor });
          // "No more crashes", "no more timeouts since the patch": a bad movement denied right after a scored "no" is the
          // good news itself, and the "no" is spent on it.
          if (j === hit.first - 1 && hit.rules.includes('movement')) spendNegator(adjustments, hits, hitAt[j - sentence.first]!);
          return;
        }
      }
      // A question asserts no denial of its subject: "are we sure none of it was inspired by …?"
      const subject = (namesNoOne ??= hasDenyingWord(tokens, sentence)) ? deniedSubjectOf(tokens, hit.first, sentence.first) : -1;
      const deniedSubject = subject !== -1 && (lastQuestionMark ??= lastAsked(tokens, sentence)) < hit.end;
      if (hasTransferredNegation(tokens, hit.first, sentence.first) || deniedSubject) {
        adjustments.push({ hit: index, factor: NEGATION_SCALAR });
        // "No one has had any problems": the scored "no" of "no one" is spent on the fault its subject never met.
        if (deniedSubject && fault && tokens[hit.first]!.pos === 'NOUN') spendNegator(adjustments, hits, hitAt[subject - sentence.first]!);
      } else if (!fault && (isDoubted(tokens, hit.first, sentence.first) || isGrudging(tokens, hit.end, sentence.end)))
        adjustments.push({ hit: index, factor: DOUBT_SCALAR });
    });
    return adjustments;
  },
};

// "I'm not angry, just disappointed", "not broken, only slow": a fault denied to name the one that is there instead is a
// correction, not relief. Not "but", whose second half adds rather than replaces ("not bad, but pricey").
const CORRECTING = new Set(['just', 'only', 'merely', 'simply']);

function isCorrected(tokens: readonly Token[], negator: number, end: number, sentence: SentenceSpan): boolean {
  let at = tokens[end]?.text === ',' ? end + 1 : end;
  // The correction may repeat the denial's subject: "we're not upset, we just need a date", "I'm not angry, I'm only
  // tired"; not a new one ("not bad, we just need more seats" adds a need to the praise).
  // "I've just managed to …" is news of the moment, not a correction: only a form of "be" may follow the subject.
  if (at > end && isSubjectOf(tokens, tokens[at]?.normal ?? '', sentence.first, negator)) at += tokens[at + 1]?.lemma === 'be' ? 2 : 1;
  return at + 1 < sentence.end && CORRECTING.has(tokens[at]!.normal) && tokens[at + 1]!.type === 'word';
}
const CORRECTING_SUBJECTS = new Set(['i', 'we', 'they', 'it', "i'm", "we're", "they're", "it's"]);

const isSubjectOf = (tokens: readonly Token[], pronoun: string, from: number, negator: number): boolean => {
  if (!CORRECTING_SUBJECTS.has(pronoun)) return false;
  for (let k = from; k < negator; k++) if (tokens[k]!.normal === pronoun) return true;
  return false;
};

// What may ask an embedded question: "don't know why", "don't care whose fault", "not sure how".
const ASKING_POS = new Set(['VERB', 'ADJ']);

/**
 * A wh-word after a verb or an adjective opens an embedded question, whose content is taken as given, so a negator before
 * it denies the knowing or the caring, not a fault inside: "I don't care whose fault it is", "I don't see why it failed".
 * Praise there stays denied, since what is asked about need not be the writer's ("I don't know what love is"); after "not"
 * a wh-word opens a relative clause the negator reaches into: "that is not what good support looks like".
 */
const isEmbeddedQuestion = (tokens: readonly Token[], at: number, floor: number): boolean =>
  at > floor && isWhWord(tokens[at]!) && ASKING_POS.has(tokens[at - 1]!.pos);

// Negators that are determiners: they deny their noun, not what is said after it.
const DETERMINER_NEGATORS = new Set(['no', 'zero']);
const COORDINATORS = new Set(['and', 'or']);

/**
 * "Changed overnight with zero notice and broke our sync", "no warning and deleted the data": a determiner's negation
 * ends with its noun, and a verb coordinated after it is asserted, not denied.
 */
function endsAtItsNoun(tokens: readonly Token[], negator: number, word: number): boolean {
  if (!DETERMINER_NEGATORS.has(tokens[negator]!.normal)) return false;
  for (let k = negator + 2; k < word; k++) if (COORDINATORS.has(tokens[k]!.normal) && isVerbal(tokens[k + 1]!)) return true;
  return false;
}

const isVerbal = (token: Token): boolean => token.pos === 'VERB' || token.pos === 'AUX';

// "Lacks the passion", "a complete lack of originality", "devoid of any humour": what is lacked is denied, as after "no".
// Of praise only: "lack of errors" is rarer than the fault it would turn round, and read only in the negation rule, not
// by patterns or fitted models, which read "lack" as the word it is.
const LACKING = new Set(['lack', 'lacks', 'lacked', 'lacking', 'devoid']);

function isLacking(tokens: readonly Token[], at: number, fault: boolean, floor: number): boolean {
  if (fault || !LACKING.has(tokens[at]!.normal)) return false;
  // "Not lacking in charm": a lack denied is the thing had.
  for (let k = at - 1; k >= windowStart(tokens, at, floor, NEGATION_WINDOW); k--) if (isNegator(tokens, k, floor)) return false;
  return true;
}

// "Offered me nothing for the inconvenience", "said nothing about the delay": "nothing" is itself what is denied, and a
// thing in the phrase after it is what it was about. A verb between makes the thing a subject again: "nothing about it
// is good".
const PRONOUN_NEGATORS = new Set(['nothing', 'none', 'nobody', 'noone']);
const ABOUT = new Set(['for', 'about', 'on', 'regarding', 'after', 'despite', 'over']);

function isWhatNothingIsAbout(tokens: readonly Token[], negator: number, word: number): boolean {
  if (!PRONOUN_NEGATORS.has(tokens[negator]!.normal) || !ABOUT.has(tokens[negator + 1]!.normal)) return false;
  for (let k = negator + 2; k < word; k++) if (isVerbal(tokens[k]!)) return false;
  return tokens[word]!.pos === 'NOUN';
}

// "The update fixed nothing", "the patch solved none of them": a verb whose object is denied did not do what it says.
const DENIED_OBJECTS = new Set(['nothing', 'none']);
// "Like nothing more than", "love nothing better", "have nothing but praise": nothing else compares, which is praise.
// "Laughing none the less": an adverb, not an object.
const NOT_DENYING = new Set(['more', 'better', 'but', 'less', 'short', 'the']);
// Verbs of attitude take a clause, whose subject "none" may be: "I hope none of my bugs end up in production" hopes.
const TAKING_A_CLAUSE = new Set(['hope', 'wish', 'think', 'believe', 'pray', 'suppose', 'guess', 'expect', 'trust']);

function hasDeniedObject(tokens: readonly Token[], hit: Hit, end: number): boolean {
  if (hit.end - hit.first !== 1 || hit.end >= end) return false;
  const verb = tokens[hit.first]!;
  if (verb.pos !== 'VERB' || TAKING_A_CLAUSE.has(verb.lemma) || !DENIED_OBJECTS.has(tokens[hit.end]!.normal)) return false;
  return hit.end + 1 >= end || !NOT_DENYING.has(tokens[hit.end + 1]!.normal);
}

// "No, it returns n + 1", "No I did not.", "Nope, there are 21": a reply's opening "no" answers a question. It
// corrects or denies, which is a far cry from a complaint, so it keeps a third of its weight: alone it reads neutral,
// and it still leans a sentence that complains ("No, it still fails") the way it leans. After an @-handle it is left
// whole: "@airline no, still waiting" answers the company's question with the complaint itself.
const ANSWERS = new Set(['no', 'nope']);
const ANSWER_FACTOR = 0.35;
// What follows an answer: a stop or a new clause's subject, not the hyphen of "no-one".
const ANSWER_STOPS = /^[,.!?;:…]/;

// "Nope still broken", "nah still down", "no still waiting": "nope" and "nah" only ever answer (wink-nlp may read them
// as "no"), and "still" is never what a "no" denies, so such an opening denies nothing after it.
const ONLY_ANSWERING = new Set(['nope', 'nah']);

// "No that's fine", "no it works now", "no we're good": a clause of its own after the answer, as chat writes it without
// the comma; its own "not" denies it if anything does.
const ANSWER_SUBJECTS = new Set(['i', 'we', 'you', 'it', 'that', 'they', 'this', 'he', 'she']);

/**
 * A reply's opening word that answers and denies nothing after it: "nope", "nah", a "no" before "still", or before a
 * subject and its verb.
 */
function answersOnly(tokens: readonly Token[], at: number, first: number): boolean {
  if (at !== first || tokens[at]!.normal !== 'no') return false;
  if (ONLY_ANSWERING.has(tokens[at]!.text.toLowerCase()) || tokens[at + 1]?.normal === 'still') return true;
  const verb = tokens[at + 2];
  return ANSWER_SUBJECTS.has(tokens[at + 1]?.normal ?? '') && verb !== undefined && (verb.pos === 'AUX' || verb.pos === 'VERB');
}

function isAnswer(tokens: readonly Token[], hit: Hit, sentence: { first: number; end: number }): boolean {
  if (hit.end - hit.first !== 1 || !ANSWERS.has(tokens[hit.first]!.normal)) return false;
  if (hit.first !== sentence.first) return false;
  if (answersOnly(tokens, hit.first, sentence.first)) return true;
  if (hit.end >= sentence.end) return true;
  const next = tokens[hit.end]!;
  return next.pos === 'PRON' || ANSWER_STOPS.test(next.text);
}

/**
 * "Isn't it better to use a map?", "Wouldn't a queue be simpler?", "Won't that be confusing for users?": a question
 * opened by a negated auxiliary expects the answer yes, so it asserts what it asks (Quirk et al. 1985); the
 * question rule then weighs it as a question. Of praise, only a comparative is asserted so, as advice: "Doesn't it seem
 * fair that …?" asks because it is not.
 */
function isNegativeQuestion(tokens: readonly Token[], negator: number, sentence: { first: number; end: number }): boolean {
  if (negator !== sentence.first + 1 || tokens[sentence.first]!.pos !== 'AUX' || tokens[negator]!.normal !== 'not') return false;
  return tokens[sentence.end - 1]!.text === '?';
}

// Negators that, before a comparative, say nothing surpasses it: "nothing better", "never had friendlier staff".
// "No better than" and "not better" stay negated.
export const UNSURPASSED: ReadonlySet<string> = new Set(['nothing', 'never', 'nobody', 'nowhere', 'none']);
const MODALS = new Set(['can', 'could']);

/** "Nothing better", "I can't imagine a friendlier staff": a comparative beyond compare is praise, not its opposite. */
function isUnsurpassed(tokens: readonly Token[], negator: number, word: number, floor: number): boolean {
  if (!isComparative(tokens, word)) return false;
  const negatorWord = tokens[negator]!.normal;
  return UNSURPASSED.has(negatorWord) || (negatorWord === 'not' && negator > floor && MODALS.has(tokens[negator - 1]!.normal));
}

// "I don't think the new UI is good" means the UI is not good: a negated opinion verb passes its negation on to
// the clause it introduces, past the usual window.
const OPINION_VERBS = new Set(['think', 'believe', 'feel', 'find', 'consider']);
const WOULD = new Set(['would', "'d", 'wo']);
const TRANSFER_WINDOW = 8;

/** A negated opinion verb ("don't think", "do not believe") before `word` in its clause; the plain window found no negator. */
function hasTransferredNegation(tokens: readonly Token[], word: number, floor: number): boolean {
  const start = windowStart(tokens, word, floor, TRANSFER_WINDOW);
  for (let j = word - 1; j >= start; j--) {
    const saying = tokens[j]!.lemma === 'say';
    if (!OPINION_VERBS.has(tokens[j]!.lemma) && !saying) continue;
    for (let k = j - 1; k >= Math.max(start, j - 2); k--) {
      if (tokens[k]!.normal !== 'not' && tokens[k]!.normal !== 'never') continue;
      // "I wouldn't say it's great" hedges a denial of the opinion; "I'm not saying it's bad" only denies the saying.
      if (saying && !(k > start && WOULD.has(tokens[k - 1]!.normal))) return false;
      if (isIncredulity(tokens, k, j, floor)) return false;
      return !deniesOnlyTheSaying(tokens, k, word);
    }
  }
  return false;
}

// "We're not sure it's worth it", "I doubt the new plan is better": praise in a clause the writer doubts is a
// reservation, short of a denial, so it turns to faint criticism. A fault there is left as it reads ("not sure it's a
// bug" hedges already). An embedded question is no doubt of what it asks: "not sure why it's faster", "not sure if
// this is the right place to ask".
const DOUBTFUL = new Set(['sure', 'certain', 'convinced', 'confident']);
const DOUBTING = new Set(['unsure', 'doubt', 'doubts', 'doubted', 'doubtful']);
const DOUBT_SCALAR = NEGATION_SCALAR / 2;
// Words between "not" and the doubt: "not really sure", "not so sure", "not 100% sure".
const DOUBT_GAP = 2;

/** A doubt ("not sure", "unsure", "I doubt") before `word` in its clause, opening a clause that asserts rather than asks. */
function isDoubted(tokens: readonly Token[], word: number, floor: number): boolean {
  const start = windowStart(tokens, word, floor, TRANSFER_WINDOW);
  for (let j = word - 1; j >= start; j--) {
    const normal = tokens[j]!.normal;
    // "No doubt a winner", "never doubted it", "without a doubt": a denied doubt is certainty.
    const doubts = DOUBTING.has(normal) ? !hasNegatorBefore(tokens, j, floor) : DOUBTFUL.has(normal) && hasNegatorBefore(tokens, j, floor);
    if (doubts) return j + 1 < word && !opensEmbeddedQuestion(tokens[j + 1]!);
  }
  return false;
}

// "It's fine I guess", "good enough, I suppose": praise conceded after the fact is a reservation too.
const CONCEDING = new Set(['guess', 'suppose']);

/**
 * "I guess" or "I suppose" right after the praise ending at `end` ("enough" and a comma between or not), and closing its
 * clause: "LOL I guess that would work" opens a clause of its own.
 */
function isGrudging(tokens: readonly Token[], end: number, sentenceEnd: number): boolean {
  let at = tokens[end]?.normal === 'enough' ? end + 1 : end;
  if (tokens[at]?.text === ',') at++;
  if (!(at + 1 < sentenceEnd && tokens[at]!.normal === 'i' && CONCEDING.has(tokens[at + 1]!.normal))) return false;
  return at + 2 === sentenceEnd || tokens[at + 2]!.type === 'punctuation';
}

// Plain words rather than `isNegator`, which lets "no doubt" go as a set phrase.
const DENYING_A_DOUBT = new Set(['not', 'no', 'never', 'without', 'little']);

function hasNegatorBefore(tokens: readonly Token[], at: number, floor: number): boolean {
  for (let k = at - 1; k >= Math.max(floor, at - 1 - DOUBT_GAP); k--) if (DENYING_A_DOUBT.has(tokens[k]!.normal)) return true;
  return false;
}

// A subject that is no one or nothing denies its clause's predicate, however long the subject: "nobody on our side
// approved an upgrade", "none of the agents were helpful", "nothing on the new dashboard works".
const DENYING_SUBJECTS = new Set(['nobody', 'noone', 'none', 'nothing']);
const PREDICATES = new Set(['VERB', 'ADJ']);

/**
 * The subject that is no one or nothing of which `word` is the predicate, further back than the plain window reaches,
 * or -1.
 */
function deniedSubjectOf(tokens: readonly Token[], word: number, floor: number): number {
  // A thing is denied as what the subject met: "no one on our team has had any problems".
  let object = tokens[word]!.pos === 'NOUN';
  if (!object && !PREDICATES.has(tokens[word]!.pos)) return -1;
  // A thing never got is denied with what it is said to be: "not one agent gave us a straight answer".
  let gotten = object ? -1 : verbOfIndefiniteObject(tokens, word, floor);
  const start = windowStart(tokens, word, floor, TRANSFER_WINDOW);
  for (let j = word - 1; j >= start; j--) {
    const token = tokens[j]!;
    // The predicate is the subject's first verb: "nobody said the fix works" denies the saying, not the working.
    if (token.pos === 'VERB') {
      if (j === gotten) {
        gotten = -1;
        continue;
      }
      if (!object || !MEETING.has(token.lemma)) return -1;
      object = false;
      continue;
    }
    const quantifier = deniedQuantifierAt(tokens, j, floor);
    if (!DENYING_SUBJECTS.has(token.normal) && quantifier === -1) continue;
    if (object) return -1;
    const at = quantifier === -1 ? j : quantifier;
    // "Nothing like a delayed flight" compares, "nothing short of amazing" reaches; after a verb it is an object ("we saw
    // nothing") or a complement ("it's nothing that …"), after a preposition part of a phrase ("second to none"), not a
    // subject.
    const opensClause = at === floor || !NOT_BEFORE_A_SUBJECT.has(tokens[at - 1]!.pos) || opensLikeClause(tokens, at, floor);
    const isSubject = tokens[j + 1]?.normal !== 'like' && !isNothingShortOf(tokens, j) && opensClause;
    return isSubject ? at : -1;
  }
  return -1;
}
const NOT_BEFORE_A_SUBJECT = new Set(['VERB', 'AUX', 'ADP', 'PART']);

const INDEFINITE_ARTICLES = new Set(['a', 'an', 'any']);

/**
 * The verb whose indefinite object `word` describes, or -1: "gave (us) a (really) straight answer". The thing is one
 * the verb would have brought about, so a subject that is no one denies it and its quality; a definite one was there
 * already ("nobody fixed the broken export" leaves it broken).
 */
function verbOfIndefiniteObject(tokens: readonly Token[], word: number, floor: number): number {
  if (tokens[word]!.pos !== 'ADJ' || tokens[word + 1]?.pos !== 'NOUN') return -1;
  let k = word - 1;
  while (k > floor && tokens[k]!.pos === 'ADV') k--;
  if (k <= floor || !INDEFINITE_ARTICLES.has(tokens[k]!.normal)) return -1;
  k--;
  if (k > floor && tokens[k]!.pos === 'PRON') k--;
  return tokens[k]!.pos === 'VERB' ? k : -1;
}

/**
 * Where a denied quantifier ending at `at` begins, or -1: "no one", "not one", "not a single" ("not a single agent was
 * helpful", "not one of the reports loaded"). Not "not one but two outages", which counts up, not down.
 */
function deniedQuantifierAt(tokens: readonly Token[], at: number, floor: number): number {
  const word = tokens[at]!.normal;
  let start = -1;
  if (word === 'one' && at > floor && (tokens[at - 1]!.normal === 'no' || tokens[at - 1]!.normal === 'not')) start = at - 1;
  else if (word === 'single' && at - 1 > floor && tokens[at - 1]!.normal === 'a' && tokens[at - 2]!.normal === 'not') start = at - 2;
  if (start === -1 || tokens[start]!.normal === 'no') return start;
  for (let k = at + 1; k <= at + 2 && tokens[k] !== undefined; k++) if (tokens[k]!.normal === 'but') return -1;
  return start;
}
// "I feel like nobody takes this seriously", "it seems like no one read it": "like" after these opens a clause.
const SEEMING = new Set(['feel', 'seem', 'look', 'sound']);

/** Whether the token at `at` follows a "like" that opens a clause after a verb of seeming. */
const opensLikeClause = (tokens: readonly Token[], at: number, floor: number): boolean =>
  at - 2 >= floor && tokens[at - 1]!.normal === 'like' && SEEMING.has(tokens[at - 2]!.lemma);

/** Whether the sentence has a word that can be a denying subject: "nobody", "none", "nothing", "no one". */
function hasDenyingWord(tokens: readonly Token[], sentence: SentenceSpan): boolean {
  for (let k = sentence.first; k < sentence.end; k++)
    if (DENYING_SUBJECTS.has(tokens[k]!.normal) || tokens[k]!.normal === 'one' || tokens[k]!.normal === 'single') return true;
  return false;
}

/** The last question mark of the sentence, closing quotes after it or not ('… inspired by it?"'), or -1. */
function lastAsked(tokens: readonly Token[], sentence: SentenceSpan): number {
  for (let k = sentence.end - 1; k >= sentence.first; k--) if (tokens[k]!.text === '?') return k;
  return -1;
}

// "Never expected such great support", "didn't expect it to break": what was not expected happened, so the word
// keeps its sign. "Don't think it's good" is a real denial and stays negated.
const FORESEEING = new Set(['expect', 'imagine', 'anticipate', 'dream']);

/**
 * A verb of foreseeing between the negator and the word, or a belief that cannot be had: the negator denies the
 * expectation, not the word. "Can't believe it took three escalations" asserts what it cannot believe.
 */
function deniesOnlyExpectation(tokens: readonly Token[], negator: number, word: number, floor: number): boolean {
  for (let i = negator + 1; i < word; i++) if (FORESEEING.has(tokens[i]!.lemma) || isIncredulity(tokens, negator, i, floor)) return true;
  return false;
}

/** "Can't believe", "couldn't believe": `verb` is "believe" after a modal's negator at `negator`. */
function isIncredulity(tokens: readonly Token[], negator: number, verb: number, floor: number): boolean {
  return tokens[verb]!.lemma === 'believe' && negator > floor && MODALS.has(tokens[negator - 1]!.normal);
}

// "I have never been this disappointed", "never seen such poor service", "never felt so welcome": never to this degree
// before, so now the most; the word keeps its sign (VADER reads "never so" and "never this" the same way). "Never been
// that reliable" is a real denial: "that" there means "very".
const DEGREE = new Set(['this', 'so', 'such']);

// "Haven't been this sore in a while", "hadn't been so frustrated since the migration": "not" says the same as "never"
// when a stretch of the past follows the word.
const SINCE_LONG = new Set(['since', 'in']);
const LONG_STRETCHES = new Set(['while', 'ages', 'years', 'months', 'weeks', 'forever', 'long', 'decades', 'yonks']);

/** "Never" (or "not" with a stretch of the past after the word), then a degree word ("this", "so", "such a") before the word. */
function isNeverThisMuch(tokens: readonly Token[], negator: number, word: number): boolean {
  const never = tokens[negator]!.normal === 'never';
  // "Never been misled as many times as this week", "never seen it crash so often".
  if (never && isDegreeAfter(tokens, word + 1)) return true;
  if (!never && !(tokens[negator]!.normal === 'not' && isFollowedByLongSince(tokens, word + 1))) return false;
  const before = ARTICLES.has(tokens[word - 1]?.normal ?? '') ? word - 2 : word - 1;
  if (before <= negator || !DEGREE.has(tokens[before]!.normal)) return false;
  // "Haven't been", "hadn't felt", "haven't seen": a state or an experience, not "not so good in a while".
  for (let k = negator + 1; k < before; k++) if (EXPERIENCING.has(tokens[k]!.lemma)) return true;
  return never;
}
const EXPERIENCING = new Set(['be', 'feel', 'see', 'look', 'sound', 'get']);

// How often or how much, said after the word: "as many times as", "so often", "this much".
const DEGREE_AFTER = new Set(['as', 'so', 'this']);
const HOW_OFTEN = new Set(['many', 'often', 'much']);
const DEGREE_AFTER_REACH = 4;

/** A degree of frequency or amount ("as many times", "so often") within a few words from `from`, in the clause. */
function isDegreeAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + DEGREE_AFTER_REACH && k + 1 < tokens.length && tokens[k]!.type !== 'punctuation'; k++)
    if (DEGREE_AFTER.has(tokens[k]!.normal) && HOW_OFTEN.has(tokens[k + 1]!.normal)) return true;
  return false;
}

// "Haven't been this frustrated with a vendor in years": the stretch may follow the word's own complement.
const LONG_SINCE_REACH = 5;

/** "Since …" or "in a while" within a few words after `from`, in the same clause. */
function isFollowedByLongSince(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + LONG_SINCE_REACH && k < tokens.length && tokens[k]!.type !== 'punctuation'; k++)
    if (isLongSince(tokens, k)) return true;
  return false;
}

/** "Since …", "in a while", "in ages", "in a long time" at `at`. */
function isLongSince(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at]?.normal;
  if (first === undefined || !SINCE_LONG.has(first)) return false;
  if (first === 'since') return true;
  const next = ARTICLES.has(tokens[at + 1]?.normal ?? '') ? at + 2 : at + 1;
  return LONG_STRETCHES.has(tokens[next]?.normal ?? '');
}

// "Can't believe how easy it was", "cannot describe how happy we are", "words can't express how grateful", "no idea how
// annoying", "can't believe what a mess": a negated verb of saying or believing before an exclamative "how" or "what a"
// denies the words, not the degree, and the feeling stands. "Don't know how good it is" is a doubt, not an exclamation,
// and stays negated.
const SAYING = new Set(['believe', 'describe', 'express', 'tell', 'say', 'explain', 'overstate', 'stress', 'emphasize', 'idea']);
const ARTICLES = new Set(['a', 'an']);

/** "How" or "what a" opening an exclamation: "how slow", "what a mess"; not "what they said". */
const isExclamative = (tokens: readonly Token[], at: number) =>
  tokens[at]!.normal === 'how' || (tokens[at]!.normal === 'what' && ARTICLES.has(tokens[at + 1]?.normal ?? ''));

/**
 * A verb of saying and then an exclamative "how" or "what a" between the negator and the word, or opening the word's
 * own phrase ("can't believe how long this is taking").
 */
function deniesOnlyTheSaying(tokens: readonly Token[], negator: number, word: number): boolean {
  let saying = false;
  for (let i = negator + 1; i <= word; i++) {
    if (saying && isExclamative(tokens, i)) return true;
    saying ||= SAYING.has(tokens[i]!.lemma);
  }
  return false;
}

// "Can't recommend them enough", "couldn't rate it any higher", "can't speak highly enough of Jenny".
const BEYOND_AFTER_ANY = new Set(['higher', 'more', 'better', 'further']);
const BEYOND_REACH = 4;

/** Praise that "can't" be said strongly enough is the strongest praise, not its denial. */
function isBeyondWords(tokens: readonly Token[], negator: number, wordEnd: number, sentence: { first: number; end: number }): boolean {
  if (negator <= sentence.first || !MODALS.has(tokens[negator - 1]!.normal)) return false;
  const end = windowEnd(tokens, wordEnd - 1, sentence.end, BEYOND_REACH);
  for (let i = negator + 1; i < end; i++) {
    const word = tokens[i]!.normal;
    if (word === 'enough' || (word === 'any' && BEYOND_AFTER_ANY.has(tokens[i + 1]?.normal ?? ''))) return true;
  }
  return false;
}

/**
 * A negator that belongs to a phrase ("no complaints", "not working") has spent itself there, unless it ends a
 * complaint that waits for a good thing to deny: "still not fixed", "still no luck". A complaint after it ("still no
 * cheque :(") is more of the same, not its opposite.
 */
function spentInPhrase(hits: readonly Readonly<Hit>[], owner: number, negator: number, fault: boolean): boolean {
  const hit = hits[owner];
  if (hit === undefined || hit.end - hit.first <= 1) return false;
  return fault || hit.end !== negator + 1 || hit.entry.valence >= 0;
}

/**
 * "Not able to recommend", "unable to trust": a complaint of inability that ends in "to" denies the good thing its
 * infinitive names.
 */
function followsInability(
  tokens: readonly Token[],
  hits: readonly Readonly<Hit>[],
  hitAt: Int32Array,
  word: number,
  floor: number,
): boolean {
  if (word - 1 < floor || tokens[word - 1]!.normal !== 'to') return false;
  const phrase = hits[hitAt[word - 1 - floor]!];
  return phrase !== undefined && phrase.end === word && phrase.end - phrase.first > 1 && phrase.entry.valence < 0;
}
