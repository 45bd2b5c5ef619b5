// Offsets to 0-based line/column positions, and problems built from them.

import type { Problem } from '../problem';

/** A 0-based line and column. */
export interface Position { readonly line: number; readonly column: number }

/** The line and column of `offset` in `text` (LF line ends). */
export function position(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart };
}

/** A problem from `start` to `end`. */
export function problemAt(start: Position, end: Position, message: string, severity: Problem['severity'] = 'error'): Problem {
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, message, severity };
}
