import { fillsFigureSlot, isFigureSlot, type Token } from '../doc/token.js';
import type { PhraseEntry } from './compile.js';
import { isEmphasis } from './phrase.js';

/** A phrase found at a token: the entry, and the end of the tokens it spans. */
export interface PhraseMatch {
  phrase: PhraseEntry;
  end: number;
}

/**
 * The phrases that share a first token, as a tree of their later tokens: a node is the words read so far, `ending`
 * the rank in the list of the first phrase that ends there. Matching follows only the branches the text's words open,
 * where trying each phrase of the list in turn compared every word of every phrase ("not …" has a hundred and more).
 */
interface PhraseNode {
  ending: number;
  /** Next nodes by the word a phrase has there (its normal form, lemma or lower-cased text must match it). */
  next?: Map<string, PhraseNode>;
  /** Next nodes by a figure slot (`#`, `#th`): tried against any token. */
  slots?: [string, PhraseNode][];
}

const NONE = Number.POSITIVE_INFINITY;

// Built on first use for each list of each lexicon; the lists never change after compilation.
const trees = new WeakMap<readonly PhraseEntry[], PhraseNode>();

function treeOf(list: readonly PhraseEntry[]): PhraseNode {
  let root = trees.get(list);
  if (root) return root;
  root = { ending: NONE };
  for (let rank = 0; rank < list.length; rank++) {
    let node = root;
    for (const word of list[rank]!.tokens.slice(1)) node = childOf(node, word);
    node.ending = Math.min(node.ending, rank);
  }
  trees.set(list, root);
  return root;
}

function childOf(node: PhraseNode, word: string): PhraseNode {
  if (isFigureSlot(word)) {
    node.slots ??= [];
    const found = node.slots.find(([slot]) => slot === word);
    if (found) return found[1];
    const child: PhraseNode = { ending: NONE };
    node.slots.push([word, child]);
    return child;
  }
  node.next ??= new Map();
  let child = node.next.get(word);
  if (!child) node.next.set(word, (child = { ending: NONE }));
  return child;
}

/**
 * The first phrase of `list` (all starting with a form of `tokens[index]`) that matches at `index`, with its end. A
 * phrase word matches a token's normal form, lemma or lower-cased text, a figure slot a figure; an adverb of emphasis
 * may stand between two of its words where the word itself does not match ("do not even work" for "do not work").
 */
export function findPhraseAt(
  tokens: readonly Token[],
  index: number,
  end: number,
  list: readonly PhraseEntry[] | undefined,
): PhraseMatch | undefined {
  if (!list || list.length === 0) return undefined;
  const found = { rank: NONE, end: -1 };
  search(tokens, treeOf(list), index + 1, end, found);
  return found.rank === NONE ? undefined : { phrase: list[found.rank]!, end: found.end };
}

function search(tokens: readonly Token[], node: PhraseNode, at: number, end: number, found: { rank: number; end: number }): void {
  if (node.ending < found.rank) {
    found.rank = node.ending;
    found.end = at;
  }
  if (at >= end || (node.next === undefined && node.slots === undefined)) return;
  const token = tokens[at]!;
  follow(tokens, node, token, undefined, at + 1, end, found);
  // An adverb of emphasis is passed over only on the way to a word it does not match itself.
  if (at + 1 < end && isEmphasis(token)) follow(tokens, node, tokens[at + 1]!, token, at + 2, end, found);
}

/** Searches on from each branch of `node` that `token` opens (once each), but not from one that `passedOver` opens too. */
function follow(
  tokens: readonly Token[],
  node: PhraseNode,
  token: Token,
  passedOver: Token | undefined,
  at: number,
  end: number,
  found: { rank: number; end: number },
): void {
  const { next, slots } = node;
  if (next) {
    const byNormal = next.get(token.normal);
    if (byNormal && !opens(node, passedOver, byNormal)) search(tokens, byNormal, at, end, found);
    const byLemma = token.lemma === token.normal ? undefined : next.get(token.lemma);
    if (byLemma && byLemma !== byNormal && !opens(node, passedOver, byLemma)) search(tokens, byLemma, at, end, found);
    const byText = token.text === token.normal ? undefined : next.get(token.text.toLowerCase());
    if (byText && byText !== byNormal && byText !== byLemma && !opens(node, passedOver, byText)) search(tokens, byText, at, end, found);
  }
  if (slots)
    for (const [slot, child] of slots)
      if (fillsFigureSlot(slot, token) && !opens(node, passedOver, child)) search(tokens, child, at, end, found);
}

/** Whether `token` opens the branch `child` of `node`. */
function opens(node: PhraseNode, token: Token | undefined, child: PhraseNode): boolean {
  if (token === undefined) return false;
  const { next, slots } = node;
  if (next && (next.get(token.normal) === child || next.get(token.lemma) === child || next.get(token.text.toLowerCase()) === child))
    return true;
  return slots?.some(([slot, branch]) => branch === child && fillsFigureSlot(slot, token)) ?? false;
}
