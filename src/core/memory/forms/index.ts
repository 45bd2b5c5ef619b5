// Every form of action item a document can hold, read in one call. Until the other forms land
// (heading bullets, `ACTION:` markers, table rows) this reads task-list items only.

import type { Problem } from '../../problem';
import type { ItemOccurrence, ReadLines } from '../model';
import { readTaskItems } from './task';

/** Settings that change how items are read (the forms' own options). */
export type FormOptions = Readonly<Record<string, unknown>>;

/** The action items of a document in every form, in line order, and what could not be read. */
export function readItems(read: ReadLines, options: FormOptions = {}): { items: ItemOccurrence[]; problems: Problem[] } {
  void options; // no form reads options yet
  return { items: readTaskItems(read), problems: [] };
}
