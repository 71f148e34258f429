import { Tokenizer } from 'htmlparser2';
import type { ExcludedSpan, ExclusionReason } from '../result.js';

// Reads an HTML body as the text a mail client shows, and remembers where each character of that text stands
// in the HTML, so evidence found in the text quotes the input as given. Markup, <style>, <script> and hidden
// preheaders are not text; block elements end a paragraph; quoted history and signatures that mail clients
// mark in the markup (Gmail, Outlook, Apple Mail, Thunderbird) are left out and reported as excluded.

/** The visible text of an HTML body, with the HTML offsets of each of its characters. */
export interface HtmlText {
  text: string;
  /** `starts[i]` and `ends[i]`: the stretch of the HTML that character `i` of `text` came from. */
  starts: Int32Array;
  ends: Int32Array;
  /** Elements left out as quoted history or signature, in HTML offsets. */
  excluded: ExcludedSpan[];
}

const BLOCK = new Set(
  (
    'address article aside blockquote body center dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary table tbody tfoot thead tr ul'
  ).split(' '),
);
const LINE = new Set(['br', 'td', 'th', 'option']);
const NOT_TEXT = new Set(['head', 'title', 'style', 'script', 'template', 'noscript', 'svg', 'math', 'object', 'iframe', 'select']);
// Inline styles that hide an element: e-mail preheaders and tracking text use every one of them.
const HIDDEN_STYLE =
  /display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all|(?:^|[;\s])(?:max-height|font-size|opacity)\s*:\s*0(?![.\d])/i;
const QUOTE_CLASS = /(?:^|\s)(?:gmail_quote|gmail_quote_container|gmail_extra|moz-cite-prefix|yahoo_quoted)(?:\s|$)/;
const SIGNATURE_CLASS = /(?:^|\s)(?:gmail_signature|moz-signature|signature)(?:\s|$)/i;
// Outlook starts the history of a reply with a header block (From:, Sent:, ...) set off by a top border, or with one of
// these ids; everything after it, to the end of the body, is history.
const HISTORY_ID = new Set([
  'divRplyFwdMsg',
  'appendonsend',
  'stopSpelling',
  'OLK_SRC_BODY_SECTION',
  'mail-editor-reference-message-container',
]);
const OUTLOOK_SEPARATOR = /border-top\s*:\s*solid\s+#(?:E1E1E1|B5C4DF)/i;
const SIGNATURE_ID = new Set(['signature', 'Signature']);

type Role = 'hidden' | ExclusionReason;

interface Open {
  name: string;
  role?: Role;
  start: number;
}

function roleOf(name: string, attributes: Record<string, string>): Role | 'history' | undefined {
  if (NOT_TEXT.has(name) || 'hidden' in attributes || attributes['aria-hidden'] === 'true') return 'hidden';
  const style = attributes.style;
  if (style !== undefined && HIDDEN_STYLE.test(style)) return 'hidden';
  const id = attributes.id;
  if ((id !== undefined && HISTORY_ID.has(id)) || (name === 'div' && style !== undefined && OUTLOOK_SEPARATOR.test(style)))
    return 'history';
  if (attributes['data-smartmail'] === 'gmail_signature') return 'signature';
  const className = attributes.class;
  if ((name === 'blockquote' && attributes.type === 'cite') || (className !== undefined && QUOTE_CLASS.test(className)))
    return 'quoted-reply';
  if ((id !== undefined && SIGNATURE_ID.has(id)) || (className !== undefined && SIGNATURE_CLASS.test(className))) return 'signature';
  return undefined;
}

// Space, tab, line feed, form feed, carriage return, and the no-break space that e-mail editors use for spacing.
const isSpace = (code: number) => code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 0xa0;

/** A growing string with the HTML stretch behind each of its characters. */
class TextBuilder {
  private readonly parts: string[] = [];
  private starts = new Int32Array(256);
  private ends = new Int32Array(256);
  length = 0;
  private pendingBreak = 0;
  private breakAt = 0;
  /** White space seen since the last character, not written yet: at most one space, and only before more text. */
  private pendingSpace = -1;
  private pendingSpaceEnd = 0;

