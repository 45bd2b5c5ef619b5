// Which lines of a Markdown document are not prose: fenced and indented code, YAML front
// matter, HTML comments and HTML blocks. Computed lazily from the top and cached, so a
// hover costs O(line length) once the lines above it have been seen.
//
// Approximations, documented because they are deliberate:
// - List items are tracked as a stack of content indents; a non-list line after a blank line
//   closes the items it is not indented into. Fences and indented code are measured relative
//   to the innermost open item, so code in lists works; lazy continuations are not modelled.
// - Block quotes: `>` markers are stripped before looking for fences; a fence opened in a
//   quote ends with the quote.
// - HTML blocks: CommonMark types 1 (script/pre/style/textarea, until the closing tag),
//   2 (comments) and 6 (block-level tags, until a blank line). A comment opened inside a
//   paragraph continues to its closing line, which counts as comment as a whole.
// - Setext headings, tables and the like are prose, which is what they are.

import { findFrontMatter } from '../frontMatter';

import { scanInline } from './inlineScan';

/** What a line of Markdown is, for deciding whether terms may be matched on it. */
export type LineKind = 'text' | 'fenced-code' | 'indented-code' | 'front-matter' | 'html-comment' | 'html-block';

const KINDS: readonly LineKind[] = ['text', 'fenced-code', 'indented-code', 'front-matter', 'html-comment', 'html-block'];
const TEXT = 0;
const FENCED = 1;
const INDENTED = 2;
const FRONT_MATTER = 3;
const COMMENT = 4;
const HTML = 5;

const TAB_STOP = 4;
const SPACE = 0x20;
const GREATER_THAN = 0x3e;
const CODE_INDENT = 4;
const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^(`{3,}|~{3,})[ \t\r]*$/;
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)[ \t]*/;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const RAW_HTML_START = /^<(script|pre|style|textarea)(?:[\s>]|$)/i;
const BLOCK_HTML_START = new RegExp(
  '^</?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|' +
    'fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|' +
    'menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)' +
    '(?:[\\s/>]|$)',
  'i',
);
const FRONT_MATTER_OPEN = /^---[ \t\r]*$/;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)[ \t\r]*$/;
// Characters that start a block able to interrupt a paragraph (and so end a list): #, fences, HTML.
const INTERRUPTS = /^[#`~<]/;
/** First characters of anything but plain prose (quotes, lists, fences, HTML, headings, rules). */
const BLOCK_MARKERS = '>-*+0123456789`~<#_=';

/** Lines between two saved scanner states: a changed document is rescanned from the last one above the change. */
const CHECKPOINT_LINES = 512;

/** The scanner's state before a line: enough to go on scanning from there. */
interface Checkpoint {
  readonly fence: Fence | undefined;
  readonly html: 'comment' | 'blank' | RegExp | undefined;
  readonly paragraph: boolean;
  readonly blank: boolean;
  readonly lists: readonly number[];
}

interface Fence {
  readonly marker: string; // '`' or '~'
  readonly length: number;
  /** Indent of the container the fence lives in (an open list item). */
  readonly base: number;
  readonly quotes: number;
}

/** Line kinds of one document version; build a new index when the document changes. */
export class MarkdownBlockIndex {
  private readonly kinds: Uint8Array;
  private scanned = 0;
  private frontMatterEnd = -1; // exclusive end line, found on first use
  private fence: Fence | undefined;
  private html: 'comment' | 'blank' | RegExp | undefined; // what ends the open HTML block
  private paragraph = false; // the previous line continues a paragraph
  private blank = true; // the previous line was blank (or there was none)
  private lists: number[] = []; // content indents of open list items
  private checkpoints: Checkpoint[] = []; // checkpoints[k]: the state before line k * CHECKPOINT_LINES

  constructor(
    private readonly lineAt: (line: number) => string,
    private readonly lineCount: number,
  ) {
    this.kinds = new Uint8Array(lineCount);
  }

