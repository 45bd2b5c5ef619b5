// complete / reopen / drop on the forms people write: a bullet under an action heading or a
// marker line is struck (`~~…~~ done:2026-12-01`, `~~…~~ dropped:2026-12-01 — reason`), a
// `Status:` sub-bullet or a table's status cell is rewritten, and reopen takes each of those
// back. Only the item's own lines change; the result is read back before it is offered.

import type { EditOptions, EditResult } from '../editTypes';
import type { ActionEditKind, ActionStatus, ItemOccurrence, LineEdit, ReadLines } from '../model';
import { bulletAt } from './blocks';
import { collectItem } from './lines';
import type { FormOptions } from './content';
import { itemFromBlock } from './item';
import { listSentence, markerAt, withMarkerOwner } from './marker';
import { actionColumns, rowItem, tableCells } from './table';
import { leadingState, trailingState } from './words';

const STAMP = /[ \t]*\b(?:done|dropped):\d{4}-\d{2}-\d{2}(?:[ \t]+(?:—|–|--?)[ \t]+.*)?$/;
const STATUS_SUB = /^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\*\*|__)?(?:status|state)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*)(.*)$/i;
const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** What each edit leaves the item as. */
const TARGET: Readonly<Record<ActionEditKind, ActionStatus>> = { complete: 'done', reopen: 'open', drop: 'dropped' };

