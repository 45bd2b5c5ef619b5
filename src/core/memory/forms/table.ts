// Action items written as rows of a Markdown table whose header has an action column
// ("Action", "Action item", "Task", "Follow-up"), with optional Owner / Due / Status columns.
// A timeline's table (a Time column, or under a "Timeline" heading) is not a list of promises.

import type { ItemOccurrence, ReadLines } from '../model';
import type { Problem } from '../../problem';
import { readDate } from '../dates';
import { PLACEHOLDER, readContent, type FormOptions, type ItemContent } from './content';
import { NUMERIC_DATE, occurrence, unreadableDue, unreadableStatus } from './item';
import { formLines } from './lines';
import { DUE_FIELD, OWNER_FIELD, STATUS_FIELD, ownerName, plain, readStatusWords } from './words';

const ACTION_COLUMN = /^(?:actions?|action[ \t]+items?|action[ \t]+points?|tasks?|follow[ \t-]?ups?|corrective[ \t]+actions?|next[ \t]+steps?|todo|to[ \t-]do)$/i;
const TIME_COLUMN = /^(?:time|timestamp|time[ \t]*\(.*\)|when[ \t]*\(utc\))$/i;
const TIMELINE_HEADING = /timeline|chronology|sequence of events/i;
const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
/** Cells longer than this are not parsed as a header (a 5 MB row is no header). */
const MAX_HEADER = 1000;

/** The cells of a table row: split at pipes not escaped, outer pipes dropped, each trimmed. */
export function tableCells(row: string): { text: string; start: number; end: number }[] {
  const cells: { text: string; start: number; end: number }[] = [];
  const first = row.search(/\S/);
  const lead = first >= 0 && row[first] === '|' ? first + 1 : Math.max(0, first);
  let start = lead;
  for (let i = lead; i <= row.length; i++) {
    const ch = row[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch !== '|' && i < row.length) continue;
    cells.push({ text: row.slice(start, i).trim(), start, end: i });
    start = i + 1;
  }
  // A closing pipe leaves an empty last cell after it.
  const last = cells[cells.length - 1];
  if (cells.length > 1 && last && last.text === '' && /\|[ \t]*$/.test(row)) cells.pop();
  return cells;
}

/** Which cell holds what, by the header's names. */
export interface TableColumns {
  readonly action: number;
  readonly owner?: number;
  readonly due?: number;
  readonly status?: number;
}

/** The columns of an action table's header, or undefined when it has no action column (or a time column). */
export function actionColumns(header: string): TableColumns | undefined {
  if (header.length > MAX_HEADER || !header.includes('|')) return undefined;
  const names: string[] = [];
  for (const cell of tableCells(header)) names.push(plain(cell.text).replace(/[ \t]*:$/, ''));
  if (columnOf(names, TIME_COLUMN) !== undefined) return undefined;
  const action = columnOf(names, ACTION_COLUMN);
  if (action === undefined) return undefined;
  const owner = columnOf(names, OWNER_FIELD);
  const due = columnOf(names, DUE_FIELD);
  const status = columnOf(names, STATUS_FIELD);
  return { action, ...(owner === undefined ? {} : { owner }), ...(due === undefined ? {} : { due }), ...(status === undefined ? {} : { status }) };
}

/** The first column whose name `pattern` matches. */
function columnOf(names: readonly string[], pattern: RegExp): number | undefined {
  for (let at = 0; at < names.length; at++) if (pattern.test(names[at] as string)) return at;
  return undefined;
}

/** Every row of every action table outside a timeline. */
export function readTableItems(lines: ReadLines, options: FormOptions): { items: ItemOccurrence[]; problems: Problem[] } {
  const read = formLines(lines);
  const items: ItemOccurrence[] = [];
  const problems: Problem[] = [];
  let inTimeline = false;
  for (let line = 0; line < read.lines.length; line++) {
    if (!read.isText(line)) continue;
    // Only a heading or a line with a pipe matters here: most lines are neither.
    const heading = read.heading(line);
    if (heading) {
      inTimeline = TIMELINE_HEADING.test(heading.text);
      continue;
    }
    const text = read.lines[line] ?? '';
    if (!text.includes('|')) continue;
    const delimiter = read.lines[line + 1];
    if (delimiter === undefined || !delimiter.includes('-') || !DELIMITER_ROW.test(delimiter) || !read.isText(line + 1)) continue;
    const columns = actionColumns(text);
    let row = line + 2;
    for (; row < read.lines.length && read.isText(row) && (read.lines[row] ?? '').includes('|'); row++) {
      if (!columns || inTimeline) continue;
      const item = rowItem(read.lines[row] ?? '', row, columns, options, problems);
      if (item) items.push(item);
    }
    line = row - 1;
  }
  return { items, problems };
}

/** The item a table row holds (`line` is where the row is), or undefined when it holds none. */
export function rowItem(text: string, line: number, columns: TableColumns, options: FormOptions, problems: Problem[]): ItemOccurrence | undefined {
  const cells = tableCells(text);
  // A template's row not filled in is nobody's promise.
  for (const cell of cells) if (cell.text.includes('{{') && PLACEHOLDER.test(cell.text)) return undefined;
  const content = readContent(cells[columns.action]?.text ?? '', options);
  if (!content) return undefined;
  let item: ItemContent = content;
  const ownerCell = columns.owner === undefined ? undefined : cells[columns.owner]?.text;
  const owner = ownerCell === undefined ? undefined : cellOwner(ownerCell);
  if (owner !== undefined) item = { ...item, owner };
  const dueCell = columns.due === undefined ? undefined : cells[columns.due]?.text;
  const due = dueCell === undefined ? undefined : readDate(dueCell, options.dateOrder);
  if (due !== undefined) item = { ...item, due };
  else if (dueCell !== undefined && NUMERIC_DATE.test(dueCell)) problems.push(unreadableDue(line, dueCell, options));
  const statusCell = columns.status === undefined ? undefined : cells[columns.status]?.text;
  if (statusCell !== undefined && item.status === 'open') {
    const state = readStatusWords(statusCell, options.dateOrder);
    if (!state) problems.push(unreadableStatus(line, statusCell));
    else if (state.status !== 'open') {
      const date = state.date === undefined ? {} : state.status === 'done' ? { doneDate: state.date } : { droppedDate: state.date };
      item = { ...item, status: state.status, ...date };
    }
  }
  return occurrence(line, line, 'table', item);
}

/** The owner a cell names: `@ana`, `[@ana](…)`, "Ana Lima", `ana` — the first of several. */
function cellOwner(cell: string): string | undefined {
  const first = plain(cell).split(/[,;&]|\s+(?:and|\/)\s+/)[0]?.trim() ?? '';
  if (first === '' || /^(?:tbd|tbc|none|n\/a|-|—|–|\?|unassigned)$/i.test(first)) return undefined;
  return ownerName(first) ?? (/^@?[\p{L}\p{N}_.-]{1,40}$/u.test(first) ? first.replace(/^@/, '') : undefined);
}
