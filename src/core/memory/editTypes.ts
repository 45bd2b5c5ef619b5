// The shapes shared by the edit dispatcher and the editor of each form.

import type { FormOptions } from './forms/content';
import type { ActionEditKind, ItemOccurrence, LineEdit } from './model';

/** What an edit needs besides the item: today's local date, the reason for a drop, how the item was read. */
export interface EditOptions {
  readonly today: string;
  readonly reason?: string;
  /** The settings the item was read with: the edited lines are read back with them too. */
  readonly forms?: FormOptions;
}

/** The edit, or why there is none (the item is already in that state, or its text cannot be found). */
export type EditResult = { readonly edit: LineEdit } | { readonly error: string };

/** An editor for one form: `lines` is the whole document, `item` read from it just now. */
export type FormEditor = (lines: readonly string[], item: ItemOccurrence, kind: ActionEditKind, options: EditOptions) => EditResult;
