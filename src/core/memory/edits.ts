// The complete / reopen / drop edits, as whole-line replacements of one item's own lines. Each
// form of action item brings its own editor; this file only dispatches.

import type { EditOptions, EditResult, FormEditor } from './editTypes';
import type { ActionEditKind, ActionForm, ItemOccurrence } from './model';
import { editTaskItem } from './taskEdits';
import { editListItem, editTableRow } from './forms/edits';

export type { EditOptions, EditResult, FormEditor } from './editTypes';

/** One editor per form; a form without one cannot be edited from the view yet. */
const EDITORS: Partial<Record<ActionForm, FormEditor>> = {
  task: editTaskItem,
  heading: editListItem,
  marker: editListItem,
  table: editTableRow,
};

/** The edit `kind` makes to `item`, one of the document's items as read from `lines` just now. */
export function editItem(lines: readonly string[], item: ItemOccurrence, kind: ActionEditKind, options: EditOptions): EditResult {
  const editor = EDITORS[item.form];
  return editor ? editor(lines, item, kind, options) : { error: `Items written as a ${item.form} cannot be edited yet.` };
}

/** The item that starts at `line` and has the text `key`, if the document still holds it there. */
export function itemAt(items: readonly ItemOccurrence[], line: number, key: string): ItemOccurrence | undefined {
  return items.find((i) => i.line === line && i.key === key);
}
