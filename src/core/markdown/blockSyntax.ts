// The line-level patterns of CommonMark/GFM blocks the block index recognises, and the small
// measurements it takes of a line (indent, quote markers, table rows). Every pattern here is
// anchored and free of nested quantifiers, so each costs linear time in its line.

import * as codes from '../charCodes';

// Bound once: under tsx (the tests, the bench) every read of an imported binding is a getter call.
const { CR, SPACE, TAB } = codes;

/** What a line of Markdown is, for deciding whether terms or action items may be read on it. */
export type LineKind = 'text' | 'fenced-code' | 'indented-code' | 'front-matter' | 'html-comment' | 'html-block';

export const KINDS: readonly LineKind[] = ['text', 'fenced-code', 'indented-code', 'front-matter', 'html-comment', 'html-block'];
export const TEXT = 0;
export const FENCED = 1;
export const INDENTED = 2;
export const FRONT_MATTER = 3;
export const COMMENT = 4;
export const HTML = 5;

const TAB_STOP = 4;
export const GREATER_THAN = 0x3e;
/** Columns of indent that make a line indented code (relative to its container). */
export const CODE_INDENT = 4;

export const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
export const FENCE_CLOSE = /^(`{3,}|~{3,})[ \t\r]*$/;
/** A list marker and the spaces after it (global: `lastIndex` gives its length without a match array). */
export const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)[ \t]*/g;
export const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
export const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const BLOCK_TAGS =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|' +
  'fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|' +
  'menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|source|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';
const ATTRIBUTE = `\\s+[A-Za-z_:][\\w.:-]*(?:\\s*=\\s*(?:[^\\s"'=<>\`]+|'[^']*'|"[^"]*"))?`;

/** How an HTML block ends: at a blank line, or at the first line matching `end`. */
export type HtmlEnd = 'blank' | RegExp;

/** The CommonMark HTML block kinds 1–7: how each starts and ends (7 cannot interrupt a paragraph). */
const HTML_BLOCKS: ReadonlyArray<{ start: RegExp; end: HtmlEnd; kind: number; interrupts: boolean }> = [
  { start: /^<(?:script|pre|style|textarea)(?:[\s>]|$)/i, end: /<\/(?:script|pre|style|textarea)>/i, kind: HTML, interrupts: true },
  { start: /^<!--/, end: /-->/, kind: COMMENT, interrupts: true },
  { start: /^<\?/, end: /\?>/, kind: HTML, interrupts: true },
  { start: /^<![A-Za-z]/, end: />/, kind: HTML, interrupts: true },
  { start: /^<!\[CDATA\[/, end: /\]\]>/, kind: HTML, interrupts: true },
  { start: new RegExp(`^</?(?:${BLOCK_TAGS})(?:[\\s/>]|$)`, 'i'), end: 'blank', kind: HTML, interrupts: true },
  {
    start: new RegExp(`^(?:<[A-Za-z][A-Za-z0-9-]*(?:${ATTRIBUTE})*\\s*/?>|</[A-Za-z][A-Za-z0-9-]*\\s*>)\\s*$`),
    end: 'blank',
    kind: HTML,
    interrupts: false,
  },
];

/** The HTML block `body` opens, if any: its kind, and what ends it unless this line already does. */
export function htmlBlockStart(body: string, inParagraph: boolean): { kind: number; end: HtmlEnd | undefined } | undefined {
  for (const block of HTML_BLOCKS) {
    if ((inParagraph && !block.interrupts) || !block.start.test(body)) continue;
    const closed = block.end !== 'blank' && block.end.test(body.slice(2)); // `<!-->` closes itself
    return { kind: block.kind, end: closed ? undefined : block.end };
  }
  return undefined;
}

/** Strips up to `max` block-quote markers (`>` after at most 3 spaces, one optional space after). */
export function stripQuotes(line: string, max: number): { quotes: number; rest: string } {
  let quotes = 0;
  let pos = 0;
  while (quotes < max) {
    let i = pos;
    while (i - pos < CODE_INDENT && line.charCodeAt(i) === SPACE) i++;
    if (i - pos >= CODE_INDENT || line.charCodeAt(i) !== GREATER_THAN) break;
    i++;
    if (line.charCodeAt(i) === SPACE) i++;
    pos = i;
    quotes++;
  }
  return { quotes, rest: pos === 0 ? line : line.slice(pos) };
}

/** Index of the first character that is not a space, tab or CR; -1 for a blank line. */
export function firstVisible(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const ch = line.charCodeAt(i);
    if (ch !== SPACE && ch !== TAB && ch !== CR) return i;
  }
  return -1;
}

/** Leading whitespace in columns (tabs to the next multiple of 4). */
export function indentOf(line: string): number {
  let columns = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charCodeAt(i);
    if (ch === SPACE) columns++;
    else if (ch === TAB) columns += TAB_STOP - (columns % TAB_STOP);
    else break;
  }
  return columns;
}

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;
const DELIMITER_CELL = /^:?-+:?$/;
const DELIMITER_CHARS = /^[|:\- \t]+$/;

/** Cells of a table row: split on unescaped pipes, one leading and one trailing pipe dropped. */
export function tableCells(row: string): number {
  const text = row.trim();
  let cells = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x7c) cells++;
  }
  if (text.startsWith('|')) cells--;
  if (text.length > 1 && text.endsWith('|') && !text.endsWith('\\|')) cells--;
  return cells;
}

/** The number of columns of a GFM delimiter row (`| --- | :-: |`), or 0 when `row` is not one. */
export function delimiterColumns(row: string): number {
  const text = row.trim();
  if (text === '' || !DELIMITER_CHARS.test(text) || (text.startsWith('-') && /^-[ \t]/.test(text))) return 0;
  const parts = text.split('|');
  let columns = 0;
  for (let i = 0; i < parts.length; i++) {
    const cell = (parts[i] as string).trim();
    if (cell === '') {
      if (i === 0 || i === parts.length - 1) continue;
      return 0;
    }
    if (!DELIMITER_CELL.test(cell)) return 0;
    columns++;
  }
  return columns;
}

/** Whether `body` (quotes stripped, indent removed) starts a block that ends a table or a list's lazy text. */
export function startsBlock(body: string): boolean {
  return /^(?:`{3}|~{3}|>|#{1,6}(?:[ \t]|$)|<)/.test(body) || LIST_MARKER.test(body) || THEMATIC_BREAK.test(body);
}

/** `===` under a paragraph makes it a heading, and ends it. */
const SETEXT_UNDERLINE = /^=+[ \t]*$/;

/**
 * Whether a `-->` comes on the lines from `from` before the paragraph ends (a blank line or a
 * block start), and the line where the search stopped.
 */
export function paragraphCommentClose(lineAt: (line: number) => string, from: number, lineCount: number): { closes: boolean; line: number } {
  for (let line = from; line < lineCount; line++) {
    const raw = lineAt(line);
    const first = firstVisible(raw);
    if (first < 0) return { closes: false, line };
    const body = raw.charCodeAt(first) === GREATER_THAN ? stripQuotes(raw, Number.POSITIVE_INFINITY).rest.trimStart() : raw.slice(first);
    if (body === '' || startsBlock(body) || SETEXT_UNDERLINE.test(body)) return { closes: false, line };
    if (raw.includes('-->')) return { closes: true, line };
  }
  return { closes: false, line: lineCount };
}
