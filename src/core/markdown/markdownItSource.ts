// A document made safe for a whole-document markdown-it parse: its front matter blanked (or
// markdown-it reads `---` + `title: x` as a heading) and blocks nested too deep blanked too
// (past `maxNesting` markdown-it stops reading and silently drops the rest of the document).
// Lines keep their numbers, so token maps still point into the original text.

import { readLines, unclosedBlockProblem } from './index';
import type { Problem } from '../problem';

/**
 * Nesting (2 per list, 1 per block quote, as markdown-it counts it) past which a line is left
 * out. markdown-it's own limit is 100; this sits below it so the parse is never cut short.
 */
export const MAX_MARKDOWN_NESTING = 80;

/** A run of lines left out because it is nested too deep. */
export interface DeepBlock {
  /** 0-based first and last line. */
  readonly line: number;
  readonly endLine: number;
}

/** What to give markdown-it, the original lines, and the deep blocks left out. */
export interface MarkdownItSource {
  readonly source: string;
  readonly lines: readonly string[];
  readonly deep: readonly DeepBlock[];
  /** The warning at a fence, HTML block or comment never closed, which hides the rest. */
  readonly unclosed?: Problem;
}

/** `text` with front matter and too-deep lines (and, with `blankHtml`, HTML lines) replaced by empty lines. */
export function markdownItSource(text: string, options: { maxNesting?: number; blankHtml?: boolean } = {}): MarkdownItSource {
  const { maxNesting = MAX_MARKDOWN_NESTING, blankHtml = false } = options;
  const read = readLines(text);
  const out = [...read.lines];
  const deep: DeepBlock[] = [];
  for (let line = 0; line < read.frontMatterLines; line++) out[line] = '';
  let open = false; // whether the last non-blank line was deep (blank lines between join two runs)
  for (let line = read.frontMatterLines; line < out.length; line++) {
    if ((out[line] as string).trim() === '') continue;
    const block = read.blockAt(line);
    // For a parser that keeps raw HTML literal: the reader's HTML blocks and comments are no prose.
    if (blankHtml && (block.kind === 'html-block' || block.kind === 'html-comment')) out[line] = '';
    if (block.lists * 2 + block.quotes <= maxNesting) {
      open = false;
      continue;
    }
    const last = deep[deep.length - 1];
    if (open && last !== undefined) deep[deep.length - 1] = { line: last.line, endLine: line };
    else deep.push({ line, endLine: line });
    open = true;
    out[line] = '';
  }
  const unclosed = unclosedBlockProblem(read);
  return { source: out.join('\n'), lines: read.lines, deep, ...(unclosed === undefined ? {} : { unclosed }) };
}