/** The words a status cell or `Status:` line gets. */
function statusWords(kind: ActionEditKind, options: EditOptions): string {
  const reason = oneLine(options.reason ?? '');
  if (kind === 'complete') return `Done (${options.today})`;
  if (kind === 'drop') return `Dropped (${options.today})${reason === '' ? '' : `: ${reason}`}`;
  return 'Open';
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** complete / reopen / drop on a bullet under an action heading or a marker line. */
export function editListItem(lines: readonly string[], item: ItemOccurrence, kind: ActionEditKind, options: EditOptions, forms: FormOptions = options.forms ?? {}): EditResult {
  const already = refuse(item, kind);
  if (already) return already;
  const own = lines.slice(item.line, item.endLine + 1);
  const status = own.findIndex((l, i) => i > 0 && STATUS_SUB.test(l));
  const next = [...own];
  if (status > 0) {
    // A `Status:` sub-bullet says the state: it is the line to change (and a strike is taken back).
    const m = STATUS_SUB.exec(own[status] ?? '');
    next[status] = `${m?.[1] ?? ''}${statusWords(kind, options)}`;
    if (kind === 'reopen') unstrike(next);
  } else {
    unstrike(next);
    if (kind !== 'reopen') strike(next, kind, options);
  }
  return checked(item, next, kind, (read) => readListItem(read, item, forms));
}

/** The first line's prefix (indent, bullet, marker) and the last line of the sentence. */
function sentenceSpan(own: readonly string[]): { prefix: number; last: number } {
  const first = own[0] ?? '';
  const marker = markerAt(first);
  const bullet = bulletAt(first);
  const prefix = marker ? (marker.struck ? first.indexOf('~~') : marker.start) : bullet ? first.length - bullet.content.length : first.length - first.trimStart().length;
  const indent = bullet?.indent ?? 0;
  let last = 0;
  for (let i = 1; i < own.length; i++) {
    const line = own[i] ?? '';
    if (line.trim() === '' || (bulletAt(line) && (bulletAt(line)?.indent ?? 0) > indent)) break;
    last = i;
  }
  return { prefix, last };
}

/** Takes back a strike, a done/dropped stamp and a state word written around the sentence. */
function unstrike(own: string[]): void {
  const { prefix, last } = sentenceSpan(own);
  const first = own[0] ?? '';
  let head = first.slice(prefix);
  const lead = leadingState(head);
  if (lead) head = lead.rest;
  const struck = head.startsWith('~~');
  if (struck) head = head.slice(2);
  own[0] = first.slice(0, prefix) + head;
  let end = (own[last] ?? '').replace(STAMP, '');
  if (struck) end = end.replace(/~~(?=[^~]*$)/, '');
  const trail = trailingState(end);
  own[last] = trail ? trail.rest : end.trimEnd();
}

/** Strikes the sentence and writes the stamp after it. */
function strike(own: string[], kind: ActionEditKind, options: EditOptions): void {
  const { prefix, last } = sentenceSpan(own);
  const first = own[0] ?? '';
  own[0] = `${first.slice(0, prefix)}~~${first.slice(prefix)}`;
  const reason = oneLine(options.reason ?? '');
  const stamp = kind === 'complete' ? ` done:${options.today}` : ` dropped:${options.today}${reason === '' ? '' : ` — ${reason}`}`;
  own[last] = `${(own[last] ?? '').trimEnd()}~~${stamp}`;
}

/** The item read back from the edited lines, as its reader would. */
function readListItem(read: ReadLines, item: ItemOccurrence, forms: FormOptions): ItemOccurrence | undefined {
  const first = read.lines[0] ?? '';
  const bullet = bulletAt(first);
  const block = collectItem(read, 0, bullet?.indent ?? 0, listSentence(first, bullet?.content), () => false);
  return withMarkerOwner(itemFromBlock(block, item.form, forms, []), first);
}

/** complete / reopen / drop on a table row: its status cell, or a strike in its action cell. */
export function editTableRow(lines: readonly string[], item: ItemOccurrence, kind: ActionEditKind, options: EditOptions, forms: FormOptions = options.forms ?? {}): EditResult {
  const already = refuse(item, kind);
  if (already) return already;
  let delimiter = item.line - 1;
  while (delimiter > 0 && !DELIMITER_ROW.test(lines[delimiter] ?? '') && (lines[delimiter] ?? '').includes('|')) delimiter--;
  const columns = delimiter > 0 && DELIMITER_ROW.test(lines[delimiter] ?? '') ? actionColumns(lines[delimiter - 1] ?? '') : undefined;
  if (!columns) return { error: 'The table of this row has no action column any more.' };
  let row = lines[item.line] ?? '';
  const cells = tableCells(row);
  const action = cells[columns.action];
  if (!action) return { error: 'The row no longer has its action cell.' };
  // Take a strike in the action cell back first; the status cell then says the state.
  const unstruck = [action.text];
  unstrike(unstruck);
  const status = columns.status === undefined ? undefined : cells[columns.status];
  let actionText = unstruck[0] ?? action.text;
  if (!status && kind !== 'reopen') {
    const struck = [actionText];
    strike(struck, kind, options);
    actionText = (struck[0] ?? '').replace(/\|/g, '\\|');
  }
  row = replaceCell(row, action, actionText);
  if (status) row = replaceCell(row, tableCells(row)[columns.status ?? 0] ?? status, statusWords(kind, options).replace(/\|/g, '\\|'));
  return checked(item, [row], kind, (read) => rowItem(read.lines[0] ?? '', 0, columns, forms, []));
}

function replaceCell(row: string, cell: { start: number; end: number }, text: string): string {
  return `${row.slice(0, cell.start)} ${text} ${row.slice(cell.end)}`;
}

function refuse(item: ItemOccurrence, kind: ActionEditKind): EditResult | undefined {
  if (kind === 'reopen' && item.status === 'open') return { error: 'It is already open.' };
  if (kind !== 'reopen' && item.status === TARGET[kind]) return { error: `It is already ${item.status}.` };
  return undefined;
}

/** The edit, when the new lines read back as the same item in the state asked for. */
function checked(item: ItemOccurrence, next: readonly string[], kind: ActionEditKind, readBack: (read: ReadLines) => ItemOccurrence | undefined): EditResult {
  const back = readBack({ lines: next, kindAt: () => 'text' });
  if (!back || back.key !== item.key || back.status !== TARGET[kind]) return { error: 'The item could not be rewritten so that it reads back the same.' };
  const edit: LineEdit = { startLine: item.line, endLine: item.line + next.length - 1, text: next.join('\n') };
  return { edit };
}
