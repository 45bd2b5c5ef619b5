// Which lines of a Markdown document are not prose (fenced and indented code, front matter, HTML
// comments and blocks) and the containers around each line (quotes, list items, tables); lazy
// from the top and cached, so a hover costs O(line length) once the lines above it were seen.
// Deliberate approximations: lists are a stack of content indents (no lazy continuations);
// `>` markers are stripped before fences, and a fence opened in a quote ends with it; HTML
// blocks follow CommonMark kinds 1–7 (blockSyntax.ts); a GFM table is a piped row over a delimiter
// row with as many cells, going on until a blank line or another block (its lines are 'text').

import { frontMatterLines, isFrontMatterOpening } from './frontMatter';
import { scanInline } from './inline';
import { htmlLine } from './blockHtml';
import { LineRecords, type Fence, type LineBlock, type ListLevel, type State, type UnclosedBlock } from './blockState';
import * as syntax from './blockSyntax';
import type { HtmlEnd, LineKind } from './blockSyntax';
// Bound once: under tsx (tests, bench) every read of an imported binding is a getter call, and the scan reads these on every line.
const {
  ATX_HEADING, CODE_INDENT, delimiterColumns, FENCE_CLOSE, FENCE_OPEN, FENCED, firstVisible, FRONT_MATTER, GREATER_THAN,
  htmlBlockStart, paragraphCommentClose, indentOf, INDENTED, KINDS, LIST_ITEM, startsBlock, stripQuotes, tableCells, TEXT, THEMATIC_BREAK,
} = syntax;

export type { LineBlock, LineKind, UnclosedBlock };
/** Lines between two saved scanner states: a changed document is rescanned from the last one above the change. */
const CHECKPOINT_LINES = 512;
/** 1 for the first characters of anything but plain prose (quotes, lists, fences, HTML, headings, rules). */
const BLOCK_MARKERS = new Uint8Array(0x80);
for (const c of '>-*+0123456789`~<#_=') BLOCK_MARKERS[c.charCodeAt(0)] = 1;
const MAX_STORED_DEPTH = 0xff;
const [FLAG_TABLE, FLAG_ITEM] = [1, 2];
const [HASH, STAR, PLUS, DASH, ZERO, NINE, LESS_THAN, UNDERSCORE, BACKTICK, TILDE] = [0x23, 0x2a, 0x2b, 0x2d, 0x30, 0x39, 0x3c, 0x5f, 0x60, 0x7e];

/** Line kinds of one document version; build a new index (or `afterEdit`) when the document changes. */
export class MarkdownBlockIndex {
  private readonly records: LineRecords;
  private readonly kinds: Uint8Array; // the records' kinds, at hand
  private scanned = 0;
  private frontMatterEnd = -1; // exclusive end line, found on first use
  private state: State = { fence: undefined, html: undefined, paragraph: false, blank: true, lists: undefined, table: undefined, reach: 0, opened: 0 };
  private checkpoints: State[] = []; // checkpoints[k]: the state before line k * CHECKPOINT_LINES
  private line = 0; // the line being classified
  private quotes = 0; // its quote depth
  private closed: ListLevel | undefined; // the innermost list item the current line closed
  private noCloseBefore = 0; // no `-->` closes a paragraph's comment on the lines before this one

  constructor(private readonly lineAt: (line: number) => string, private readonly lineCount: number) {
    this.records = new LineRecords(lineCount);
    this.kinds = this.records.kinds;
  }

  /** The kind of a 0-based line (lines out of range are 'text'). */
  kindAt(line: number): LineKind {
    if (line < 0 || line >= this.lineCount) return 'text';
    this.scanTo(line);
    return KINDS[this.kinds[line] as number] as LineKind;
  }

  /** Every line's record, for a reader that walks them all (kinds index KINDS: 0 is 'text'); not to be changed. */
  lineRecords(): Pick<LineRecords, 'kinds' | 'firsts'> {
    this.scanTo(this.lineCount - 1);
    return this.records;
  }

  /** The kind of a line and the containers around it. */
  blockAt(line: number): LineBlock {
    const kind = this.kindAt(line);
    if (line < 0 || line >= this.lineCount) return { kind, quotes: 0, lists: 0, listItem: false, table: false };
    const flags = this.records.flags[line] as number;
    return {
      kind,
      quotes: this.records.quoteDepths[line] as number,
      lists: this.records.listDepths[line] as number,
      listItem: (flags & FLAG_ITEM) !== 0,
      table: (flags & FLAG_TABLE) !== 0,
    };
  }

  /** The fence, HTML block or comment still open at the end, if any: it hides every line below its start. */
  unclosedBlock(): UnclosedBlock | undefined {
    this.scanTo(this.lineCount - 1);
    const { fence, html, opened } = this.state;
    if (fence === undefined && (html === undefined || html === 'blank')) return undefined;
    return { line: opened, kind: KINDS[this.kinds[opened] as number] as UnclosedBlock['kind'] };
  }

  /** The number of front-matter lines at the top (0 when there is none). */
  frontMatterLineCount(): number {
    if (this.frontMatterEnd < 0) this.frontMatterEnd = frontMatterLines(this.lineAt, this.lineCount);
    return this.frontMatterEnd;
  }

