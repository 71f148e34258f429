/** Text as it is read, and where each of its characters stood in the text as given. */
export interface ReadableText {
  text: string;
  /** Where the character at each index of `text` starts in the input, and just past where it ends; absent when equal. */
  starts?: Int32Array;
  ends?: Int32Array;
}

// Characters that show nothing: zero-width space and non-joiner, word joiner, byte-order mark, soft hyphen, and a
// zero-width joiner after a word (between emoji it builds one emoji, and stays). Left in, they glue onto a word
// ("is\u200C" is no word wink knows) and change a verdict without a visible difference.
const INVISIBLE = '[\\u200B\\u200C\\u2060\\uFEFF\\u00AD]|(?<=[\\p{L}\\p{N}\\s])\\u200D';
// "can\u2019t", "Paris\u002c France", written out as six characters: text that passed through a system that escapes
// characters (JSON encoded twice, some social-media and help-desk exports) carries the escape where one character was
// written, and "can\u2019t" is no word. An escape is read as its character, a pair of them as one emoji; one that
// stands for a control character or half a pair stays as written.
const ESCAPED = '\\\\u([0-9a-fA-F]{4})(?:\\\\u([dD][c-fC-F][0-9a-fA-F]{2}))?';
const HIDDEN = new RegExp(`${INVISIBLE}|${ESCAPED}`, 'gu');
const MAY_HIDE = /[\u200B-\u200D\u2060\uFEFF\u00AD]|\\u[0-9a-fA-F]{4}/;

/** What an escape stands for, or `undefined` to keep it as written. */
function unescaped(high: string, low: string | undefined): string | undefined {
  const code = Number.parseInt(high, 16);
  if (low !== undefined) return code >= 0xd800 && code <= 0xdbff ? String.fromCharCode(code, Number.parseInt(low, 16)) : undefined;
  return code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0xd800 && code <= 0xdfff) ? undefined : String.fromCharCode(code);
}

/**
 * `text` without invisible characters and with written-out escapes read as their characters, and where each character
 * stood in `text`, so token offsets can be mapped back to the input. No copy and no map when there is nothing to read
 * differently.
 */
export function readableText(text: string): ReadableText {
  if (!MAY_HIDE.test(text)) return { text };
  const starts = new Int32Array(text.length + 1);
  const ends = new Int32Array(text.length + 1);
  let out = '';
  let kept = 0;
  let last = 0;
  for (const match of text.matchAll(HIDDEN)) {
    const replacement = match[1] === undefined ? '' : unescaped(match[1], match[2]);
    if (replacement === undefined) continue;
    for (let k = last; k < match.index; k++, kept++) {
      starts[kept] = k;
      ends[kept] = k + 1;
    }
    out += text.slice(last, match.index) + replacement;
    last = match.index + match[0].length;
    for (let k = 0; k < replacement.length; k++, kept++) {
      starts[kept] = match.index;
      ends[kept] = last;
    }
  }
  for (let k = last; k < text.length; k++, kept++) {
    starts[kept] = k;
    ends[kept] = k + 1;
  }
  starts[kept] = text.length;
  ends[kept] = text.length;
  out += text.slice(last);
  return { text: out, starts, ends };
}
