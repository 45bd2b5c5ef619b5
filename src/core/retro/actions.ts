// Action items are plain Markdown task-list lines: `- [ ] what to do @owner due:2026-12-15`,
// plus what carry-forward adds (a flag, ` (carried 2×)`, a link back). Read through the memory's
// task reader, so carry-forward and the Open Actions view agree on every item.

import { readLines } from '../markdown';
import { readTaskItems } from '../memory/forms/task';

export { formatActionItem, markdownLink, type ActionExtras } from './actionFormat';

/** One task-list item of a retro. */
export interface ActionItem {
  /** 0-based line in the document where it starts. */
  readonly line: number;
  /** 0-based line where it ends: later than `line` when a long item was wrapped. */
  readonly endLine: number;
  /** Checked (done or dropped). */
  readonly done: boolean;
  /** What to do, without the owner, due date, flag, carried count and back link we add. */
  readonly text: string;
  readonly owner?: string;
  /** YYYY-MM-DD. */
  readonly due?: string;
  /** How many retros it has been carried into already (0 for a new item). */
  readonly carried: number;
  /** The item as written (its lines joined with `\n` when wrapped). */
  readonly raw: string;
}

/**
 * Every task-list item outside code, HTML blocks, comments and front matter (a fence or comment
 * never closed hides nothing: a malformed retro still gives up every item).
 */
export function parseActionItems(markdown: string): ActionItem[] {
  const read = readLines(markdown);
  return readTaskItems(read).map((item) => ({
    line: item.line,
    endLine: item.endLine,
    done: item.status !== 'open',
    text: item.text,
    carried: item.carried,
    raw: read.lines.slice(item.line, item.endLine + 1).join('\n'),
    ...(item.owner === undefined ? {} : { owner: item.owner }),
    ...(item.due === undefined ? {} : { due: item.due }),
  }));
}