  /** Asks for a line break (1) or a paragraph break (2) before the next text. */
  requestBreak(level: number, at: number): void {
    if (level > this.pendingBreak) {
      this.pendingBreak = level;
      this.breakAt = at;
    }
  }

  /** `text` from the HTML stretch [start, end): one to one when it was written as is, else all of it from the stretch. */
  write(text: string, start: number, end: number, preformatted: boolean): void {
    const literal = end - start === text.length;
    let k = 0;
    while (k < text.length) {
      if (!preformatted && isSpace(text.charCodeAt(k))) {
        if (this.pendingSpace < 0) {
          this.pendingSpace = literal ? start + k : start;
          this.pendingSpaceEnd = literal ? start + k + 1 : end;
        }
        k++;
        continue;
      }
      if (this.pendingBreak > 0) {
        if (this.length > 0) this.push(this.pendingBreak === 2 ? '\n\n' : '\n', this.breakAt, this.breakAt, false);
        this.pendingBreak = 0;
      } else if (this.pendingSpace >= 0 && this.length > 0) {
        this.push(' ', this.pendingSpace, this.pendingSpaceEnd, false);
      }
      this.pendingSpace = -1;
      let runEnd = k + 1;
      while (runEnd < text.length && (preformatted || !isSpace(text.charCodeAt(runEnd)))) runEnd++;
      if (literal) this.push(text.slice(k, runEnd), start + k, start + runEnd, true);
      else this.push(text.slice(k, runEnd), start, end, false);
      k = runEnd;
    }
  }

  /** `chars` from [start, end) of the HTML: each its own character of it when `literal`, else all from the whole stretch. */
  private push(chars: string, start: number, end: number, literal: boolean): void {
    if (this.length + chars.length > this.starts.length) this.grow(this.length + chars.length);
    for (let k = 0; k < chars.length; k++) {
      this.starts[this.length + k] = literal ? start + k : start;
      this.ends[this.length + k] = literal ? start + k + 1 : end;
    }
    this.parts.push(chars);
    this.length += chars.length;
  }

  private grow(needed: number): void {
    let size = this.starts.length * 2;
    while (size < needed) size *= 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }

  done(): { text: string; starts: Int32Array; ends: Int32Array } {
    return { text: this.parts.join(''), starts: this.starts.subarray(0, this.length), ends: this.ends.subarray(0, this.length) };
  }
}

// Elements that never have content: they open and close at once.
const VOID = new Set('area base br col embed hr img input keygen link meta param source track wbr'.split(' '));
// How far down the open elements a closing tag looks for its element; a stray closing tag further away is ignored.
// Bounded so that any input costs linear time: htmlparser2's own Parser keeps its stack with unshift and shift,
// quadratic in the depth of unclosed elements (1 MB of unclosed <div>s took seconds).
const CLOSE_SEARCH = 64;

/**
 * The text of an HTML body as a mail client shows it, without markup, hidden text, quoted history and signatures,
 * with the HTML offsets of each of its characters. Built on htmlparser2's tokenizer, with a stack of its own. Never
 * throws on broken markup: unclosed elements end with the input, a closing tag without its element is ignored.
 */
