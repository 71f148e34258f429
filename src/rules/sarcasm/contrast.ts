import { isContrastWord } from '../../doc/clause.js';
import { isRemedyDone, REMEDIES, WAYS_OUT } from '../../doc/remedy.js';
import type { Token } from '../../doc/token.js';
import type { Hit } from '../../lexicon/hit.js';
import { isWanted } from '../conditional.js';
import type { SarcasmCue, SarcasmMatch } from './cue.js';

// Praise strong enough to mock: "love", "great", "fun", "thanks so much", not "ok" or "fair".
const PRAISE = 0.3;
// Praise about a wish or a condition is a request: "it would be great if we weren't on hold for an hour".
const UNREAL = new Set(['if', 'would', 'wish', 'hope', 'unless']);
// A situation that was fixed or kept away is news of the fix: "thanks for fixing the bug that broke the login".
const RESOLVED = new Set([...REMEDIES, 'avoid', 'stop', 'end']);
// A smile marks a joke as often as a sneer (see the bootstrapping notes in lexicons/README.md): words only.
const WORD = 'word';

/** Praise strong enough to mock, in words: not a situation, not a way out ("refund"). */
export const isPraise = (tokens: readonly Token[], hit: Readonly<Hit>) =>
  hit.weight > 0 &&
  hit.entry.valence >= PRAISE &&
  !hit.entry.situation &&
  tokens[hit.first]!.type === WORD &&
  !WAYS_OUT.has(tokens[hit.first]!.lemma);

function anyIn(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (words.has(tokens[k]!.lemma) || words.has(tokens[k]!.normal)) return true;
  return false;
}

/** The first situation among `hits[from .. to)` that is still negative and not reported as fixed, or -1. */
function standingSituation(tokens: readonly Token[], hits: readonly Readonly<Hit>[], from: number, to: number, clause: number): number {
  for (let h = from; h < to; h++) {
    const hit = hits[h]!;
    if (hit.entry.situation && hit.weight < 0 && !anyIn(tokens, clause, hit.first, RESOLVED)) return h;
  }
  return -1;
}

// "Thanks for the $100 credit because of the delay", "appreciate the voucher after a 4 hour wait": amends, and the harm
// they make up for. Praise of the amends is thanks, not mockery of the harm.
const AMENDS = new Set(['credit', 'voucher', 'refund', 'compensation', 'reimbursement', 'miles', 'points', 'upgrade', 'gesture']);
const FOR_THE_HARM = new Set(['because', 'due', 'for', 'after', 'following', 'given']);

/** An amends between the praise and the situation, and a word that makes the situation its reason. */
function praisesAmends(tokens: readonly Token[], praiseEnd: number, situation: number): boolean {
  for (let k = praiseEnd; k < situation; k++) {
    if (!AMENDS.has(tokens[k]!.lemma) && !AMENDS.has(tokens[k]!.normal)) continue;
    for (let j = k + 1; j < situation; j++) if (FOR_THE_HARM.has(tokens[j]!.normal)) return true;
    return false;
  }
  return false;
}

// Praise that names the cost as paid off: "worth the wait", "worth every minute" (not "totally worth it", which mocks).
const WORTH_THE_COST = /^worth (?:the wait|every )/;

/** "Waited 40 minutes for a table, the food was worth the wait": the situation is the cost the praise says was worth it. */
const paysForTheWait = (praise: Readonly<Hit>, situation: Readonly<Hit>): boolean =>
  praise.first > situation.first && WORTH_THE_COST.test(praise.entry.term);

/**
 * Relief, not mockery: a remedy reported done after both the praise and the situation ("on hold for an hour, so glad
 * it's finally fixed", "spent days reconciling, glad the new export fixes this"); "love how nobody fixes it" and "hope
 * they fix it" stay sarcasm. Returns where the clause's last such remedy stands, at or after `from`, or -1; found once
 * per clause, so a clause of many praise words stays linear.
 */
function lastRemedy(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (isRemedyDone(tokens, k, from)) return k;
  return -1;
}

/**
 * Praise set against a negative situation in the same clause (Riloff et al., 2013): "Love how every update breaks
 * the SAML login", "Thanks so much for closing my ticket without reading it", "Oh fantastic, another maintenance
 * window in the middle of our business day". The situations are lexicon data (`situations`), bootstrapped from
 * ironic text and the B2B vocabulary; the praise is any word the sentiment lexicons rate clearly positive.
 */
export const contrastCue: SarcasmCue = {
  name: 'contrast',
  confidence: 0.65,
  detect({ tokens, sentence, hits }) {
    const found: SarcasmMatch[] = [];
    if (!hits.some((hit) => hit.entry.situation)) return found;
    let h = 0;
    for (let from = sentence.first; from < sentence.end; ) {
      let to = from;
      while (to < sentence.end && !isContrastWord(tokens[to]!)) to++;
      const first = h;
      while (h < hits.length && hits[h]!.first < to) h++;
      const against = anyIn(tokens, from, to, UNREAL) ? -1 : standingSituation(tokens, hits, first, h, from);
      if (against !== -1) {
        const remedy = lastRemedy(tokens, hits[against]!.end, to);
        for (let k = first; k < h; k++) {
          const praise = hits[k]!;
          // Praise of what is wanted asks for it: "we need assurance this won't happen again".
          if (!isPraise(tokens, praise) || remedy >= praise.end || isWanted(tokens, praise.first, from, to)) continue;
          if (!praisesAmends(tokens, praise.end, hits[against]!.first) && !paysForTheWait(praise, hits[against]!))
            found.push({ hit: k, against });
        }
      }
      from = to + 1;
    }
    return found;
  },
};
