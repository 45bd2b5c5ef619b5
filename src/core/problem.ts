// One shape for everything wrong in a team's file (glossary, template), so a single
// adapter can show them all as diagnostics.

/** A problem in a file, at 0-based line and column positions. */
export interface Problem {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}
