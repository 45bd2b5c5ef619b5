// Every form of action item a document can hold, read in one call: task-list items anywhere,
// list items under an action heading, `ACTION:` marker lines, rows of an action table. Each line
// is read once: a task item under an action heading is one task item, a marker bullet under an
// action heading one heading item. A template's own checklist and unfilled `{{ }}` are nobody's
// promise.

import type { Problem } from '../../problem';
import type { ItemOccurrence, ReadLines } from '../model';
import { PLACEHOLDER, type FormOptions } from './content';
import { readHeadingItems } from './heading';
import { formLines, type FormLines } from './lines';
import { readMarkerItems } from './marker';
import { readTableItems } from './table';
import { readTaskItems } from './task';

export type { FormOptions } from './content';

/** Headings of a template's own checklist ("Postmortem checklist", "Before you publish"). */
const CHECKLIST_HEADING = /checklist|before (?:you )?(?:publish|submit|share)|definition of done/i;
/** A task-list bullet (`- [ ]`, `1. [x]`, in a quote too): the task form's, whether or not it reads as an item. */
const TASK_BULLET = /^[ \t]*(?:>[ \t]*)*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\](?:[ \t]|$)/;

/** The action items of a document in every form, in line order, and what could not be read. */
export function readItems(lines: ReadLines, options: FormOptions = {}): { items: ItemOccurrence[]; problems: Problem[] } {
  const read = formLines(lines);
  const claimed = new Uint8Array(read.lines.length);
  const isClaimed = (line: number): boolean => claimed[line] === 1;

  const tasks = readTaskItems(read);
  // A task item is claimed even when it is a template's: its lines are no other form's item.
  claim(claimed, tasks);
  // So is a task bullet the task reader turned down (the template's own `@owner due:YYYY-MM-DD`
  // line): read as a heading item it would come back as `[ ] …`, a promise nobody made.
  for (let line = 0; line < read.lines.length; line++) {
    if (claimed[line] !== 1 && read.isText(line) && read.mayBeListOrQuote(line) && TASK_BULLET.test(read.lines[line] ?? '')) claimed[line] = 1;
  }
  const heading = readHeadingItems(read, options, isClaimed);
  claim(claimed, heading.items);
  const marker = readMarkerItems(read, options, isClaimed);
  const table = readTableItems(read, options);

  const own = ownTasks(read, tasks);
  const others = [...heading.items, ...marker.items, ...table.items];
  // Each reader gives its items in line order: a document of task items only needs no sort.
  const items = others.length === 0 ? own : [...own, ...others].sort(byLine);
  const problems = heading.problems.length + marker.problems.length + table.problems.length === 0 ? [] : [...heading.problems, ...marker.problems, ...table.problems].sort(byLine);
  return { items, problems };
}

/** Marks the lines of `items` as theirs. */
function claim(claimed: Uint8Array, items: readonly ItemOccurrence[]): void {
  for (const item of items) claimed.fill(1, item.line, item.endLine + 1);
}

/** Task items that are promises: not a template's checklist, not a placeholder left unfilled. */
function ownTasks(read: FormLines, tasks: readonly ItemOccurrence[]): ItemOccurrence[] {
  if (tasks.length === 0) return [];
  const checklist = checklistLines(read);
  const own: ItemOccurrence[] = [];
  for (const task of tasks) if (checklist[task.line] !== 1 && !(task.text.includes('{{') && PLACEHOLDER.test(task.text))) own.push(task);
  return own;
}

function byLine(a: { readonly line: number }, b: { readonly line: number }): number {
  return a.line - b.line;
}

/** 1 on every line under a checklist heading, up to the next heading of the same or a higher level. */
function checklistLines(read: FormLines): Uint8Array {
  const marks = new Uint8Array(read.lines.length);
  let level = 0;
  for (let line = 0; line < read.lines.length; line++) {
    if (!read.isText(line)) continue;
    const heading = read.heading(line);
    if (heading) {
      if (level > 0 && heading.level <= level) level = 0;
      if (level === 0 && CHECKLIST_HEADING.test(heading.text)) level = heading.level;
      continue;
    }
    if (level > 0) marks[line] = 1;
  }
  return marks;
}
