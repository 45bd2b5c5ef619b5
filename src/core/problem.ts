// One shape for everything wrong in a team's file (glossary, template, learning document), so a
// single adapter can show them all as diagnostics.

import { formatMessage, type Message, type MessageArg, type MessageId } from './messages';

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

/** A problem over the whole of one line, worded by a catalog message (so the adapter can translate it). */
export function lineProblem(line: number, msg: Message, severity: Problem['severity'] = 'warning'): Problem {
  return { line, column: 0, endLine: line, endColumn: 0, severity, message: formatMessage(msg.id, msg.args), id: msg.id, args: msg.args };
}
