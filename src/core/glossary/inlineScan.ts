// The parts of one Markdown line that are not prose: code spans, link destinations,
// autolinks, bare URLs and e-mail addresses, reference definitions, inline HTML and comments.
// Link TEXT stays prose. Constructs are read left to right, so whichever starts first wins,
// as in CommonMark (a backtick inside a link destination does not open a code span).

import { isWordCode } from './normalize';

/** A half-open [start, end) range of a line. */
export type Range = [number, number];

/** What the scanner found on a line. */
export interface InlineScan {
  /** Sorted, non-overlapping ranges that are not prose. */
  readonly ranges: Range[];
  /** True when an HTML comment opens on this line and does not close on it. */
  readonly openComment: boolean;
}

const REFERENCE_DEFINITION = /^ {0,3}\[(?!\^)(?:[^\]\\]|\\.)+\]:/; // `[^1]:` footnotes are prose
const AUTOLINK = /<[A-Za-z][A-Za-z0-9.+-]{1,31}:[^\s<>]*>/y;
const EMAIL_AUTOLINK = /<[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*>/y;
const ATTRIBUTE = `\\s+[A-Za-z_:][\\w.:-]*(?:\\s*=\\s*(?:[^\\s"'=<>\`]+|'[^']*'|"[^"]*"))?`;
const OPEN_TAG = new RegExp(`<[A-Za-z][A-Za-z0-9-]*(?:${ATTRIBUTE})*\\s*/?>`, 'y');
const CLOSE_TAG = /<\/[A-Za-z][A-Za-z0-9-]*\s*>/y;
const BARE_URL = /(?:https?:\/\/|ftp:\/\/|mailto:|www\.)[^\s<>]+/giu;
const EMAIL = /[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const URL_TRAILING_PUNCTUATION = /[.,:;!?'"*_~]+$/;

const BACKSLASH = 0x5c;
const BACKTICK = 0x60;
const LESS_THAN = 0x3c;
const CLOSE_BRACKET = 0x5d;
const OPEN_PAREN = 0x28;
const OPEN_BRACKET = 0x5b;

/** Ranges of `lineText` that are not prose, so no term is matched there. */
export function inlineExcludedRanges(lineText: string): Array<[number, number]> {
  return scanInline(lineText).ranges;
}

/** Scans one line (see the top of this file). */
export function scanInline(line: string): InlineScan {
  if (REFERENCE_DEFINITION.test(line)) return { ranges: [[0, line.length]], openComment: false };
  const ranges: Range[] = [];
  let openComment = false;
  const n = line.length;
  let i = 0;
  while (i < n) {
    const c = line.charCodeAt(i);
    let end = -1;
    if (c === BACKSLASH) {
      i += 2;
      continue;
    } else if (c === BACKTICK) {
      const run = runLength(line, i, BACKTICK);
      end = codeSpanEnd(line, i, run);
      if (end < 0) {
        i += run; // an unmatched backtick run is literal text
        continue;
      }
    } else if (c === LESS_THAN) {
      if (line.startsWith('<!--', i)) {
        const close = line.indexOf('-->', i + 4);
        openComment = close < 0;
        end = close < 0 ? n : close + 3;
      } else {
        end = stickyEnd(AUTOLINK, line, i) ?? stickyEnd(EMAIL_AUTOLINK, line, i) ?? stickyEnd(OPEN_TAG, line, i) ?? stickyEnd(CLOSE_TAG, line, i) ?? -1;
        // <code>, <kbd>, <samp> and <a> hold code or a link: their content is not prose either.
        const element = end > 0 ? CODE_LIKE_OPEN.exec(line.slice(i, end))?.[1] : undefined;
        if (element !== undefined) {
          const close = line.toLowerCase().indexOf(`</${element.toLowerCase()}`, end);
          if (close >= 0) end = line.indexOf('>', close) + 1 || n;
        }
      }
    } else if (c === CLOSE_BRACKET) {
      const next = line.charCodeAt(i + 1);
      if (next === OPEN_PAREN) end = destinationEnd(line, i + 1);
      else if (next === OPEN_BRACKET) end = labelEnd(line, i + 1);
      if (end >= 0) i++; // the `]` itself closes link text
    }
    if (end < 0) {
      i++;
      continue;
    }
    ranges.push([i, end]);
    i = end;
  }
  // Cheap substring checks first: most lines hold neither.
  if (line.includes('@')) addMatches(EMAIL, line, ranges);
  if (line.includes('://') || line.includes('www.') || line.includes('mailto:')) addMatches(BARE_URL, line, ranges);
  return { ranges: mergeRanges(ranges), openComment };
}

/** An opening tag whose element content is code or a link. */
const CODE_LIKE_OPEN = /^<(code|kbd|samp|a)(?=[\s>])/i;

function runLength(line: string, start: number, code: number): number {
  let i = start;
  while (line.charCodeAt(i) === code) i++;
  return i - start;
}

/** End of the code span opened by `run` backticks at `start`, or -1 (same-length run closes it). */
function codeSpanEnd(line: string, start: number, run: number): number {
  let i = start + run;
  for (;;) {
    i = line.indexOf('`', i);
    if (i < 0) return -1;
    const length = runLength(line, i, BACKTICK);
    if (length === run) return i + length;
    i += length;
  }
}

function stickyEnd(re: RegExp, line: string, at: number): number | undefined {
  re.lastIndex = at;
  return re.test(line) ? re.lastIndex : undefined;
}

/**
 * End of a link destination and title `(url "title")` opening at `open`, or -1: parentheses
 * balance, a title starts with a quote after whitespace, `<…>` destinations may hold spaces.
 */
function destinationEnd(line: string, open: number): number {
  let depth = 0;
  let quote = '';
  let angle = false;
  for (let i = open; i < line.length; i++) {
    const ch = line.charAt(i);
    if (ch === '\\') {
      i++;
    } else if (quote !== '') {
      if (ch === quote) quote = '';
    } else if (angle) {
      if (ch === '>') angle = false;
    } else if (ch === '<' && line.charCodeAt(i - 1) === OPEN_PAREN) {
      angle = true;
    } else if ((ch === '"' || ch === "'") && /\s/.test(line.charAt(i - 1))) {
      quote = ch;
    } else if (ch === '(') {
      depth++;
    } else if (ch === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** End of a reference label `[label]` opening at `open`, or -1. */
function labelEnd(line: string, open: number): number {
  const close = line.indexOf(']', open + 1);
  return close < 0 ? -1 : close + 1;
}

function addMatches(re: RegExp, line: string, ranges: Range[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    if (m.index > 0 && isWordCode(line.charCodeAt(m.index - 1))) continue; // "xhttp://" starts no URL
    let text = m[0].replace(URL_TRAILING_PUNCTUATION, '');
    // A closing parenthesis belongs to the URL only if it opened one: "(see https://x.y/a)".
    while (text.endsWith(')') && count(text, '(') < count(text, ')')) text = text.slice(0, -1).replace(URL_TRAILING_PUNCTUATION, '');
    ranges.push([m.index, m.index + text.length]);
  }
}

function count(text: string, ch: string): number {
  let k = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) k++;
  return k;
}

/** Sorts ranges and merges those that overlap or touch. */
function mergeRanges(ranges: Range[]): Range[] {
  if (ranges.length < 2) return ranges;
  ranges.sort((a, b) => a[0] - b[0]);
  const out: Range[] = [ranges[0] as Range];
  for (let k = 1; k < ranges.length; k++) {
    const r = ranges[k] as Range;
    const last = out[out.length - 1] as Range;
    if (r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push(r);
  }
  return out;
}

/** `line` with every excluded range blanked by tabs (same length, so offsets still hold). */
export function maskRanges(line: string, ranges: readonly Range[]): string {
  let out = '';
  let pos = 0;
  for (const [start, end] of ranges) {
    out += line.slice(pos, start) + '\t'.repeat(end - start);
    pos = end;
  }
  return out + line.slice(pos);
}
