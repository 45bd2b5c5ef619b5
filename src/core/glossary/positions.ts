// Offsets → 0-based line/column, for problems reported against a glossary file.

import type { Problem } from './model';

/** A 0-based range in a file. */
export interface Span {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** Converts offsets of one text to spans (binary search over line starts). */
export class LineMap {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
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

  /** The span of `length` characters at `offset`. */
  span(offset: number, length: number): Span {
    const line = this.lineOf(offset);
    const endLine = this.lineOf(offset + length);
    return {
      line,
      column: offset - (this.starts[line] as number),
      endLine,
      endColumn: offset + length - (this.starts[endLine] as number),
    };
  }
}

/** A problem over `span`. */
export function problemAt(span: Span, message: string, severity: Problem['severity'] = 'error'): Problem {
  return { line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn, message, severity };
}
