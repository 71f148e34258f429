import { isClauseBreak } from '../doc/clause.js';
import { WRITER_POSSESSIVES } from '../doc/pronouns.js';
import type { Token } from '../doc/token.js';
import type { Adjustment, Rule } from './rule.js';

// "We were told it was fixed", "you said it would be resolved by Monday", "support claimed the issue was resolved":
// praise inside someone else's claim is the claim, not the writer's verdict, and in a ticket it is most often the
// claim that failed. The praise is muted, and so is a reporting verb's own praise ("we were assured").
// Past tense only: a claim that was made ("you said", "we were told"); "can you say", "they say" report no claim to us.
const REPORTING = new Set(['told', 'said', 'claimed', 'assured', 'promised', 'informed', 'guaranteed', 'swore', 'insisted']);
// The writer's own claims are their verdicts: "I told them it works great".
const WRITERS = new Set(['i', 'we']);
// Who makes claims to a customer: "you said", "they told us", "your agent claimed", "support assured us". A friend's
// praise passed on ("my friend said it was delicious") is praise, so the writer's own people are left out.
const CLAIMANTS = new Set([
  'you',
  'they',
  'support',
  'agent',
  'agents',
  'rep',
  'reps',
  'representative',
  'team',
  'engineer',
  'engineers',
  'staff',
  'sales',
  'salesperson',
  'vendor',
  'company',
]);
// A message or a page that states something about the writer's issue makes the claim in the present: "your email says
// the issue is resolved", "the status page shows all systems operational".
// Plural messages state in the plural: "the docs say", "the release notes claim".
const STATING = new Set([
  ...['says', 'said', 'shows', 'showed', 'states', 'stated', 'claims', 'claimed', 'lists', 'listed'],
  ...['say', 'show', 'state', 'claim', 'list'],
]);
const MESSAGES = new Set([
  'email',
  'e-mail',
  'message',
  'reply',
  'response',
  'notification',
  'ticket',
  'update',
  'page',
  'dashboard',
  'portal',
  'changelog',
  'documentation',
  'docs',
  'notes',
  'announcement',
  'article',
  'website',
  'site',
]);
// What the product was sold as is the vendor's claim: "it was sold to us as supporting SSO", "marketed as real-time".
const SOLD_AS = new Set(['sold', 'advertised', 'marketed', 'pitched', 'billed', 'promoted', 'presented', 'described', 'touted']);
const SOLD_TO = new Set(['to', 'us', 'me']);
// How far a claim reaches: "told us the export would be working again by Monday".
const REACH = 8;
// A claim ends where the writer's own clause starts: "they told us it was fixed and it was".
const OWN_CLAUSE = new Set(['and', 'so', 'then']);

/**
 * Whether the verb at `index` reports a claim made to the writer: "we were told", "you said", "your agent claimed",
 * "your email says".
 */
function reportsAClaim(tokens: readonly Token[], index: number, floor: number): boolean {
  if (index === floor) return false;
  const before = tokens[index - 1]!;
  if (STATING.has(tokens[index]!.normal) && MESSAGES.has(before.normal))
    return index - 2 < floor || !WRITER_POSSESSIVES.has(tokens[index - 2]!.normal);
  if (SOLD_AS.has(tokens[index]!.normal)) return isSoldAs(tokens, index);
  if (!REPORTING.has(tokens[index]!.normal)) return false;
  // Passive, with the writer as the one told: "we were told", "I've been promised", "we reported it and were told".
  if (before.lemma === 'be') return toldTheWriter(tokens, index - 2, floor);
  if (!CLAIMANTS.has(before.normal)) return false;
  return index - 2 < floor || !WRITER_POSSESSIVES.has(tokens[index - 2]!.normal);
}

/** "Sold [to us] as", "advertised as": not "works as advertised", where the writer finds the claim kept. */
function isSoldAs(tokens: readonly Token[], index: number): boolean {
  let k = index + 1;
  while (k < index + 3 && SOLD_TO.has(tokens[k]?.normal ?? '')) k++;
  return tokens[k]?.normal === 'as';
}

/** Whether the subject of a passive "were told" ending at `index` is the writer, across an auxiliary or "and". */
function toldTheWriter(tokens: readonly Token[], index: number, floor: number): boolean {
  let k = index;
  if (k >= floor && tokens[k]!.lemma === 'have') k--;
  if (k >= floor && tokens[k]!.normal === 'and') {
    // The subject shared with the clause before: the nearest pronoun back.
    while (k > floor && tokens[k]!.pos !== 'PRON') k--;
  }
  return k >= floor && WRITERS.has(tokens[k]!.normal);
}

/** Mutes praise inside a claim another made to the writer: "we were told it was fixed" is no praise of a fix. */
export const hearsay: Rule = {
  name: 'hearsay',
  apply({ tokens, sentence, hits }) {
    const adjustments: Adjustment[] = [];
    // Hits are in text order and a claim reaches a few words: a pointer keeps a sentence of many claims linear.
    let first = 0;
    for (let verb = sentence.first; verb < sentence.end; verb++) {
      if (!reportsAClaim(tokens, verb, sentence.first)) continue;
      let end = verb + 1;
      let pending = false;
      while (end < sentence.end && end - verb <= REACH && !isClauseBreak(tokens, end) && !OWN_CLAUSE.has(tokens[end]!.normal)) {
        pending ||= tokens[end]!.normal === 'will';
        end++;
      }
      // A promise still pending stands ("I have been assured this will be fixed soon"); one whose time has come
      // ("we were told it would be fixed by Monday") or a past claim ("was fixed") is what a ticket quotes when it failed.
      if (pending) continue;
      while (first < hits.length && hits[first]!.first < verb) first++;
      for (let h = first; h < hits.length && hits[h]!.end <= end; h++) if (hits[h]!.weight > 0) adjustments.push({ hit: h, factor: 0 });
    }
    return adjustments;
  },
};
