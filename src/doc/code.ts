import type { Token } from './token.js';

// Token shapes of code in running text: identifiers, calls and paths, which wink-nlp splits into words and symbols.

// Symbols that glue code together: "my_var=true", "LogWorker::svc()", "obj->kill()".
const CODE_GLUE = new Set(['=', '>', '<', '_', ':', '::']);
const PATH_SEPARATORS = new Set(['/', '\\']);
const NAME_SEPARATORS = new Set(['.', ...PATH_SEPARATORS]);

/**
 * A token glued without a space to code around it is code, not words: "true" in "my_var=true", the ":s" of
 * "LogWorker::svc()", "kill" in "obj->kill()", "success" in "success_url", "boost" in "boost::assign", "failed" in
 * "/var/log/failed.log", "get" in "requests.get". A word right before "()" is a call. Prose keeps its spaces:
 * "Note: it fails", "good/bad", "_terrible_" (emphasis) and "broken.Then" (a missing space) stay words.
 */
export function isCode(tokens: readonly Token[], index: number, first: number, end: number): boolean {
  const token = tokens[index]!;
  const before = index > first ? tokens[index - 1]! : undefined;
  const after = index + 1 < end ? tokens[index + 1]! : undefined;
  const gluedBefore = before !== undefined && before.end === token.start;
  const gluedAfter = after !== undefined && after.start === token.end;
  // Most words have a space on each side.
  if (!gluedBefore && !gluedAfter) return false;
  if (gluedBefore && CODE_GLUE.has(before.text)) {
    // "_terrible_" is markdown emphasis, not an identifier: its underscore opens a word.
    const opensWord = index - 2 < first || tokens[index - 2]!.end !== before.start;
    const emphasised = before.text === '_' && after?.text === '_' && gluedAfter && opensWord;
    if (!emphasised) return true;
  }
  if (gluedBefore && before.text === '.' && index - 2 >= first && isDottedName(tokens, index - 2, end)) return true;
  if (!gluedAfter) return false;
  if (after.text === '(' && index + 2 < end && tokens[index + 2]!.text === ')') return true;
  // "success_url", "boost::assign": glued to an underscore, or to a colon that is itself glued to what follows.
  // One letter before an underscore is a face ("o_O"), not a name.
  if (after.text === '_' && token.text.length > 1 && !(gluedBefore && before.text === '_')) return true;
  if ((after.text === ':' || after.text === '::') && isGluedToNext(tokens, index + 1, end)) return true;
  // "/var/log/failed.log": a segment between path separators or before an extension.
  const extension = after.text === '.' && isGluedToNext(tokens, index + 1, end);
  if (gluedBefore && PATH_SEPARATORS.has(before.text) && (PATH_SEPARATORS.has(after.text) || extension)) return true;
  return isDottedName(tokens, index, end);
}

/**
 * "os.path.join", "requests.get()", "os.statvfs": a word glued to a dot glued to a lower-case word, where the name goes
 * on (another dot, a call, a path before it) or a part is no English word. "great.thanks" and "value.For" are sentences missing a space.
 */
export function isDottedName(tokens: readonly Token[], index: number, end: number): boolean {
  if (index + 2 >= end) return false;
  const token = tokens[index]!;
  const dot = tokens[index + 1]!;
  const next = tokens[index + 2]!;
  if (dot.text !== '.' || dot.start !== token.end || next.start !== dot.end) return false;
  if (!isWord(token) || !isWord(next) || next.text[0] !== next.text[0]!.toLowerCase()) return false;
  const after = tokens[index + 3];
  const before = tokens[index - 1];
  const goesOn = after !== undefined && after.start === next.end && (after.text === '.' || after.text === '(');
  // A name goes on from a dot or a path separator before it: "os.path.join", "/var/log/failed.log".
  const continues = before !== undefined && NAME_SEPARATORS.has(before.text) && before.end === token.start;
  return goesOn || continues || token.unknown === true || next.unknown === true;
}

const isWord = (token: Token): boolean => token.type === 'word' && token.text !== '';

const isGluedToNext = (tokens: readonly Token[], index: number, end: number): boolean =>
  index + 1 < end && tokens[index + 1]!.start === tokens[index]!.end;
