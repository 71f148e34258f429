import { WRITER_OBJECTS, WRITER_POSSESSIVES } from '../doc/pronouns.js';
import type { Token } from '../doc/token.js';
import type { Adjustment, Rule } from './rule.js';

// How far either side of a jargon word to look for what makes it technical.
const CONTEXT_WINDOW = 3;

// Nouns that make "kill", "abort", "execute", "critical", "fires" … jargon rather than feeling.
const TECHNICAL_NOUNS = new Set(
  `process processes pid thread threads job jobs task tasks container containers pod pods node nodes daemon worker
  workers query queries command commands script scripts signal sigkill sigterm branch commit server servers instance
  instances session sessions connection connections request requests build builds pipeline transaction function method
  exception exceptions error errors code exit status stack heap queue message cron deployment cluster vm kernel port
  socket lock mutex cache database db table endpoint api sql priority severity sev urgency level flag loop handler test
  tests file files log logs upstream origin repo repository sync batch operation cpu memory disk ticket bug p1 p2 p3 p4
  webhook webhooks trigger triggers event events alert alerts callback callbacks button buttons click`.split(/\s+/),
);
const CODE_LIKE = /[_/\\]|[a-z][A-Z]|\w\.\w|^--?\w|\(\)$|^0x/;
const TECHNICAL_TYPES = new Set(['number', 'url', 'email']);

function isTechnical(token: Token): boolean {
  return TECHNICAL_TYPES.has(token.type) || isTechnicalWord(token);
}

/** A noun of running systems ("process", "server", "error") or a token shaped like code ("obj.kill()", "snake_case"). */
export function isTechnicalWord(token: Token): boolean {
  // "@VirginAmerica", "#NeverAgain": a handle or a tag in camel case is a name, not code.
  if (token.type === 'mention' || token.type === 'hashtag') return false;
  return TECHNICAL_NOUNS.has(token.normal) || CODE_LIKE.test(token.text);
}

/** Mutes jargon ("kill the process", "critical priority", "error 500") that reads as emotion to a general lexicon. */
export const technical: Rule = {
  name: 'technical',
  apply({ tokens, sentence, hits, lexicon }) {
    const adjustments: Adjustment[] = [];
    hits.forEach((hit, index) => {
      if (!lexicon.technical.has(hit.entry.term)) return;
      // Done to the writer or what the writer owns, it is harm, however technical: "the rate limits killed our batch
      // job", "this bug is killing us".
      const object = tokens[hit.end]?.normal ?? '';
      if (hit.entry.valence < 0 && (WRITER_POSSESSIVES.has(object) || WRITER_OBJECTS.has(object))) return;
      const from = Math.max(sentence.first, hit.first - CONTEXT_WINDOW);
      const to = Math.min(sentence.end, hit.end + CONTEXT_WINDOW);
      for (let k = from; k < to; k++) {
        if ((k < hit.first || k >= hit.end) && isTechnical(tokens[k]!)) {
          adjustments.push({ hit: index, factor: 0 });
          return;
        }
      }
    });
    return adjustments;
  },
};
