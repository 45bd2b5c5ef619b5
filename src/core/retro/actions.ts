// Action items are plain Markdown task-list lines: `- [ ] what to do @owner due:2026-12-15`,
// plus what carry-forward adds (a flag, ` (carried 2×)`, a link back). Read through the memory's
// task reader, so carry-forward and the Open Actions view agree on every item.

import { readLines } from '../markdown';
import { readTaskItems } from '../memory/forms/task';
import type { ActionItem } from './actionItem';

export { formatActionItem, markdownLink, type ActionExtras } from './actionFormat';
export type { ActionItem } from './actionItem';

/**
 * Every task-list item outside code, HTML blocks, comments and front matter (a fence or comment
 * never closed hides the rest, as in the preview; the memory reports it: `unclosedBlockProblem`).
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
