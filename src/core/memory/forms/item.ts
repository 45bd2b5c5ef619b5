// An item read from its lines: the sentence taken apart, then what its sub-bullets add
// (`Owner: ana`, `Due: 2026-12-15`, `Status: done`). Shared by the heading and marker readers.

import type { ActionForm, ItemOccurrence } from '../model';
import { lineProblem, type Problem } from '../../problem';
import { message } from '../../messages';
import { findDue, readDate } from '../dates';
import { keyOf } from '../itemText';
import type { ItemBlock } from './lines';
import { readContent, type FormOptions, type ItemContent } from './content';
import { DUE_FIELD, OWNER_FIELD, STATUS_FIELD, ownerName, plain, readStatusWords } from './words';

/** Something written like a numeric date (`4/30/2027`, `30.04.2027`): worth a word when it cannot be read. */
export const NUMERIC_DATE = /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/;
const FIELD = /^[ \t]*(?:\*\*|__)?([\p{L} ]{2,20}?)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*(.*)$/u;
/** A line that begins with a time (`14:02`, `2026-11-03 14:02`) is a timeline entry, not a promise. */
const TIMESTAMP = /^(?:\*\*|__)?(?:\d{4}-\d{2}-\d{2}[ T]+)?\d{1,2}:\d{2}(?::\d{2})?(?![\d])/;

/** The item an item block holds, or undefined when it holds none (a placeholder, a timeline entry, nothing to do). */
export function itemFromBlock(block: ItemBlock, form: ActionForm, options: FormOptions, problems: Problem[]): ItemOccurrence | undefined {
  if (TIMESTAMP.test(block.sentence.trim())) return undefined;
  const content = readContent(block.sentence, options);
  if (!content) return undefined;
  // `by 4/30/2027` without the team's date order stays in the sentence: say which setting reads it.
  if (content.due === undefined && options.dateOrder === undefined) {
    const numeric = findDue(block.sentence, 'mdy') ?? findDue(block.sentence, 'dmy');
    if (numeric) problems.push(unreadableDue(block.line, block.sentence.slice(numeric.start, numeric.end), options));
  }
  return occurrence(block.line, block.endLine, form, withSubs(content, block, options, problems));
}

/** An occurrence from a line range and its content. */
export function occurrence(line: number, endLine: number, form: ActionForm, content: ItemContent): ItemOccurrence {
  return { line, endLine, form, key: keyOf(content.text), ...content };
}

/** The fields a sub-bullet states, where the sentence did not. */
function withSubs(content: ItemContent, block: ItemBlock, options: FormOptions, problems: Problem[]): ItemContent {
  let result = content;
  for (const sub of block.subs) {
    const field = FIELD.exec(sub.content);
    const name = field?.[1]?.trim() ?? '';
    const value = field?.[2] ?? '';
    if (!field) continue;
    if (OWNER_FIELD.test(name) && result.owner === undefined) {
      const owner = ownerName(value) ?? plainHandle(value);
      if (owner !== undefined) result = { ...result, owner };
    } else if (DUE_FIELD.test(name) && result.due === undefined) {
      const due = readDate(value, options.dateOrder);
      if (due !== undefined) result = { ...result, due };
      else if (NUMERIC_DATE.test(value)) problems.push(unreadableDue(sub.line, value, options));
    } else if (STATUS_FIELD.test(name)) {
      const state = readStatusWords(value, options.dateOrder);
      if (!state) {
        problems.push(unreadableStatus(sub.line, value));
      } else if (result.status === 'open' || state.status !== 'open') {
        result = { ...result, status: state.status, ...datesOf(state.status, state.date) };
      }
    }
  }
  return result;
}

function datesOf(status: ItemContent['status'], date: string | undefined): Partial<ItemContent> {
  if (date === undefined) return {};
  return status === 'dropped' ? { droppedDate: date } : status === 'done' ? { doneDate: date } : {};
}

/** A lower-case handle after an owner label (`Owner: ana`). */
function plainHandle(value: string): string | undefined {
  const text = plain(value).replace(/^@/, '').split(/[,;&]|\s+and\s+/)[0]?.trim() ?? '';
  return /^[\p{L}\p{N}_.\-/ ]{1,40}$/u.test(text) && !/^(?:tbd|none|n\/a|-|\?)$/i.test(text) && text !== '' ? text : undefined;
}

/** The problem of a status no one can read: the item stays open. */
export function unreadableStatus(line: number, value: string): Problem {
  return lineProblem(line, message('memoryUnreadableStatus', value.trim().slice(0, 40)));
}

/** The problem of a due date no one can read: the action item has none (numeric dates need the team's order). */
export function unreadableDue(line: number, written: string, options: FormOptions): Problem {
  return lineProblem(line, message(options.dateOrder ? 'memoryUnreadableDue' : 'memoryUnreadableNumericDue', written.trim().slice(0, 40)));
}
