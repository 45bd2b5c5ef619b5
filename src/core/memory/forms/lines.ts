// What every item reader asks of a line before anything else, settled once per document: is it
// text (as the one Markdown reader says), its first visible character, and the heading it is.
// The four readers each walk the lines; with these answers a line that cannot hold their form
// costs them an array look-up, not a regex or a call into the block index.

import type { LineKind } from '../../markdown/blocks';
import type { MarkdownLines } from '../../markdown';
import type { ReadLines } from '../model';
import { BLOCK_START, bulletAt, headingAt, indentOf, type Heading } from './blocks';

const [HASH, STAR, UNDERSCORE, EQUALS, DASH, SPACE, TAB] = [0x23, 0x2a, 0x5f, 0x3d, 0x2d, 0x20, 0x09];
/** `firstCodes` of a blank line (only spaces and tabs). */
export const BLANK = -1;
/** `headings` of a line not looked at yet. */
const UNSEEN = 0;
const NOT_HEADING = 1;
const IS_HEADING = 2;

/** The kind codes of the one Markdown reader: 0 is 'text'. */
const TEXT_CODE = 0;

function hasLineCodes(read: ReadLines): read is ReadLines & Pick<MarkdownLines, 'lineCodes'> {
  return typeof (read as { lineCodes?: unknown }).lineCodes === 'function';
}

/** A document's lines with the readers' first questions answered (it reads as the `ReadLines` it wraps). */
export class FormLines implements ReadLines {
  readonly lines: readonly string[];
  private readonly text: Uint8Array;
  private readonly firstCodes: Int32Array;
  private readonly seen: Uint8Array;
  private readonly headings: (Heading | undefined)[];

  constructor(private readonly read: ReadLines) {
    const { lines } = read;
    this.lines = lines;
    const count = lines.length;
    this.text = new Uint8Array(count);
    this.firstCodes = new Int32Array(count);
    this.seen = new Uint8Array(count);
    this.headings = new Array<Heading | undefined>(count);
    if (hasLineCodes(read)) {
      // The one Markdown reader hands over what it found of every line; another ReadLines is asked line by line.
      const { kinds, firsts } = read.lineCodes();
      for (let line = 0; line < count; line++) {
        this.text[line] = kinds[line] === TEXT_CODE ? 1 : 0;
        // It skips a CR too, and leaves blocks' lines at 0: the answer only ever rules lines out.
        this.firstCodes[line] = firsts[line] === 0 ? BLANK : (firsts[line] as number);
      }
      return;
    }
    for (let line = 0; line < count; line++) {
      this.text[line] = read.kindAt(line) === 'text' ? 1 : 0;
      const raw = lines[line] as string;
      let code = BLANK;
      for (let i = 0; i < raw.length; i++) {
        const c = raw.charCodeAt(i);
        if (c !== SPACE && c !== TAB) {
          code = c;
          break;
        }
      }
      this.firstCodes[line] = code;
    }
  }

  kindAt(line: number): LineKind {
    return this.read.kindAt(line);
  }

  /** Whether the reader says `line` is text (out of range: no). */
  isText(line: number): boolean {
    return this.text[line] === 1;
  }

  /** The code of the line's first character other than a space or tab ({@link BLANK} for none). */
  firstCode(line: number): number {
    return this.firstCodes[line] ?? BLANK;
  }

  /** The heading on `line` (as `headingAt` reads it), worked out once. */
  heading(line: number): Heading | undefined {
    const seen = this.seen[line];
    if (seen === IS_HEADING) return this.headings[line];
    if (seen !== UNSEEN || seen === undefined) return undefined;
    // Only `#`, `*`, `_` or a line over a `=`/`-` underline can be one (as isHeadingCandidate says).
    const first = this.firstCodes[line];
    const under = this.firstCodes[line + 1];
    const heading = first === HASH || first === STAR || first === UNDERSCORE || under === EQUALS || under === DASH ? headingAt(this, line) : undefined;
    this.seen[line] = heading === undefined ? NOT_HEADING : IS_HEADING;
    if (heading !== undefined) this.headings[line] = heading;
    return heading;
  }
}

const [GREATER_THAN, PLUS, ZERO, NINE] = [0x3e, 0x2b, 0x30, 0x39];

/** Whether a line whose first visible character is `code` may be a list item (`-`, `*`, `+`, `1.`) or a quoted line. */
export function startsListOrQuote(code: number): boolean {
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
