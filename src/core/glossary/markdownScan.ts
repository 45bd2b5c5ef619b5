// What in a Markdown document is prose, so terms are matched there and nowhere else.
// Block level (code, front matter, HTML) is in blockScan.ts, line level in inlineScan.ts.

import type { TermMatcher, TermMatch } from './matcher';
import { MarkdownBlockIndex } from './blockScan';
import { maskRanges, scanInline } from './inlineScan';

export { MarkdownBlockIndex, frontMatterLineCount, type LineKind } from './blockScan';
export { inlineExcludedRanges, type Range } from './inlineScan';

/** The term under a position in a Markdown document, looking only at that one line. */
export function termAtPosition(
  matcher: TermMatcher,
  index: MarkdownBlockIndex,
  lineText: string,
  line: number,
  character: number,
): TermMatch | undefined {
  if (index.kindAt(line) !== 'text') return undefined;
  const { ranges } = scanInline(lineText);
  if (ranges.some(([start, end]) => start <= character && character < end)) return undefined;
  // Blank out code, links and HTML so a term can neither match in them nor run across them.
  return matcher.at(ranges.length === 0 ? lineText : maskRanges(lineText, ranges), character);
}
