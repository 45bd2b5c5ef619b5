// Rewriting a document's action items of the other forms as Learning Loop task-list lines:
// `- [ ] text @owner due:YYYY-MM-DD`, checked with `done:` when done, struck with `dropped:`
// when dropped. Bullets and marker lines become task lines in place; a table becomes a task list
// where it stood, only when asked. Each new line is read back before it is offered: an item that
// would not read back the same is left as it is and counted.

import type { ItemOccurrence, LineEdit, ReadLines } from '../model';
import { bulletAt, indentOf } from './blocks';
import type { FormOptions } from './content';
import { readItems } from './index';
import { actionColumns, tableCells } from './table';
import { readTaskItems } from './task';
import { DUE_FIELD, OWNER_FIELD, STATUS_FIELD, plain } from './words';

/** What converting a document would change. */
export interface ConversionPlan {
  /** Bullets under action headings and marker lines, one edit each. */
  readonly listEdits: readonly LineEdit[];
  /** One edit per action table: the whole table replaced by a task list. */
  readonly tableEdits: readonly LineEdit[];
  /** How many table rows those edits turn into task lines. */
  readonly tableItems: number;
  /** Items that are left as they are because their task line would not read back the same. */
  readonly skipped: number;
}

const HANDLE = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_.\-/]*[\p{L}\p{N}_])?$/u;
const FIELD_SUB = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\*\*|__)?([\p{L} ]{2,20}?)(?:\*\*|__)?[ \t]*:/u;

/** The task-list line for an item, after `lead` (indent and bullet). */
export function taskLine(lead: string, item: ItemOccurrence): string {
  // A name that is not a handle stays in words after the sentence, as it was written.
  const owner = item.owner === undefined ? '' : HANDLE.test(item.owner) ? ` @${item.owner}` : ` — ${item.owner}`;
  const due = item.due === undefined ? '' : ` due:${item.due}`;
  if (item.status === 'dropped') {
    const reason = item.dropReason === undefined ? '' : ` — ${item.dropReason}`;
    return `${lead}[x] ~~${item.text}${owner}${due}~~ dropped:${item.droppedDate ?? ''}${reason}`;
  }
  const done = item.status === 'done' ? (item.doneDate === undefined ? '' : ` done:${item.doneDate}`) : '';
  return `${lead}[${item.status === 'done' ? 'x' : ' '}] ${item.text}${owner}${due}${done}`;
}

/** What converting `read` would change: list items always, tables as their own edits; `stampDate` dates a drop written without one. */
export function planConversion(read: ReadLines, options: FormOptions, stampDate: string): ConversionPlan {
  const { items } = readItems(read, options);
  const listEdits: LineEdit[] = [];
  const tableEdits: LineEdit[] = [];
  let tableItems = 0;
  let skipped = 0;
  const tables = new Map<number, ItemOccurrence[]>();
  for (const item of items) {
    if (item.form === 'task') continue;
    if (item.form === 'table') {
      const header = tableHeader(read.lines, item.line);
      if (header !== undefined) tables.set(header, [...(tables.get(header) ?? []), item]);
      continue;
    }
    const edit = listEdit(read.lines, item, stampDate);
    if (edit) listEdits.push(edit);
    else skipped++;
  }
  for (const [header, rows] of tables) {
    const edit = tableEdit(read.lines, header, rows, stampDate);
    if (edit) {
      tableEdits.push(edit);
      tableItems += rows.length;
    } else {
      skipped += rows.length;
    }
  }
  return { listEdits, tableEdits, tableItems, skipped };
}

/** A bullet or marker line (its sentence and its Owner/Due/Status sub-bullets) as one task line. */
function listEdit(lines: readonly string[], item: ItemOccurrence, stampDate: string): LineEdit | undefined {
  const first = lines[item.line] ?? '';
  const bullet = bulletAt(first);
  const indent = first.slice(0, first.length - first.trimStart().length);
  const bulletMark = bullet ? (/^[ \t]*([-*+]|\d{1,9}[.)])/.exec(first)?.[1] ?? '-') : '-';
  const kept: string[] = [];
  for (let at = item.line + 1; at <= item.endLine; at++) {
    const line = lines[at] ?? '';
    const field = FIELD_SUB.exec(line)?.[1]?.trim() ?? '';
    const folded = field !== '' && (OWNER_FIELD.test(field) || DUE_FIELD.test(field) || STATUS_FIELD.test(field));
    // Wrapped sentence lines are in the task line now; other sub-bullets and notes stay.
    if (!folded && (bulletAt(line) || kept.length > 0 || line.trim() === '') && indentOf(line) > indentOf(first)) kept.push(line);
  }
  const text = [taskLine(`${indent}${bulletMark} `, stamped(item, stampDate)), ...kept].join('\n');
  return readsBack(text, item) ? { startLine: item.line, endLine: item.endLine, text } : undefined;
}

/** A dropped item needs a date in the task form (`dropped:` marks it): the document's date, when none was written. */
function stamped(item: ItemOccurrence, stampDate: string): ItemOccurrence {
  return item.status === 'dropped' && item.droppedDate === undefined ? { ...item, droppedDate: stampDate } : item;
}

/** Whether the task line reads back as the same item in the same state. */
function readsBack(text: string, item: ItemOccurrence): boolean {
  const lines = text.split('\n');
  const [task] = readTaskItems({ lines, kindAt: () => 'text' });
  if (!task || task.status !== item.status) return false;
  // An owner written in words stays in the task's text; else the text must be the same.
  return task.key === item.key || (item.owner !== undefined && !HANDLE.test(item.owner) && task.key.startsWith(item.key));
}

/** The header line of the table whose row is at `line`. */
function tableHeader(lines: readonly string[], line: number): number | undefined {
  for (let at = line - 1; at > 0; at--) {
    const text = lines[at] ?? '';
    if (!text.includes('|')) return undefined;
    if (/^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/.test(text)) return at - 1;
  }
  return undefined;
}

/** The whole table as a task list; other columns' cells become sub-bullets. Undefined when a row would be lost. */
function tableEdit(lines: readonly string[], header: number, rows: readonly ItemOccurrence[], stampDate: string): LineEdit | undefined {
  const columns = actionColumns(lines[header] ?? '');
  if (!columns) return undefined;
  const names = tableCells(lines[header] ?? '').map((c) => plain(c.text));
  const used = new Set([columns.action, columns.owner, columns.due, columns.status]);
  let end = header + 1;
  while (end + 1 < lines.length && (lines[end + 1] ?? '').includes('|')) end++;
  const byLine = new Map(rows.map((r) => [r.line, r]));
  const out: string[] = [];
  for (let at = header + 2; at <= end; at++) {
    const item = byLine.get(at);
    const cells = tableCells(lines[at] ?? '');
    if (!item) {
      if (cells.every((c) => c.text === '')) continue; // an empty row holds nothing to keep
      return undefined;
    }
    const line = taskLine('- ', stamped(item, stampDate));
    if (!readsBack(line, item)) return undefined;
    out.push(line);
    cells.forEach((cell, i) => {
      if (!used.has(i) && cell.text !== '') out.push(`  - ${names[i] || `Column ${i + 1}`}: ${cell.text.replace(/\\\|/g, '|')}`);
    });
  }
  return { startLine: header, endLine: end, text: out.join('\n') };
}
