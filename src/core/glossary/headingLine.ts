// Whether a prose line is a heading: hovers explain no term there (a heading names a section;
// the preview leaves headings alone too, issue 13.9). Container markers (quotes, one list
// marker) may come first, as in CommonMark.

/** `#`–`######` then a space or the end, after at most three spaces, quote markers and a list marker. */
const ATX_HEADING = /^(?: {0,3}>)* {0,3}(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?#{1,6}(?:[ \t]|$)/;
/** A setext underline: `===` or `---` alone on the next line. */
const SETEXT_UNDERLINE = /^(?: {0,3}>)* {0,3}(?:=+|-+)[ \t]*$/;
const BLANK = /^[ \t>]*$/;
const LIST_ITEM = /^(?: {0,3}>)* {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/** True when `line` is an ATX heading, or a paragraph line underlined by `next` (`===` / `---`). */
export function isHeadingLine(line: string, next: string | undefined): boolean {
  if (ATX_HEADING.test(line)) return true;
  return next !== undefined && SETEXT_UNDERLINE.test(next) && !BLANK.test(line) && !LIST_ITEM.test(line);
}
