// One shape for everything wrong in a team's file (glossary, template, learning document), so a
// single adapter can show them all as diagnostics.

import type { MessageArg, MessageId } from './messages';

/** A problem in a file, at 0-based line and column positions. */
export interface Problem {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** In English. */
  readonly message: string;
  readonly severity: 'error' | 'warning';
  /**
   * The file's own syntax is broken (a JSON parse error). An editor's language service shows the
   * same mistake while the file is open, so an adapter may leave it to that (one mistake, one entry).
   */
  readonly syntax?: true;
  /** The catalog message `message` was made from (core/messages.ts): the adapter translates it. */
  readonly id?: MessageId;
  readonly args?: readonly MessageArg[];
}