  /** The kind of a 0-based line (lines out of range are 'text'). */
  kindAt(line: number): LineKind {
    if (line < 0 || line >= this.lineCount) return 'text';
    if (this.frontMatterEnd < 0) this.frontMatterEnd = this.findFrontMatter();
    for (; this.scanned <= line; this.scanned++) {
      if (this.scanned % CHECKPOINT_LINES === 0) this.checkpoints[this.scanned / CHECKPOINT_LINES] = this.checkpoint();
      this.kinds[this.scanned] = this.scanned < this.frontMatterEnd ? FRONT_MATTER : this.step(this.lineAt(this.scanned));
    }
    return KINDS[this.kinds[line] as number] as LineKind;
  }

  /**
   * An index of the document after an edit whose first changed line is `firstChangedLine`:
   * everything the previous index knew above the last checkpoint before that line is kept, so
   * the first hover after typing at the end of a long document does not rescan it all.
   */
  static afterEdit(previous: MarkdownBlockIndex, firstChangedLine: number, lineAt: (line: number) => string, lineCount: number): MarkdownBlockIndex {
    const index = new MarkdownBlockIndex(lineAt, lineCount);
    // The front matter decides every line below it: keep nothing if the edit may have changed it.
    const frontMatterKnown = previous.frontMatterEnd > 0 || (previous.frontMatterEnd === 0 && lineCount > 0 && !FRONT_MATTER_OPEN.test(lineAt(0)));
    if (!frontMatterKnown || firstChangedLine < previous.frontMatterEnd) return index;
    let k = Math.min(Math.floor(firstChangedLine / CHECKPOINT_LINES), previous.checkpoints.length - 1);
    while (k > 0 && previous.checkpoints[k] === undefined) k--;
    const saved = previous.checkpoints[k];
    const line = k * CHECKPOINT_LINES;
    if (saved === undefined || line === 0 || line > lineCount || line > previous.scanned) return index;
    index.kinds.set(previous.kinds.subarray(0, line));
    index.scanned = line;
    index.frontMatterEnd = previous.frontMatterEnd;
    index.checkpoints = previous.checkpoints.slice(0, k);
    index.restore(saved);
    return index;
  }

  private checkpoint(): Checkpoint {
    return { fence: this.fence, html: this.html, paragraph: this.paragraph, blank: this.blank, lists: [...this.lists] };
  }

  private restore(saved: Checkpoint): void {
    this.fence = saved.fence;
    this.html = saved.html;
    this.paragraph = saved.paragraph;
    this.blank = saved.blank;
    this.lists = [...saved.lists];
  }

  /** Front matter: `---` on line 0 to the next `---`/`...`; unclosed, it is no front matter. */
  private findFrontMatter(): number {
    if (this.lineCount === 0 || !FRONT_MATTER_OPEN.test(this.lineAt(0))) return 0;
    for (let line = 1; line < this.lineCount; line++) {
      if (FRONT_MATTER_CLOSE.test(this.lineAt(line))) return line + 1;
    }
    return 0;
  }

  /** Classifies the next line and advances the state. */
  private step(raw: string): number {
    if (this.fence !== undefined) return this.inFence(raw, this.fence);
    if (this.html !== undefined) return this.inHtml(raw);
    // Fast path: most lines are prose outside any block; settle them without allocating.
    const first = firstVisible(raw);
    if (first < 0) return this.blankLine();
    if (!BLOCK_MARKERS.includes(raw.charAt(first))) {
      if (this.enter(indentOf(raw), this.blank) >= CODE_INDENT && !this.paragraph) return INDENTED;
      this.paragraph = true;
      return this.prose(raw);
    }
    const { quotes, rest } = stripQuotes(raw, Number.POSITIVE_INFINITY);
    const indent = indentOf(rest);
    const body = rest.trimStart();
    if (body === '') return this.blankLine();
    const item = LIST_ITEM.exec(body);
    const relative = this.enter(indent, item !== null || this.blank || INTERRUPTS.test(body));
    if (item !== null && relative < CODE_INDENT) {
      this.lists.push(indent + item[0].length);
      this.paragraph = true;
      return TEXT;
    }
    if (relative >= CODE_INDENT && !this.paragraph) return INDENTED;
    if (relative < CODE_INDENT) {
      const kind = this.blockStart(body, indent - relative, quotes);
      if (kind !== undefined) {
        this.paragraph = false;
        return kind;
      }
    }
    this.paragraph = !ATX_HEADING.test(body) && !THEMATIC_BREAK.test(body);
    return this.prose(body);
  }