  private scanTo(line: number): void {
    const frontMatterEnd = this.frontMatterLineCount();
    for (; this.scanned <= line; this.scanned++) {
      if (this.scanned % CHECKPOINT_LINES === 0) this.checkpoints[this.scanned / CHECKPOINT_LINES] = { ...this.state };
      this.line = this.scanned;
      this.quotes = 0;
      const kind = this.scanned < frontMatterEnd ? FRONT_MATTER : this.step(this.lineAt(this.scanned));
      this.kinds[this.scanned] = kind;
      this.records.quoteDepths[this.scanned] = Math.min(this.quotes, MAX_STORED_DEPTH);
      this.records.listDepths[this.scanned] = Math.min(this.state.lists?.depth ?? 0, MAX_STORED_DEPTH);
    }
  }

  /**
   * An index of the document after an edit whose first changed line is `firstChangedLine`:
   * everything the previous index knew above the last checkpoint before that line is kept, so
   * the first hover after typing at the end of a long document does not rescan it all.
   */
  static afterEdit(previous: MarkdownBlockIndex, firstChangedLine: number, lineAt: (line: number) => string, lineCount: number): MarkdownBlockIndex {
    const index = new MarkdownBlockIndex(lineAt, lineCount);
    // The front matter decides every line below it: keep nothing if the edit may have changed it.
    const known = previous.frontMatterEnd > 0 || (previous.frontMatterEnd === 0 && lineCount > 0 && !isFrontMatterOpening(lineAt(0)));
    if (!known || firstChangedLine < previous.frontMatterEnd) return index;
    let k = Math.min(Math.floor(firstChangedLine / CHECKPOINT_LINES), previous.checkpoints.length - 1);
    // A state that read ahead to the changed line (a table's delimiter row, a comment's close) is void too.
    while (k > 0 && (previous.checkpoints[k] === undefined || (previous.checkpoints[k] as State).reach >= firstChangedLine)) k--;
    const saved = previous.checkpoints[k];
    const line = k * CHECKPOINT_LINES;
    if (saved === undefined || line === 0 || line > lineCount || line > previous.scanned) return index;
    index.records.keep(previous.records, line);
    index.scanned = line;
    index.frontMatterEnd = previous.frontMatterEnd;
    index.checkpoints = previous.checkpoints.slice(0, k);
    index.state = { ...saved };
    return index;
  }

  /** Classifies the next line and advances the state. */
  private step(raw: string): number {
    const s = this.state;
    if (s.fence !== undefined) return this.inFence(raw, s.fence);
    if (s.html !== undefined) return htmlLine(s, raw, s.html);
    // Fast path: most lines are prose outside any block; settle them without allocating.
    const first = firstVisible(raw);
    if (first < 0) return this.blankLine();
    const code = raw.charCodeAt(first);
    this.records.firsts[this.line] = code;
    if (code >= BLOCK_MARKERS.length || BLOCK_MARKERS[code] === 0) {
      const relative = this.enter(first === 0 ? 0 : indentOf(raw), s.blank);
      if (s.table !== undefined && (s.table !== 0 || relative >= CODE_INDENT)) s.table = undefined;
      if (relative >= CODE_INDENT && !s.paragraph) return INDENTED;
      if ((s.table !== undefined || raw.includes('|')) && this.tableRow(raw.slice(first), 0, relative)) return TEXT;
      s.paragraph = true;
      return this.prose(raw);
    }
    // Only a line starting with `>` is quoted: the others need no copy.
    let quotes = 0;
    let rest = raw;
    if (code === GREATER_THAN) ({ quotes, rest } = stripQuotes(raw, Number.POSITIVE_INFINITY));
    this.quotes = quotes;
    const indent = indentOf(rest);
    const body = first === 0 && quotes === 0 ? raw : rest.trimStart();
    if (body === '') return this.blankLine();
    // Each pattern runs only when the body's first character allows it.
    const lead = body.charCodeAt(0);
    LIST_ITEM.lastIndex = 0;
    const marker = (lead === DASH || lead === STAR || lead === PLUS || (lead >= ZERO && lead <= NINE)) && LIST_ITEM.test(body) ? LIST_ITEM.lastIndex : -1;
    const relative = this.enter(indent, marker >= 0 || s.blank || lead === HASH || lead === BACKTICK || lead === TILDE || lead === LESS_THAN);
    if (s.table !== undefined && (s.table !== quotes || relative >= CODE_INDENT || startsBlock(body))) s.table = undefined;
    if (marker >= 0 && relative < CODE_INDENT) {
      this.openItem(indent + marker);
      this.records.flags[this.line] = FLAG_ITEM;
      s.paragraph = true;
      return TEXT;
    }
    if (relative >= CODE_INDENT && !s.paragraph) return INDENTED;
    if (relative < CODE_INDENT) {
      const kind = this.blockStart(body, indent - relative, quotes);
      if (kind !== undefined) {
        s.paragraph = false;
        return kind;
      }
      if ((s.table !== undefined || body.includes('|')) && this.tableRow(body, quotes, relative)) return TEXT;
    }
    s.paragraph = !(lead === HASH && ATX_HEADING.test(body)) && !((lead === STAR || lead === DASH || lead === UNDERSCORE) && THEMATIC_BREAK.test(body));
    return this.prose(body);
  }

