// Action items are plain Markdown task-list lines: `- [ ] what to do @owner due:2026-12-15`,
// plus what carry-forward adds (a flag, ` (carried 2×)`, a link back). Reading is tolerant:
// a retro written in a hurry must still give back every promise it holds.

import { findFrontMatter, linesWithOffsets } from '../frontMatter';
import { isRealDate } from './retroDoc';

export { formatActionItem, markdownLink, type ActionExtras } from './actionFormat';

/** One task-list item of a retro. */
export interface ActionItem {
  /** 0-based line in the document where it starts. */
  readonly line: number;
  /** 0-based line where it ends: later than `line` when a long item was wrapped. */
  readonly endLine: number;
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

// `-`, `*`, `+` or `1.` bullets, optionally inside a block quote, then `[ ]`, `[x]` or `[X]`.
const TASK = /^(?:[ \t]*>)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[([ xX])\][ \t]+(.*)$/;
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})/;
const INDENT = /^[ \t]*/;
/** Lines that start a block of their own rather than continue an item's sentence. */
const BLOCK_START = /^[ \t]*(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#|>|`{3}|~{3}|\|)/;
const OWNER = String.raw`@([\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?)`;
const DUE = String.raw`due:[ \t]?(\d{4}-\d{2}-\d{2})`;
const TRAILING_OWNER = new RegExp(String.raw`(?:^|\s)${OWNER}$`, 'u');
const TRAILING_DUE = new RegExp(String.raw`(?:^|\s)${DUE}$`);
const ANY_OWNER = new RegExp(String.raw`(?:^|\s)${OWNER}(?=[\s,.;:!?)]|$)`, 'u');
const ANY_DUE = new RegExp(String.raw`(?:^|\s)${DUE}(?=[\s,.;:!?)]|$)`);
const CARRIED = /[ \t]*\(carried[ \t]+(\d+)[ \t]*[×x]\)/i;
const TRAILING_CARRIED = new RegExp(`${CARRIED.source}[ \\t]*$`, 'i');
/** ` — from [label](link)`; `–`, `-` and `--` as the dash too. */
const BACK_LINK = /[ \t]+(?:—|–|--?)[ \t]+from[ \t]+\[(?:\\.|[^\]\\])*\]\((?:<[^>]*>|[^)]*)\)[ \t]*$/;
/** A flag we wrote before the text: `**⚠ Overdue**`, `**Carried 3×**`, …. */
const MARKER = /^\*\*(?:⚠\uFE0F?[ \t]*)?(?:overdue|carried\b)[^*]*\*\*:?[ \t]*/i;

/**
 * Every task-list item outside fenced code blocks and HTML comments (a fence or comment never
 * closed hides nothing: a malformed retro still gives up every item).
 */
export function parseActionItems(markdown: string): ActionItem[] {
  const lines = linesWithOffsets(markdown).map((l) => l.text);
  const skip = new Set<number>();
  const frontMatter = findFrontMatter(markdown);
  for (let i = 0; frontMatter && i < frontMatter.bodyLine; i++) skip.add(i);
  markFencedLines(lines, skip);
  markCommentLines(markdown, skip);

  const items: ActionItem[] = [];
  for (let line = 0; line < lines.length; line++) {
    const raw = lines[line] ?? '';
    const match = skip.has(line) ? null : TASK.exec(raw);
    if (!match) continue;
    // A long item wrapped onto indented lines (as Prettier does) is one item.
    const indent = INDENT.exec(raw)?.[0].length ?? 0;
    let endLine = line;
    let content = match[2] ?? '';
    for (let next = lines[endLine + 1]; next !== undefined && !skip.has(endLine + 1) && continues(next, indent); next = lines[endLine + 1]) {
      content += ` ${next.trim()}`;
      endLine++;
    }
    const item = parseContent(content);
    if (item.text !== '') items.push({ line, endLine, done: match[1] !== ' ', raw: lines.slice(line, endLine + 1).join('\n'), ...item });
    line = endLine;
  }
  return items;
}

/** Whether `next` continues the sentence of an item whose bullet is indented by `indent`. */
function continues(next: string, indent: number): boolean {
  return next.trim() !== '' && (INDENT.exec(next)?.[0].length ?? 0) > indent && !BLOCK_START.test(next);
}

type ParsedContent = Pick<ActionItem, 'text' | 'owner' | 'due' | 'carried'>;

/** Splits a task's content into the sentence and the metadata written after it. */
function parseContent(content: string): ParsedContent {
  let rest = content.trim().replace(MARKER, '');
  let owner: string | undefined;
  let due: string | undefined;
  let carried = 0;
  // Metadata sits at the end, in any order: peel it off until only the sentence is left.
  for (;;) {
    let m: RegExpExecArray | null;
    if ((m = BACK_LINK.exec(rest))) {
      rest = cut(rest, m);
    } else if ((m = TRAILING_CARRIED.exec(rest))) {
      carried = Math.max(carried, Number(m[1]));
      rest = cut(rest, m);
    } else if (owner === undefined && (m = TRAILING_OWNER.exec(rest))) {
      owner = m[1];
      rest = cut(rest, m);
    } else if (due === undefined && (m = TRAILING_DUE.exec(rest)) && validDate(m[1])) {
      due = m[1];
      rest = cut(rest, m);
    } else {
      break;
    }
  }
  const inside = CARRIED.exec(rest);
  if (inside) {
    carried = Math.max(carried, Number(inside[1]));
    rest = cut(rest, inside).trim();
  }
  // Mentioned inside the sentence: known, and left where it was written.
  owner ??= ANY_OWNER.exec(rest)?.[1];
  due ??= validDate(ANY_DUE.exec(rest)?.[1]);
  return { text: rest, carried, ...(owner === undefined ? {} : { owner }), ...(due === undefined ? {} : { due }) };
}

/** Marks lines inside closed ``` / ~~~ fences (fence lines included). */
function markFencedLines(lines: readonly string[], into: Set<number>): void {
  for (let i = 0; i < lines.length; i++) {
    const fence = FENCE_OPEN.exec(lines[i] ?? '')?.[1];
    if (!fence) continue;
    const close = new RegExp(`^[ \\t]*${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
    const end = lines.findIndex((l, j) => j > i && close.test(l));
    if (end < 0) continue;
    for (let j = i; j <= end; j++) into.add(j);
    i = end;
  }
}

/** Marks the lines of closed `<!-- … -->` comments (examples a template left in, notes to self). */
function markCommentLines(markdown: string, into: Set<number>): void {
  for (let start = markdown.indexOf(COMMENT_OPEN); start >= 0; start = markdown.indexOf(COMMENT_OPEN, start + 1)) {
    const end = markdown.indexOf(COMMENT_CLOSE, start + COMMENT_OPEN.length);
    if (end < 0) return;
    const first = lineAt(markdown, start);
    const last = lineAt(markdown, end);
    for (let line = first; line <= last; line++) into.add(line);
    start = end;
  }
}

const COMMENT_OPEN = '<!--';
const COMMENT_CLOSE = '-->';

function lineAt(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** `text` without the match, trimmed at the end. */
function cut(text: string, match: RegExpExecArray): string {
  return (text.slice(0, match.index) + text.slice(match.index + match[0].length)).trimEnd();
}

function validDate(date: string | undefined): string | undefined {
  return date !== undefined && isRealDate(date) ? date : undefined;
}
