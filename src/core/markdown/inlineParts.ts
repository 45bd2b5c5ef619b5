// The pieces of the inline scanner that look ahead on a line, each built so that a whole line
// costs linear time however its tokens repeat: look-ups only move forward and remember what
// they found (a failed search is never repeated from a later start).

import { isWordCode } from '../glossary/normalize';
import { APOSTROPHE, BACKSLASH, BACKTICK, CLOSE_PAREN, LESS_THAN, OPEN_PAREN, QUOTE, SPACE } from '../charCodes';

/** No match; in the arrays below also "not computed". */
const NONE = -1;

/** `indexOf` of one needle, for start positions that only grow: each character is read once. */
export class ForwardFinder {
  private from = NONE;
  private found = NONE;

  constructor(private readonly text: string, private readonly needle: string) {}

  /** The first occurrence at or after `from`, or -1. */
  next(from: number): number {
    // Still valid: nothing between the last start and the last hit, or no hit at all.
    if (this.from !== NONE && from >= this.from && (this.found === NONE || this.found >= from)) return this.found;
    this.from = from;
    this.found = this.text.indexOf(this.needle, from);
    return this.found;
  }
}

/** Whitespace or a control character: what ends a link destination. */
function isBreak(code: number): boolean {
  return code <= SPACE || code === 0x7f;
}

/** The line's backtick runs, by length, so a code span's closing run is found without rescanning. */
export class BacktickRuns {
  private readonly byLength = new Map<number, { starts: number[]; next: number }>();

  constructor(line: string) {
    for (let i = line.indexOf('`'); i >= 0; i = line.indexOf('`', i)) {
      const start = i;
      while (line.charCodeAt(i) === BACKTICK) i++;
      const entry = this.byLength.get(i - start) ?? { starts: [], next: 0 };
      entry.starts.push(start);
      this.byLength.set(i - start, entry);
    }
  }

  /** End of the code span opened by `run` backticks at `start`, or -1 (a run of the same length closes it). */
  spanEnd(start: number, run: number): number {
    const entry = this.byLength.get(run);
    if (entry === undefined) return NONE;
    while (entry.next < entry.starts.length && (entry.starts[entry.next] as number) <= start) entry.next++;
    const close = entry.starts[entry.next];
    return close === undefined ? NONE : close + run;
  }
}

/** Length of the run of `code` at `start`. */
export function runLength(line: string, start: number, code: number): number {
  let i = start;
  while (line.charCodeAt(i) === code) i++;
  return i - start;
}

/**
 * Link destinations `](url "title")`. A destination cannot hold a space, so it is a run of
 * non-space characters with balanced parentheses. Runs are first scanned directly (cheap for
 * the links of ordinary prose); once that has read a quarter of the line (DIRECT_SCAN_SHARE),
 * one pass matches the parentheses of every run, and each later `](` is answered from it.
 */
export class Destinations {
  /** For each `(`: the `)` closing it in its run, or -1; -2 when it is the run's last unclosed one. */
  private close: Int32Array | undefined;
  /** At each run start (after whitespace): its first unmatched `)`, else -2 when balanced, else -1. */
  private runClose: Int32Array | undefined;
  private readonly quotes: ForwardFinder;
  private readonly apostrophes: ForwardFinder;
  private readonly parens: ForwardFinder;
  private readonly angles: ForwardFinder;
  private budget: number;
  /** Where the run read by the last `scanRun` ends. */
  private runStop = 0;

  constructor(private readonly line: string) {
    this.budget = Math.max(DIRECT_SCAN_MIN, line.length * DIRECT_SCAN_SHARE);
    this.quotes = new ForwardFinder(line, '"');
    this.apostrophes = new ForwardFinder(line, "'");
    this.parens = new ForwardFinder(line, ')');
    this.angles = new ForwardFinder(line, '>');
  }

  /** End of the destination and title opened by the `(` at `open`, or -1. */
  end(open: number): number {
    const line = this.line;
    let i = open + 1;
    while (i < line.length && isBreak(line.charCodeAt(i))) i++;
    if (i >= line.length) return NONE;
    if (line.charCodeAt(i) === CLOSE_PAREN) return i + 1;
    let after: number; // where the destination ended, before any title
    if (line.charCodeAt(i) === LESS_THAN) {
      const close = this.angles.next(i + 1);
      if (close < 0) return NONE;
      after = close + 1;
    } else {
      const close = this.scanRun(i, i === open + 1 ? open : NONE);
      if (close >= 0) return close + 1;
      if (close !== BALANCED_AFTER) return NONE;
      after = this.runStop;
    }
    return this.titleEnd(after);
  }

  /** The `)` ending the destination run starting at `from` (depth 0), BALANCED_AFTER at a balanced run end, or -1. */
  private scanRun(from: number, open: number): number {
    const line = this.line;
    if (this.close === undefined) {
      let depth = 0;
      let i = from;
      for (; i < line.length && this.budget > 0; i++, this.budget--) {
        const c = line.charCodeAt(i);
        if (isBreak(c)) break;
        if (c === BACKSLASH) i++;
        else if (c === OPEN_PAREN) depth++;
        else if (c === CLOSE_PAREN && depth-- === 0) return i;
      }
      if (this.budget > 0 || i >= line.length) {
        this.runStop = i;
        return depth === 0 ? BALANCED_AFTER : NONE;
      }
      this.matchAll();
    }
    const close = (open !== NONE ? (this.close as Int32Array)[open] : (this.runClose as Int32Array)[from]) ?? NONE;
    if (close === BALANCED_AFTER) this.runStop = this.runEnd(from);
    return close;
  }

