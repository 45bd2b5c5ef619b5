// The few block shapes the item readers need, line by line on what the one Markdown reader says
// is text: headings (ATX, setext, a bold line standing alone), list bullets, and the lines that
// belong to one item (its wrapped sentence, its sub-bullets: lines.ts).

import type { ReadLines } from '../model';

/** A heading's level (1–6); a bold line standing alone counts as a level below them all. */
export const BOLD_LEVEL = 7;
/** Longer headings are never taken for action headings (a 5 MB line is not a title). */
export const MAX_HEADING = 200;

/** A heading and its text, without `#`, emphasis and a trailing colon. */
export interface Heading {
  readonly level: number;
  readonly text: string;
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const BOLD_ALONE = /^ {0,3}(\*\*|__)(?![*_])(.+?)\1[ \t]*:?[ \t]*$/;
/** `-`, `*`, `+`, `1.` or `1)` and a blank (or the end): group 1 the indent, group 3 the content. */
export const BULLET = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** Lines that open a block of their own rather than continue a sentence. */
export const BLOCK_START = /^[ \t]*(?:#|>|`{3}|~{3}|\|)/;

/** The heading on `line`, if it is one (a setext heading is read on its text line). */
export function headingAt(read: ReadLines, line: number): Heading | undefined {
  const text = read.lines[line] ?? '';
  if (text.length > MAX_HEADING + 10 || text === '') return undefined;
  // Most lines are neither: only `#`, `*`, `_` or a line underlined by `=`/`-` can be a heading.
  if (!isHeadingCandidate(read, line)) return undefined;
  const atx = ATX.exec(text);
  if (atx) return { level: atx[1]?.length ?? 1, text: clean(atx[2] ?? '') };
  const bold = BOLD_ALONE.exec(text);
  if (bold) return { level: BOLD_LEVEL, text: clean(bold[2] ?? '') };
  const next = read.lines[line + 1];
  const before = line === 0 ? '' : (read.lines[line - 1] ?? '');
  if (next !== undefined && SETEXT_UNDERLINE.test(next) && read.kindAt(line + 1) === 'text' && text.trim() !== ''
      && !BULLET.test(text) && !BLOCK_START.test(text) && /^\s*$/.test(before) && /^ {0,3}\S/.test(text)) {
    return { level: next.includes('=') ? 1 : 2, text: clean(text) };
  }
  return undefined;
}

const [HASH, STAR, UNDERSCORE, EQUALS, DASH, SPACE, TAB_CODE] = [0x23, 0x2a, 0x5f, 0x3d, 0x2d, 0x20, 0x09];

/** Whether `line` could be a heading at all (cheap: its first character, or its underline's). */
export function isHeadingCandidate(read: ReadLines, line: number): boolean {
  const first = firstChar(read.lines[line] ?? '');
  if (first === HASH || first === STAR || first === UNDERSCORE) return true;
  const next = read.lines[line + 1] ?? '';
  const under = firstChar(next);
  return (under === EQUALS || under === DASH) && SETEXT_UNDERLINE.test(next);
}

/** The code of a line's first character that is not a blank (-1 for a blank line), without copying it. */
export function firstChar(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB_CODE) return c;
  }
  return -1;
}

/** Without emphasis, a trailing colon and surrounding blanks. */
function clean(text: string): string {
  return text.replace(/\*\*|__/g, '').replace(/[ \t]*:[ \t]*$/, '').trim();
}

/** Whether a line is a list bullet (not a thematic break like `* * *`). */
export function bulletAt(text: string): { indent: number; content: string } | undefined {
  const m = BULLET.exec(text);
  if (!m || THEMATIC_BREAK.test(text)) return undefined;
  return { indent: indentOf(m[1] ?? ''), content: m[2] ?? '' };
}

const TAB = 4;

/** The width of a line's leading blanks, a tab counting to the next multiple of 4. */
export function indentOf(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (ch === ' ') width++;
    else if (ch === '\t') width += TAB - (width % TAB);
    else break;
  }
  return width;
}
