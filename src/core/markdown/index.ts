// The one Markdown reader's entry point for whole documents: every consumer that reads a
// document's blocks (action items, the memory, the insights) goes through here, so they all
// agree with the hover on what is code, HTML, comment and front matter.

import type { ReadLines } from '../memory/model';
import { linesWithOffsets } from '../frontMatter';
import { MarkdownBlockIndex, type LineKind } from '../glossary/blockScan';

export type { LineKind };

/** A document's lines and what each one is. */
export function readLines(text: string): ReadLines {
  const lines = linesWithOffsets(text).map((l) => l.text);
  const index = new MarkdownBlockIndex((line) => lines[line] ?? '', lines.length);
  return { lines, kindAt: (line) => index.kindAt(line) };
}