  /** One pass over the line: the matching `)` of every `(` within its run of non-space characters. */
  private matchAll(): void {
    const line = this.line;
    const close = new Int32Array(line.length).fill(NONE);
    const runClose = new Int32Array(line.length + 1);
    const stack: number[] = [];
    let runStart = 0;
    let firstClose = NONE;
    const endRun = (): void => {
      runClose[runStart] = firstClose !== NONE ? firstClose : stack.length === 0 ? BALANCED_AFTER : NONE;
      if (stack.length > 0) {
        close[stack[stack.length - 1] as number] = BALANCED_AFTER;
        stack.length = 0;
      }
      firstClose = NONE;
    };
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (isBreak(c)) {
        endRun();
        runStart = i + 1;
      } else if (c === BACKSLASH) {
        i++;
      } else if (c === OPEN_PAREN) {
        stack.push(i);
      } else if (c === CLOSE_PAREN) {
        const opened = stack.pop();
        if (opened !== undefined) close[opened] = i;
        else if (firstClose === NONE) firstClose = i;
      }
    }
    endRun();
    this.close = close;
    this.runClose = runClose;
  }

  /** After the destination: optional whitespace, an optional title, whitespace, then `)`. */
  private titleEnd(from: number): number {
    const line = this.line;
    let i = from;
    while (i < line.length && isBreak(line.charCodeAt(i))) i++;
    const c = line.charCodeAt(i);
    if (c === CLOSE_PAREN) return i + 1;
    if (i === from) return NONE; // a title must be separated from the destination
    const finder = c === QUOTE ? this.quotes : c === APOSTROPHE ? this.apostrophes : c === OPEN_PAREN ? this.parens : undefined;
    if (finder === undefined) return NONE;
    const close = finder.next(i + 1);
    if (close < 0) return NONE;
    let j = close + 1;
    while (j < line.length && isBreak(line.charCodeAt(j))) j++;
    return line.charCodeAt(j) === CLOSE_PAREN ? j + 1 : NONE;
  }

  private runEnd(from: number): number {
    let i = from;
    while (i < this.line.length && !isBreak(this.line.charCodeAt(i))) i++;
    return i;
  }
}

/**
 * Characters a line's link destinations may read directly before the one-pass matching takes
 * over: a share of the line (so the switch happens at the same density on short and long lines),
 * and at least enough for the links of an ordinary paragraph.
 */
const DIRECT_SCAN_SHARE = 0.25;
const DIRECT_SCAN_MIN = 256;

/** Marks the last unclosed `(` of a run, after which the run is balanced. */
const BALANCED_AFTER = -2;

/** Characters of an e-mail's local part: ASCII word characters, `.`, `+`, `-`. */
function isLocalCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2e || c === 0x2b || c === 0x2d;
}

function isDomainCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d;
}

/** Bare e-mail addresses `local@domain.tld`: each `@` is looked at once, each character a bounded number of times. */
export function emailRanges(line: string, into: Array<[number, number]>): void {
  let floor = 0; // a match never starts inside the previous one
  for (let at = line.indexOf('@'); at >= 0; at = line.indexOf('@', at + 1)) {
    let start = at;
    while (start > floor && isLocalCode(line.charCodeAt(start - 1))) start--;
    if (start === at) continue;
    let end = at + 1;
    let labels = 0;
    for (;;) {
      let j = end;
      while (isDomainCode(line.charCodeAt(j))) j++;
      if (j === end) break;
      labels++;
      end = j;
      if (line.charCodeAt(end) !== 0x2e || !isDomainCode(line.charCodeAt(end + 1))) break;
      end++;
    }
    if (labels < 2) continue;
    floor = end;
    if (start > 0 && isWordCode(line.charCodeAt(start - 1))) continue; // part of a longer word
    into.push([start, end]);
  }
}

const BARE_URL = /(?:https?:\/\/|ftp:\/\/|mailto:|www\.)[^\s<>]+/giu;
/** Punctuation that ends a sentence rather than a URL. */
const TRAILING_PUNCTUATION = new Set('.,:;!?\'"*_~');

/** Bare URLs; trailing punctuation and a closing parenthesis that opened none stay outside. */
export function urlRanges(line: string, into: Array<[number, number]>): void {
  BARE_URL.lastIndex = 0;
  for (let m = BARE_URL.exec(line); m !== null; m = BARE_URL.exec(line)) {
    if (m.index > 0 && isWordCode(line.charCodeAt(m.index - 1))) continue; // "xhttp://" starts no URL
    const text = m[0];
    let opens = 0;
    let closes = 0;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === OPEN_PAREN) opens++;
      else if (c === CLOSE_PAREN) closes++;
    }
    // "(see https://x.y/a)": the last `)` closes the sentence's parenthesis, not the URL's.
    let end = text.length;
    for (;;) {
      const c = text.charAt(end - 1);
      if (TRAILING_PUNCTUATION.has(c)) end--;
      else if (c === ')' && closes > opens) {
        closes--;
        end--;
      } else break;
    }
    into.push([m.index, m.index + end]);
  }
}
