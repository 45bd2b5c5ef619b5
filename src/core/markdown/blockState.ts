// The block index's state between lines, and what it records per line.

import type { HtmlEnd, LineKind } from './blockSyntax';

/** What the block index knows of one line. */
export interface LineBlock {
  readonly kind: LineKind;
  /** Block quotes the line sits in (up to 255). */
  readonly quotes: number;
  /** Open list items around (or started by) the line (up to 255). */
  readonly lists: number;
  /** The line starts a list item. */
  readonly listItem: boolean;
  /** The line is a row of a table (its header and delimiter rows included). */
  readonly table: boolean;
}

/** A fence, HTML block or comment never closed: every line from `line` on is read as its content. */
export interface UnclosedBlock {
  /** 0-based line where it starts. */
  readonly line: number;
  readonly kind: 'fenced-code' | 'html-comment' | 'html-block';
}

/** An open list item: its content indent, in an immutable stack so a checkpoint costs nothing. */
export interface ListLevel {
  readonly indent: number;
  readonly depth: number;
  readonly parent: ListLevel | undefined;
}

export interface Fence {
  readonly marker: string; // '`' or '~'
  readonly length: number;
  /** Indent of the container the fence lives in (an open list item). */
  readonly base: number;
  readonly quotes: number;
}

/** The scanner's state before a line: enough to go on scanning from there. */
export interface State {
  fence: Fence | undefined;
  html: 'comment' | HtmlEnd | undefined; // what ends the open HTML block
  paragraph: boolean; // the previous line continues a paragraph
  blank: boolean; // the previous line was blank (or there was none)
  lists: ListLevel | undefined;
  table: number | undefined; // quote depth of the open table
  /** The furthest line read ahead so far (a table's delimiter row, a comment's close): an edit there voids this state. */
  reach: number;
  /** The line the open fence, HTML block or comment started on. */
  opened: number;
}

/** Bytes a line takes in the records: kind, quote depth, list depth, flags, then two for its first character. */
const RECORD_BYTES = 6;
const [QUOTES_AT, LISTS_AT, FLAGS_AT, FIRSTS_AT] = [1, 2, 3, 4];

/** What the block index records of each line: a view per field over one buffer (one allocation a document). */
export class LineRecords {
  readonly kinds: Uint8Array;
  readonly quoteDepths: Uint8Array;
  readonly listDepths: Uint8Array;
  readonly flags: Uint8Array;
  /** The line's first visible character (0 when blank, or not stepped through: inside a block). */
  readonly firsts: Uint16Array;

  constructor(count: number) {
    const buffer = new ArrayBuffer(count * RECORD_BYTES);
    this.kinds = new Uint8Array(buffer, 0, count);
    this.quoteDepths = new Uint8Array(buffer, QUOTES_AT * count, count);
    this.listDepths = new Uint8Array(buffer, LISTS_AT * count, count);
    this.flags = new Uint8Array(buffer, FLAGS_AT * count, count);
    this.firsts = new Uint16Array(buffer, FIRSTS_AT * count, count); // an even offset, as a Uint16Array needs
  }

  /** Takes over the records of the first `lines` lines of `from`. */
  keep(from: LineRecords, lines: number): void {
    this.kinds.set(from.kinds.subarray(0, lines));
    this.quoteDepths.set(from.quoteDepths.subarray(0, lines));
    this.listDepths.set(from.listDepths.subarray(0, lines));
    this.flags.set(from.flags.subarray(0, lines));
    this.firsts.set(from.firsts.subarray(0, lines));
  }
}
