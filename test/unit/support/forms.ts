// What the form readers' tests compare: an item without the fields every case would repeat.
import type { ItemOccurrence } from '../../../src/core/memory/model';

export type Seen = Pick<ItemOccurrence, 'line' | 'text' | 'status'> & Partial<Pick<ItemOccurrence, 'owner' | 'due' | 'endLine' | 'doneDate' | 'droppedDate' | 'dropReason'>>;

/** The fields a case names, and only those that are set. */
export function seen(items: readonly ItemOccurrence[], withEnd = false): Seen[] {
  return items.map((i) => ({
    line: i.line, text: i.text, status: i.status,
    ...(i.owner === undefined ? {} : { owner: i.owner }),
    ...(i.due === undefined ? {} : { due: i.due }),
    ...(withEnd ? { endLine: i.endLine } : {}),
    ...(i.doneDate === undefined ? {} : { doneDate: i.doneDate }),
    ...(i.droppedDate === undefined ? {} : { droppedDate: i.droppedDate }),
    ...(i.dropReason === undefined ? {} : { dropReason: i.dropReason }),
  }));
}