  private blankLine(): number {
    this.blank = true;
    this.paragraph = false;
    return TEXT;
  }

  /** Starts a non-blank line: closes the list items it leaves; returns its indent within the innermost one. */
  private enter(indent: number, closesLists: boolean): number {
    this.blank = false;
    if (closesLists) {
      while (this.lists.length > 0 && indent < (this.lists[this.lists.length - 1] as number)) this.lists.pop();
    }
    return indent - (this.lists[this.lists.length - 1] ?? 0);
  }

  /** A prose line; it may open an HTML comment that runs on over the next lines. */
  private prose(text: string): number {
    if (text.includes('<!--') && scanInline(text).openComment) this.html = 'comment';
    return TEXT;
  }

  /** Fences and HTML blocks that start on this line, if any. */
  private blockStart(body: string, base: number, quotes: number): number | undefined {
    const fence = FENCE_OPEN.exec(body);
    if (fence !== null) {
      const marks = fence[1] as string;
      // A backtick fence's info string may not contain backticks (it would be inline code).
      if (marks[0] === '~' || !(fence[2] as string).includes('`')) {
        this.fence = { marker: marks[0] as string, length: marks.length, base, quotes };
        return FENCED;
      }
    }
    if (body.startsWith('<!--')) {
      if (!body.includes('-->', 4)) this.html = 'comment';
      return COMMENT;
    }
    const raw = RAW_HTML_START.exec(body);
    if (raw !== null) {
      const end = new RegExp(`</${raw[1] as string}>`, 'i');
      if (!end.test(body)) this.html = end;
      return HTML;
    }
    if (BLOCK_HTML_START.test(body)) {
      this.html = 'blank';
      return HTML;
    }
    return undefined;
  }

  /** A line inside a fence: code, unless it closes the fence or leaves the quote holding it. */
  private inFence(raw: string, fence: Fence): number {
    let rest = raw;
    if (fence.quotes > 0) {
      const stripped = stripQuotes(raw, fence.quotes);
      if (stripped.quotes < fence.quotes) {
        this.fence = undefined; // the quote holding the fence has ended
        return this.step(raw);
      }
      rest = stripped.rest;
    }
    const first = firstVisible(rest);
    // Fast path: a code line that does not even start with the fence character.
    if (first < 0 || rest.charAt(first) !== fence.marker || indentOf(rest) - fence.base >= CODE_INDENT) return FENCED;
    const close = FENCE_CLOSE.exec(rest.slice(first));
    if (close !== null && (close[1] as string).length >= fence.length) {
      this.fence = undefined;
      this.paragraph = false;
      this.blank = false;
    }
    return FENCED;
  }

  private inHtml(rest: string): number {
    const end = this.html;
    if (end === 'blank') {
      if (rest.trim() !== '') return HTML;
      this.html = undefined;
      this.blank = true;
      this.paragraph = false;
      return TEXT;
    }
    if (end === 'comment' ? rest.includes('-->') : (end as RegExp).test(rest)) {
      this.html = undefined;
      this.paragraph = false;
      this.blank = false;
    }
    return end === 'comment' ? COMMENT : HTML;
  }
}

/** Strips up to `max` block-quote markers (`>` after at most 3 spaces, one optional space after). */
function stripQuotes(line: string, max: number): { quotes: number; rest: string } {
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
function firstVisible(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const ch = line.charCodeAt(i);
    if (ch !== SPACE && ch !== 0x09 && ch !== 0x0d) return i;
  }
  return -1;
}

/** Leading whitespace in columns (tabs to the next multiple of 4). */
function indentOf(line: string): number {
  let columns = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charCodeAt(i);
    if (ch === SPACE) columns++;
    else if (ch === 0x09) columns += TAB_STOP - (columns % TAB_STOP);
    else break;
  }
  return columns;
}

/** Number of lines the YAML front matter of `text` occupies (0 when it has none). */
export function frontMatterLineCount(text: string): number {
  return findFrontMatter(text)?.bodyLine ?? 0;
}
