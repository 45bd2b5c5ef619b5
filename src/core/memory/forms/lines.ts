// What every item reader asks of a line before anything else, settled once per document: is it
// text (as the one Markdown reader says), its first visible character, and the heading it is.
// The four readers each walk the lines; with these answers a line that cannot hold their form
// costs them an array look-up, not a regex or a call into the block index.

import type { LineKind } from '../../markdown/blocks';
import type { MarkdownLines } from '../../markdown';
import type { ReadLines } from '../model';
import { BLOCK_START, bulletAt, headingAt, indentOf, type Heading } from './blocks';

const [HASH, STAR, UNDERSCORE, EQUALS, DASH, SPACE, TAB] = [0x23, 0x2a, 0x5f, 0x3d, 0x2d, 0x20, 0x09];
/** The kind codes of the one Markdown reader: 0 is 'text'. */
const [TEXT_CODE, NOT_TEXT] = [0, 1];

function hasLineCodes(read: ReadLines): read is ReadLines & Pick<MarkdownLines, 'lineCodes'> {
  return typeof (read as { lineCodes?: unknown }).lineCodes === 'function';
}

/** A document's lines with the readers' first questions answered (it reads as the `ReadLines` it wraps). */
export class FormLines implements ReadLines {
  readonly lines: readonly string[];
  /** 0 for a text line (the one Markdown reader's kind codes). */
  private readonly kinds: Uint8Array;
  /** The first character other than a space or tab; 0 for none (the reader's own skips a CR too and leaves blocks' lines at 0: it only ever rules lines out). */
  private readonly firsts: Uint16Array;
  /** Each line's heading: undefined while not looked at, null when it is none. */
  private readonly headings: (Heading | null | undefined)[];

  constructor(private readonly read: ReadLines) {
    const { lines } = read;
    this.lines = lines;
    this.headings = new Array<Heading | null | undefined>(lines.length);
    if (hasLineCodes(read)) {
      // The one Markdown reader hands over what it found of every line: nothing to work out again.
      ({ kinds: this.kinds, firsts: this.firsts } = read.lineCodes());
      return;
    }
    // Another ReadLines is asked line by line.
    this.kinds = new Uint8Array(lines.length);
    this.firsts = new Uint16Array(lines.length);
    for (let line = 0; line < lines.length; line++) {
      this.kinds[line] = read.kindAt(line) === 'text' ? TEXT_CODE : NOT_TEXT;
      const raw = lines[line] as string;
      for (let i = 0; i < raw.length; i++) {
        const c = raw.charCodeAt(i);
        if (c !== SPACE && c !== TAB) {
          this.firsts[line] = c;
          break;
        }
      }
    }
  }

  kindAt(line: number): LineKind {
    return this.read.kindAt(line);
  }

  /** Whether the reader says `line` is text (out of range: no). */
  isText(line: number): boolean {
    return this.kinds[line] === TEXT_CODE;
  }

  /** The code of the line's first character other than a space or tab (0 for none). */
  firstCode(line: number): number {
    return this.firsts[line] ?? 0;
  }

  /** Whether `line` may be a list item or a quoted line: it starts with `-`, `*`, `+`, a digit or `>`. */
  mayBeListOrQuote(line: number): boolean {
    return startsListOrQuote(this.firsts[line] ?? 0);
  }

  /** The heading on `line` (as `headingAt` reads it), worked out once. */
  heading(line: number): Heading | undefined {
    const known = this.headings[line];
    if (known !== undefined) return known ?? undefined;
    // Only `#`, `*`, `_` or a line over a `=`/`-` underline can be one (as isHeadingCandidate says).
    const first = this.firsts[line];
    const under = this.firsts[line + 1];
    const heading = first === HASH || first === STAR || first === UNDERSCORE || under === EQUALS || under === DASH ? headingAt(this, line) : undefined;
    this.headings[line] = heading ?? null;
    return heading;
  }
}

const [GREATER_THAN, PLUS, ZERO, NINE] = [0x3e, 0x2b, 0x30, 0x39];

/** Whether a line whose first visible character is `code` may be a list item (`-`, `*`, `+`, `1.`) or a quoted line. */
function startsListOrQuote(code: number): boolean {
  return code === DASH || code === STAR || code === PLUS || code === GREATER_THAN || (code >= ZERO && code <= NINE);
}

/** `read` with the readers' answers: itself when it already is one. */
export function formLines(read: ReadLines): FormLines {
  return read instanceof FormLines ? read : new FormLines(read);
}

/** One item's lines: its sentence (wrapped lines joined) and the sub-bullets under it. */
export interface ItemBlock {
  readonly line: number;
  readonly endLine: number;
  /** The last line of the sentence (before any sub-bullet). */
  readonly sentenceEnd: number;
  readonly sentence: string;
  /** Sub-bullets' lines and contents: they belong to the item. */
  readonly subs: readonly { readonly line: number; readonly content: string }[];
}

/**
 * The lines that belong to an item starting at `line` with `first` as its content: more-indented
 * lines, lazy continuation lines, sub-bullets. It ends at a blank line followed by something no
 * deeper than the item, at a heading, a block, a line the reader says is not text, or `stop`.
 */
export function collectItem(lines: ReadLines, line: number, indent: number, first: string, stop: (line: number) => boolean): ItemBlock {
  const read = formLines(lines);
  const sentence = [first.trim()];
  const subs: { line: number; content: string }[] = [];
  let endLine = line;
  let sentenceEnd = line;
  let blank = false;
  for (let at = line + 1; at < read.lines.length; at++) {
    const text = read.lines[at] ?? '';
    if (text.trim() === '') {
      blank = true;
      continue;
    }
    if (!read.isText(at) || stop(at) || read.heading(at)) break;
    const deeper = indentOf(text) > indent;
    const bullet = bulletAt(text);
    if (bullet && deeper) {
      subs.push({ line: at, content: bullet.content });
    } else if (deeper || (!blank && !bullet && !BLOCK_START.test(text))) {
      if (subs.length === 0 && !blank) {
        sentence.push(text.trim());
        sentenceEnd = at;
      }
    } else {
      break;
    }
    endLine = at;
    blank = false;
  }
  return { line, endLine, sentenceEnd, sentence: sentence.join(' '), subs };
}
