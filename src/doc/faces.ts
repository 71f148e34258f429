import type { Token } from './token.js';

// Which emoticons are faces. A face is written with the marks of ordinary punctuation, so the same characters are
// often brackets and colons of the text: "Pop():", "(+restr): http…", "[NAME]: …" and "String(sbyte*)" hold no face.

// How far back an opening bracket is looked for: a face after a long parenthesis is rare, and the walk stays bounded.
const BRACKET_REACH = 48;
const OPENER_OF: Readonly<Record<string, string>> = { ')': '(', ']': '[' };
const BRACKETING_TYPES = new Set(['punctuation', 'symbol', 'emoticon']);
const GLUING_TYPES = new Set(['word', 'number']);

/**
 * Whether a closing bracket written at token `index` closes one opened by the tokens before it, from character offset
 * `from` on: the tokens' brackets are counted backwards, and an opener left unmatched is the one it closes.
 */
function closesOpenBracket(tokens: readonly Token[], index: number, from: number, closer: string): boolean {
  const opener = OPENER_OF[closer]!;
  let depth = 0;
  for (let k = index - 1; k >= 0 && k >= index - BRACKET_REACH && tokens[k]!.start >= from; k--) {
    const token = tokens[k]!;
    if (!BRACKETING_TYPES.has(token.type)) continue;
    for (let c = token.text.length - 1; c >= 0; c--) {
      if (token.text[c] === closer) depth++;
      else if (token.text[c] === opener) {
        if (depth === 0) return true;
        depth--;
      }
    }
  }
  return false;
}

/**
 * Whether `face`, written at character offset `start` right after `tokens[0, index)`, is brackets of the text rather
 * than a face: it opens with a bracket that closes one opened before it ("Pop():", "[NAME]:"), or it is written onto
 * the word before it and ends with such a bracket ("(about 15%)", "(sbyte*)", "(see below:)"). A face after its own
 * space stays one ("(thanks :)"), and so does one with no bracket open ("this is sad ):", "Thanks:)"). `from`: the
 * character offset where the search for an opening bracket stops (the sentence's or line's start).
 */
export function isBracketNotFace(tokens: readonly Token[], index: number, face: string, start: number, from: number): boolean {
  const head = face[0]!;
  if (head in OPENER_OF && closesOpenBracket(tokens, index, from, head)) return true;
  const tail = face[face.length - 1]!;
  if (!(tail in OPENER_OF) || index === 0) return false;
  const before = tokens[index - 1]!;
  return before.end === start && GLUING_TYPES.has(before.type) && closesOpenBracket(tokens, index, from, tail);
}

const FACE_TYPES = new Set(['emoji', 'emoticon']);
const MARK_TYPES = new Set(['punctuation', 'symbol']);

/**
 * Whether the tokens `[first, end)` are a face: an emoji or emoticon, or marks that only a face is made of ("=)", which
 * wink-nlp reads as "=" and ")"); a lexicon match of marks alone can be nothing else.
 */
export function isFaceSpan(tokens: readonly Token[], first: number, end: number): boolean {
  if (FACE_TYPES.has(tokens[first]!.type)) return true;
  for (let k = first; k < end; k++) if (!MARK_TYPES.has(tokens[k]!.type)) return false;
  return end > first;
}
