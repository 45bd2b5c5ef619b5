// The one Markdown reader. Every consumer that reads Markdown — the hover, the preview's
// exclusions, the action items, the memory, the insights, glossary and template parsing —
// goes through here, so they all agree on what is code, HTML, comment, front matter and text.
//   frontMatter.ts  the front-matter finder (BOM and CRLF included)
//   blocks.ts       line kinds and containers, lazily, with checkpoints for edits
//   inline.ts       what on a line is not prose (code spans, links, autolinks, HTML, comments)
//   terms.ts        the term under a position (the hover)
//   lineMap.ts      offsets ↔ line/column, problemAt
//   wrap.ts         the 80-column wrapper

import type { ReadLines } from '../memory/model';
import { MarkdownBlockIndex, type LineBlock, type LineKind, type UnclosedBlock } from './blocks';
import { splitLines } from './frontMatter';
import { lineSpan, problemAt } from './lineMap';
import { message, type MessageId } from '../messages';
import type { Problem } from '../problem';

export { MarkdownBlockIndex, type LineBlock, type LineKind, type UnclosedBlock } from './blocks';
export {
  findFrontMatter, frontMatterLineCount, hasFrontMatter, linesWithOffsets, splitLines, type FrontMatterBlock, type TextLine,
} from './frontMatter';
export { inlineExcludedRanges, maskRanges, scanInline, type InlineScan, type Range } from './inline';
export { LineMap, lineSpan, position, problemAt, type Position, type Span } from './lineMap';
export { HOVER_WINDOW, LONG_LINE, termAtPosition } from './terms';
export { CONTINUATION_INDENT, fitsLineLength, MAX_LINE_LENGTH, wrapListItem, wrapUnits, type WrapOptions } from './wrap';

/** A whole document as the reader sees it: its lines, each line's kind and containers. */
export interface MarkdownLines extends ReadLines {
  /** The kind of a line and the block quotes, list items and table around it. */
  blockAt(line: number): LineBlock;
  /** How many lines at the top are front matter (0 when there is none). */
  readonly frontMatterLines: number;
  /** The fence, HTML block or comment never closed, which hides the rest of the document (as the preview does). */
  unclosedBlock(): UnclosedBlock | undefined;
  /** Every line's kind (0 is 'text') and first visible character (0: none, or inside a block), for a reader that walks them all: read, never changed. */
  lineCodes(): { readonly kinds: Uint8Array; readonly firsts: Uint16Array };
}

/** A document's lines and what each one is. */
export function readLines(text: string): MarkdownLines {
  return new DocumentLines(splitLines(text));
}

/** {@link MarkdownLines} over a block index (methods, not closures: the memory builds one per document). */
class DocumentLines implements MarkdownLines {
  readonly frontMatterLines: number;
  private readonly index: MarkdownBlockIndex;

  constructor(readonly lines: readonly string[]) {
    this.index = new MarkdownBlockIndex((line) => lines[line] ?? '', lines.length);
    this.frontMatterLines = this.index.frontMatterLineCount();
  }

  kindAt(line: number): LineKind {
    return this.index.kindAt(line);
  }

  blockAt(line: number): LineBlock {
    return this.index.blockAt(line);
  }

  unclosedBlock(): UnclosedBlock | undefined {
    return this.index.unclosedBlock();
  }

  lineCodes(): { readonly kinds: Uint8Array; readonly firsts: Uint16Array } {
    return this.index.lineRecords();
  }
}

const UNCLOSED_MESSAGES: Readonly<Record<UnclosedBlock['kind'], MessageId>> = {
  'fenced-code': 'unclosedFence',
  'html-comment': 'unclosedComment',
  'html-block': 'unclosedHtml',
};

/**
 * A warning at the fence, HTML block or comment that is never closed; undefined when every block
 * closes. Nothing below such a block is read (as in the preview), so a reader that skips those
 * lines says so instead of dropping them silently.
 */
export function unclosedBlockProblem(read: MarkdownLines): Problem | undefined {
  const block = read.unclosedBlock();
  return block === undefined ? undefined : problemAt(lineSpan(read.lines, block.line), message(UNCLOSED_MESSAGES[block.kind]), 'warning');
}