export function readHtml(html: string): HtmlText {
  const out = new TextBuilder();
  const stack: Open[] = [];
  const excluded: ExcludedSpan[] = [];
  // Open elements that hide or exclude what they contain (text is written only when there are none), and those of
  // them that exclude (an excluded element inside another is covered by the outer one).
  let silent = 0;
  let excluding = 0;
  let preformatted = 0;
  let historyFrom = -1;
  // Where the last token ended: an entity's text runs from there to its end.
  let lastEnd = 0;
  let tagName = '';
  let tagStart = 0;
  let attributes: Record<string, string> = Object.create(null);
  let attributeName = '';
  let attributeValue = '';

  const open = (name: string, start: number) => {
    const role = roleOf(name, attributes);
    if (role === 'history') {
      historyFrom = start;
      return;
    }
    if (BLOCK.has(name)) out.requestBreak(2, start);
    else if (LINE.has(name)) out.requestBreak(1, start);
    if (VOID.has(name)) return;
    if (name === 'pre') preformatted++;
    if (role) silent++;
    if (role && role !== 'hidden') excluding++;
    stack.push({ name, role, start });
  };
  const close = (open: Open, end: number) => {
    if (open.role) {
      silent--;
      if (open.role !== 'hidden' && --excluding === 0) excluded.push({ start: open.start, end, reason: open.role });
    }
    if (open.name === 'pre') preformatted--;
    if (BLOCK.has(open.name)) out.requestBreak(2, end);
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: true, recognizeSelfClosing: true },
    {
      ontext(start, end) {
        lastEnd = end;
        if (historyFrom < 0 && silent === 0) out.write(html.slice(start, end), start, end, preformatted > 0);
      },
      ontextentity(codepoint, end) {
        if (historyFrom < 0 && silent === 0) out.write(String.fromCodePoint(codepoint), lastEnd, end, preformatted > 0);
        lastEnd = end;
      },
      onopentagname(start, end) {
        tagName = html.slice(start, end).toLowerCase();
        tagStart = start - 1;
        // No prototype: attribute names come from the input ("__proto__", "constructor").
        attributes = Object.create(null);
      },
      onattribname(start, end) {
        attributeName = html.slice(start, end).toLowerCase();
        attributeValue = '';
      },
      onattribdata(start, end) {
        attributeValue += html.slice(start, end);
      },
      onattribentity(codepoint) {
        attributeValue += String.fromCodePoint(codepoint);
      },
      onattribend() {
        if (!Object.hasOwn(attributes, attributeName)) attributes[attributeName] = attributeValue;
      },
      onopentagend(end) {
        lastEnd = end + 1;
        if (historyFrom < 0) open(tagName, tagStart);
      },
      onselfclosingtag(end) {
        lastEnd = end + 1;
        if (historyFrom >= 0) return;
        const depth = stack.length;
        open(tagName, tagStart);
        if (stack.length > depth) close(stack.pop()!, end + 1);
      },
      onclosetag(start, end) {
        lastEnd = end + 1;
        if (historyFrom >= 0) return;
        const name = html.slice(start, end).toLowerCase();
        if (name === 'br' || name === 'p') out.requestBreak(name === 'br' ? 1 : 2, start);
        const floor = Math.max(0, stack.length - CLOSE_SEARCH);
        for (let k = stack.length - 1; k >= floor; k--) {
          if (stack[k]!.name !== name) continue;
          while (stack.length > k) close(stack.pop()!, end + 1);
          return;
        }
      },
      oncomment(_start, end, offset) {
        lastEnd = end + offset + 1;
      },
      oncdata(_start, end, offset) {
        lastEnd = end + offset + 1;
      },
      ondeclaration(_start, end) {
        lastEnd = end + 1;
      },
      onprocessinginstruction(_start, end) {
        lastEnd = end + 1;
      },
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  // Elements left open end with the input.
  while (stack.length > 0) close(stack.pop()!, html.length);
  if (historyFrom >= 0) excluded.push({ start: historyFrom, end: html.length, reason: 'quoted-reply' });
  excluded.sort((a, b) => a.start - b.start);
  return { ...out.done(), excluded };
}

// The start of an HTML document or body: a doctype, or a known element's tag.
const OPENING_ELEMENTS = 'html|head|body|meta|div|p|table|span|br|blockquote|style|center|font|section|article|h[1-6]|ul|ol';
const HTML_START = new RegExp(`^\\s*(?:<!doctype\\s+html|<!--|<(?:${OPENING_ELEMENTS})[\\s/>])`, 'i');
const SECOND_TAG = /<\/?(?:html|body|div|p|span|table|tr|td|blockquote|a|b|strong|em|i|font|li|h[1-6]|center|section|br)[\s/>]/gi;

/**
 * Whether `text` is clearly an HTML body: it opens with a doctype, a comment or a known element, and another tag of a
 * known element (opening or closing) follows. A plain message that only mentions a tag is not.
 */
export function looksLikeHtml(text: string): boolean {
  const first = text.search(/\S/);
  if (first < 0 || text.charCodeAt(first) !== 60 || !HTML_START.test(text.slice(0, 200))) return false;
  SECOND_TAG.lastIndex = first + 1;
  return SECOND_TAG.test(text);
}
