// Offsets ↔ 0-based line/column, and problems built from them: written once for every parser
// that reports against a file (glossaries, templates, retros).

import { formatMessage, type Message } from '../messages';
import type { Problem } from '../problem';

/** A 0-based line and column. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A 0-based range in a file. */
export interface Span extends Position {
  readonly endLine: number;
  readonly endColumn: number;
}

/** Converts offsets of one text to positions and back (binary search over line starts). */
export class LineMap {
  /** Offset of each line's first character (counted first, so the array never grows). */
  private readonly starts: Uint32Array;

  constructor(private readonly text: string) {
    let lines = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    this.starts = new Uint32Array(lines);
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts[line++] = i + 1;
  }

  /** Number of lines (a text ending in a newline has an empty last line). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** The 0-based line containing `offset`. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The line and column of `offset`. */
  positionAt(offset: number): Position {
    const line = this.lineOf(offset);
    return { line, column: offset - (this.starts[line] as number) };
  }

  /** The offset of a line and column (clamped to the text). */
  offsetAt(position: Position): number {
    const line = Math.min(Math.max(position.line, 0), this.starts.length - 1);
    return Math.min(Math.max((this.starts[line] as number) + position.column, 0), this.text.length);
  }

  /** The span of `length` characters at `offset`. */
  span(offset: number, length: number): Span {
    const start = this.positionAt(offset);
    const end = this.positionAt(offset + length);
    return { ...start, endLine: end.line, endColumn: end.column };
  }
}

/** The line and column of `offset` in `text` (for a single look-up; build a LineMap for many). */
export function position(text: string, offset: number): Position {
  return new LineMap(text).positionAt(offset);
}

/** The span of a whole line of `lines` (0-based). */
export function lineSpan(lines: readonly string[], line: number): Span {
  return { line, column: 0, endLine: line, endColumn: (lines[line] ?? '').length };
}

/** A problem over a span, or from `start` to `end`; a catalog message keeps its id and arguments for translation. */
export function problemAt(span: Span, message: string | Message, severity?: Problem['severity']): Problem;
export function problemAt(start: Position, end: Position, message: string | Message, severity?: Problem['severity']): Problem;
export function problemAt(
  start: Position | Span,
  endOrMessage: Position | string | Message,
  messageOrSeverity?: string | Message,
  severity: Problem['severity'] = 'error',
): Problem {
  const spanForm = typeof endOrMessage === 'string' || 'id' in endOrMessage;
  const text = spanForm ? endOrMessage : (messageOrSeverity ?? '');
  const level = spanForm ? ((messageOrSeverity as Problem['severity'] | undefined) ?? 'error') : severity;
  const end = spanForm ? { line: (start as Span).endLine, column: (start as Span).endColumn } : endOrMessage;
  const where = { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, severity: level };
  if (typeof text === 'string') return { ...where, message: text };
  return { ...where, message: formatMessage(text.id, text.args), id: text.id, args: text.args };
}