  /** A row of an open table, or the header of one that starts here (the next line is its delimiter row). */
  private tableRow(body: string, quotes: number, relative: number): boolean {
    const s = this.state;
    if (s.table === undefined) {
      if (relative >= CODE_INDENT || !body.includes('|') || this.line + 1 >= this.lineCount) return false;
      s.reach = Math.max(s.reach, this.line + 1);
      const next = stripQuotes(this.lineAt(this.line + 1), quotes);
      if (next.quotes !== quotes || indentOf(next.rest) - (s.lists?.indent ?? 0) >= CODE_INDENT) return false;
      const columns = delimiterColumns(next.rest);
      if (columns === 0 || columns !== tableCells(body)) return false;
      s.table = quotes;
    } else if (s.table !== quotes) {
      s.table = undefined;
      return false;
    }
    this.records.flags[this.line] = FLAG_TABLE;
    s.paragraph = false;
    return true;
  }

  private blankLine(): number {
    this.state.blank = true;
    this.state.paragraph = false;
    this.state.table = undefined;
    return TEXT;
  }

  /** Starts a non-blank line: closes the list items it leaves; returns its indent within the innermost one. */
  private enter(indent: number, closesLists: boolean): number {
    const s = this.state;
    s.blank = false;
    this.closed = undefined;
    if (closesLists) {
      while (s.lists !== undefined && indent < s.lists.indent) {
        this.closed = s.lists;
        s.lists = s.lists.parent;
      }
    }
    return indent - (s.lists?.indent ?? 0);
  }

  /** Opens a list item with content at column `indent`; a sibling of the item just closed reuses its level. */
  private openItem(indent: number): void {
    const s = this.state;
    const sibling = this.closed;
    s.lists = sibling !== undefined && sibling.indent === indent && sibling.parent === s.lists
      ? sibling
      : { indent, depth: (s.lists?.depth ?? 0) + 1, parent: s.lists };
  }

  /**
   * A prose line; it may open an HTML comment that runs on over the next lines — if the comment
   * closes before its paragraph ends (as in markdown-it, where a comment is inline HTML and an
   * unclosed `<!--` is literal text).
   */
  private prose(text: string): number {
    if (text.includes('<!--') && scanInline(text).openComment && this.commentCloses(this.line + 1)) this.opens('comment');
    return TEXT;
  }

  /** Whether a `-->` comes before the paragraph ends; each line is searched once per document version. */
  private commentCloses(from: number): boolean {
    if (from < this.noCloseBefore) return false;
    const found = paragraphCommentClose(this.lineAt, from, this.lineCount);
    this.state.reach = Math.max(this.state.reach, found.line);
    if (!found.closes) this.noCloseBefore = found.line;
    return found.closes;
  }

  /** Fences and HTML blocks that start on this line, if any. */
  private blockStart(body: string, base: number, quotes: number): number | undefined {
    const s = this.state;
    const lead = body.charCodeAt(0);
    const fence = lead === BACKTICK || lead === TILDE ? FENCE_OPEN.exec(body) : null;
    if (fence !== null) {
      const marks = fence[1] as string;
      // A backtick fence's info string may not contain backticks (it would be inline code).
      if (marks[0] === '~' || !(fence[2] as string).includes('`')) {
        s.fence = { marker: marks[0] as string, length: marks.length, base, quotes };
        s.table = undefined;
        s.opened = this.line;
        return FENCED;
      }
    }
    if (lead !== LESS_THAN) return undefined;
    const html = htmlBlockStart(body, s.paragraph);
    if (html === undefined) return undefined;
    this.opens(html.end);
    s.table = undefined;
    return html.kind;
  }

  private opens(end: 'comment' | HtmlEnd | undefined): void {
    this.state.html = end;
    this.state.opened = this.line;
  }

  /** A line inside a fence: code, unless it closes the fence or leaves the quote holding it. */
  private inFence(raw: string, fence: Fence): number {
    const s = this.state;
    let rest = raw;
    if (fence.quotes > 0) {
      const stripped = stripQuotes(raw, fence.quotes);
      if (stripped.quotes < fence.quotes) {
        s.fence = undefined; // the quote holding the fence has ended
        return this.step(raw);
      }
      rest = stripped.rest;
      this.quotes = stripped.quotes;
    }
    const first = firstVisible(rest);
    // Fast path: a code line that does not even start with the fence character.
    if (first < 0 || rest.charAt(first) !== fence.marker || indentOf(rest) - fence.base >= CODE_INDENT) return FENCED;
    const close = FENCE_CLOSE.exec(rest.slice(first));
    if (close !== null && (close[1] as string).length >= fence.length) {
      s.fence = undefined;
      s.paragraph = false;
      s.blank = false;
    }
    return FENCED;
  }
}
