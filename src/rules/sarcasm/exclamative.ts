import { isClauseBreak, opensCondition } from '../../doc/clause.js';
import { REMEDIES } from '../../doc/remedy.js';
import { isComparative } from '../comparative.js';
import type { Token } from '../../doc/token.js';
import type { Hit } from '../../lexicon/hit.js';
import type { SarcasmCue, SarcasmMatch } from './cue.js';
import { isPraise } from './contrast.js';

// Words that admire the way something happens when "how" follows: "love how", "amazing how", "nice how".
const ADMIRING = new Set([
  'love',
  'loving',
  'amazing',
  'great',
  'nice',
  'wonderful',
  'brilliant',
  'fantastic',
  'awesome',
  'impressive',
  'incredible',
  'cool',
  'lovely',
]);
// A fault clearly named: "aggressive" (-0.15) is as often admired as not.
const FAULT = 0.2;

/**
 * A fault a product commits: a problem ("breaks", "crashes", "dies") or something made worse ("slower", "even more
 * confusing", "the price goes up every year"). Other faults are admired in earnest as often as not: "love how the dog
 * bites hard enough to …", "love how Angel keeps forgetting he's a vampire".
 */
function isFault(tokens: readonly Token[], hit: Readonly<Hit>): boolean {
  if (hit.weight > -FAULT) return false;
  return hit.entry.problem !== undefined || hit.rules.includes('movement') || isComparative(tokens, hit.first);
}
// Verbs that deal with a fault rather than commit it: "love how it catches errors early", "how it handles outages".
// Words said about a fault are no fault committed: "love how no one replied to say you're wrong".
const DEALING_WITH = new Set([
  ...REMEDIES,
  'avoid',
  'stop',
  'end',
  'handle',
  'catch',
  'remove',
  'reduce',
  'flag',
  'detect',
  'warn',
  'say',
  'tell',
  'claim',
]);

/**
 * Admiration of how a bad thing happens: "Love how every update makes the UI slower", "Amazing how you managed to
 * make the UI even more confusing", "Amazing how the app crashes on every login". An exclamative ("love how …") that admires
 * a fault committed in its own clause admires it in mockery, whatever the fault's words; a fault the clause deals
 * with ("love how it catches errors early"), or one a rule turned round ("love how it never crashes"), is praise.
 */
export const exclamative: SarcasmCue = {
  name: 'exclamative',
  confidence: 0.8,
  detect({ tokens, sentence, hits }) {
    const found: SarcasmMatch[] = [];
    hits.forEach((praise, index) => {
      const how = praise.end;
      if (praise.end - praise.first !== 1 || how >= sentence.end || tokens[how]!.normal !== 'how') return;
      if (!ADMIRING.has(tokens[praise.first]!.lemma) || !isPraise(tokens, praise)) return;
      const against = faultCommitted(tokens, hits, index + 1, how + 1, sentence.end);
      if (against !== -1) found.push({ hit: index, against });
    });
    return found;
  },
};

// "Love how the break had great parties and we have failed to have one": a conjunction before a new subject ends it.
const JOINING = new Set(['and', 'or', 'so']);
const opensAClause = (tokens: readonly Token[], at: number) =>
  JOINING.has(tokens[at]!.normal) && at + 1 < tokens.length && tokens[at + 1]!.pos === 'PRON';

/**
 * The first hit from `h` on that is a fault committed in the clause starting at token `from`, or -1: the walk ends at
 * the clause's end, at a word that deals with the fault, at a condition, or at the next "how", so that no token is walked
 * twice.
 */
function faultCommitted(tokens: readonly Token[], hits: readonly Readonly<Hit>[], h: number, from: number, end: number): number {
  for (let k = from; k < end; k++) {
    const token = tokens[k]!;
    if (isClauseBreak(tokens, k) || DEALING_WITH.has(token.lemma) || token.normal === 'how' || opensAClause(tokens, k)) return -1;
    // A fault past "when" is the condition the admired thing answers: "love how it hands off to a human when it gets stuck".
    if (opensCondition(token)) return -1;
    while (h < hits.length && hits[h]!.first < k) h++;
    for (; h < hits.length && hits[h]!.first === k; h++) if (isFault(tokens, hits[h]!)) return h;
  }
  return -1;
}
