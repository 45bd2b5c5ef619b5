// The parts of one Markdown line that are not prose: code spans, link destinations,
// autolinks, bare URLs and e-mail addresses, reference definitions, inline HTML and comments.
// Link TEXT stays prose. Constructs are read left to right, so whichever starts first wins,
// as in CommonMark (a backtick inside a link destination does not open a code span).
// Linear in the line's length whatever it holds: every look-ahead is answered by a forward-only
// search (inlineParts.ts), so a line of 16 KB of `](`, `<a>` or `)` costs what a plain one does.

import { BacktickRuns, Destinations, emailRanges, ForwardFinder, runLength, urlRanges } from './inlineParts';
import { BACKSLASH, BACKTICK, CLOSE_BRACKET, LESS_THAN, OPEN_BRACKET, OPEN_PAREN } from '../charCodes';

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
/** An opening tag whose element content is code or a link: not prose either. */
const CODE_LIKE_OPEN = /^<(code|kbd|samp|a)(?=[\s>])/i;
const COMMENT_OPEN = '<!--';
const COMMENT_CLOSE = '-->';
/** `<!-->` and `<!--->` are complete comments: the closing `-->` may overlap the opening. */
const COMMENT_CLOSE_FROM = 2;


/** Ranges of `lineText` that are not prose, so no term is matched there. */
export function inlineExcludedRanges(lineText: string): Range[] {
  return scanInline(lineText).ranges;
}

/** The look-ahead helpers of one line, built on first need. */
class LineContext {
  private runs: BacktickRuns | undefined;
  private destinations: Destinations | undefined;
  private readonly brackets: ForwardFinder;
  private readonly closers = new Map<string, ForwardFinder>();
  private lower: string | undefined;

  constructor(private readonly line: string) {
    this.brackets = new ForwardFinder(line, ']');
  }

  codeSpanEnd(start: number, run: number): number {
    return (this.runs ??= new BacktickRuns(this.line)).spanEnd(start, run);
  }

  destinationEnd(open: number): number {
    return (this.destinations ??= new Destinations(this.line)).end(open);
  }

  /** End of a reference label `[label]` opening at `open`, or -1. */
  labelEnd(open: number): number {
    const close = this.brackets.next(open + 1);
    return close < 0 ? -1 : close + 1;
  }

  /** End of the element `name` whose opening tag ends at `from`: after its closing tag, or -1. */
  elementEnd(name: string, from: number): number {
    const key = name.toLowerCase();
    let finder = this.closers.get(key);
    if (finder === undefined) {
      finder = new ForwardFinder((this.lower ??= this.line.toLowerCase()), `</${key}`);
      this.closers.set(key, finder);
    }
    const close = finder.next(from);
    return close < 0 ? -1 : this.line.indexOf('>', close) + 1 || this.line.length;
  }
}

/** Scans one line (see the top of this file). */
export function scanInline(line: string): InlineScan {
  if (REFERENCE_DEFINITION.test(line)) return { ranges: [[0, line.length]], openComment: false };
  const ranges: Range[] = [];
  const context = new LineContext(line);
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
      end = context.codeSpanEnd(i, run);
      if (end < 0) {
        i += run; // an unmatched backtick run is literal text
        continue;
      }
    } else if (c === LESS_THAN) {
      if (line.startsWith(COMMENT_OPEN, i)) {
        const close = line.indexOf(COMMENT_CLOSE, i + COMMENT_CLOSE_FROM);
        openComment = close < 0;
        end = close < 0 ? n : close + COMMENT_CLOSE.length;
      } else {
        end = stickyEnd(AUTOLINK, line, i) ?? stickyEnd(EMAIL_AUTOLINK, line, i) ?? stickyEnd(OPEN_TAG, line, i) ?? stickyEnd(CLOSE_TAG, line, i) ?? -1;
        const element = end > 0 ? CODE_LIKE_OPEN.exec(line.slice(i, end))?.[1] : undefined;
        if (element !== undefined) end = Math.max(end, context.elementEnd(element, end));
      }
    } else if (c === CLOSE_BRACKET) {
      const next = line.charCodeAt(i + 1);
      if (next === OPEN_PAREN) end = context.destinationEnd(i + 1);
      else if (next === OPEN_BRACKET) end = context.labelEnd(i + 1);
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
  if (line.includes('@')) emailRanges(line, ranges);
  if (line.includes('://') || line.includes('www.') || line.includes('mailto:')) urlRanges(line, ranges);
  return { ranges: mergeRanges(ranges), openComment };
}

function stickyEnd(re: RegExp, line: string, at: number): number | undefined {
  re.lastIndex = at;
  return re.test(line) ? re.lastIndex : undefined;
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
  const parts: string[] = [];
  let pos = 0;
  for (const [start, end] of ranges) {
    parts.push(line.slice(pos, start), '\t'.repeat(end - start));
    pos = end;
  }
  parts.push(line.slice(pos));
  return parts.join('');
}
