// The term under a position in a Markdown document: what the editor hover asks. Block level
// (code, front matter, HTML) comes from the document's block index, line level from the
// inline scan, which is cached per line of the index's document version.

import type { TermMatch, TermMatcher } from '../glossary/matcher';
import type { MarkdownBlockIndex } from './blocks';
import { maskRanges, scanInline, type Range } from './inline';

/** Lines whose inline scan is kept per document version (the ones hovered last). */
const CACHED_LINES = 8;
/**
 * Past this length the matcher looks only at a window of HOVER_WINDOW characters around the
 * cursor, cut at whitespace: a term is a few words, and a megabyte-long line must not cost
 * a megabyte of matching per mouse move. Far above any written line (a 16 KB line is whole).
 */
export const LONG_LINE = 65_536;
/** The window the matcher sees on a line longer than LONG_LINE. */
export const HOVER_WINDOW = 16_384;

interface ScannedLine {
  readonly text: string;
  readonly ranges: readonly Range[];
  /** The line with every excluded range blanked (the line itself when there is none). */
  readonly masked: string;
}

const scans = new WeakMap<MarkdownBlockIndex, Map<number, ScannedLine>>();

/** The inline scan of one line of the index's document, from the cache when it was scanned already. */
function scannedLine(index: MarkdownBlockIndex, line: number, text: string): ScannedLine {
  let lines = scans.get(index);
  if (lines === undefined) {
    lines = new Map();
    scans.set(index, lines);
  }
  const cached = lines.get(line);
  if (cached !== undefined && cached.text === text) return cached;
  const { ranges } = scanInline(text);
  const scanned = { text, ranges, masked: ranges.length === 0 ? text : maskRanges(text, ranges) };
  if (lines.size >= CACHED_LINES) lines.delete(lines.keys().next().value as number);
  lines.set(line, scanned);
  return scanned;
}

/** The term under a position in a Markdown document, looking only at that one line. */
export function termAtPosition(
  matcher: TermMatcher,
  index: MarkdownBlockIndex,
  lineText: string,
  line: number,
  character: number,
): TermMatch | undefined {
  if (index.kindAt(line) !== 'text') return undefined;
  const { ranges, masked } = scannedLine(index, line, lineText);
  if (isExcluded(ranges, character)) return undefined;
  // Code, links and HTML are blanked out so a term can neither match in them nor run across them.
  if (masked.length <= LONG_LINE) return matcher.at(masked, character);
  const [start, end] = windowAround(masked, character);
  const match = matcher.at(masked.slice(start, end), character - start);
  return match === undefined ? undefined : { ...match, start: match.start + start, end: match.end + start };
}

/** Whether `character` falls in one of the sorted `ranges` (binary search). */
function isExcluded(ranges: readonly Range[], character: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = ranges[mid] as Range;
    if (character < start) hi = mid - 1;
    else if (character >= end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** A window of about HOVER_WINDOW characters around `character`, starting and ending at whitespace. */
function windowAround(text: string, character: number): [number, number] {
  const half = HOVER_WINDOW / 2;
  let start = Math.max(0, character - half);
  let end = Math.min(text.length, character + half);
  while (start > 0 && start < character && !/\s/.test(text.charAt(start - 1))) start++;
  while (end < text.length && end > character && !/\s/.test(text.charAt(end))) end--;
  return [start, end];
}
