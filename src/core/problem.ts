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
  /**
   * The file's own syntax is broken (a JSON parse error). An editor's language service shows the
   * same mistake while the file is open, so an adapter may leave it to that (one mistake, one entry).
   */
  readonly syntax?: true;
}
