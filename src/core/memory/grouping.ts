// The Open Actions view's shape, decided without the editor: open actions grouped by owner, by
// due date (overdue / this week / later / no date) or by document, overdue first in every group.

import type { ActionRecord } from './model';
import { compareDocs } from './linking';

/** How the view groups its rows. */
export type Grouping = 'owner' | 'due' | 'document';
export const GROUPINGS: readonly Grouping[] = ['owner', 'due', 'document'];

/** The due-date buckets, in the order they are shown. */
export type DueBucket = 'overdue' | 'this-week' | 'later' | 'no-date';
const DUE_ORDER: readonly DueBucket[] = ['overdue', 'this-week', 'later', 'no-date'];
const DAYS_IN_WEEK = 7;
const MS_PER_DAY = 86_400_000;

/** One group of rows: its stable id, what it is named by (owner, bucket or document URI) and its actions. */
export interface ActionGroup {
  readonly id: string;
  readonly grouping: Grouping;
  /** The owner (without '@'; '' for none), the due bucket, or the document's URI. */
  readonly key: string;
  readonly actions: readonly ActionRecord[];
  readonly overdue: number;
}

/** What to show. */
export interface GroupOptions {
  readonly today: string;
  /** With `mineOnly`, only the actions this owner holds. */
  readonly me?: string;
  readonly mineOnly?: boolean;
}

/** The open actions in groups; groups with overdue actions first, then by name; rows overdue first, then by due, then oldest. */
export function groupActions(actions: readonly ActionRecord[], grouping: Grouping, options: GroupOptions): ActionGroup[] {
  const me = options.me?.toLowerCase();
  const shown = actions.filter((a) => a.status === 'open' && (!options.mineOnly || me === undefined || a.owner?.toLowerCase() === me));
  const byKey = new Map<string, ActionRecord[]>();
  for (const action of shown) {
    const key = keyOf(action, grouping, options.today);
    const list = byKey.get(key);
    if (list) list.push(action);
    else byKey.set(key, [action]);
  }
  const groups = [...byKey].map(([key, list]): ActionGroup => ({
    id: `${grouping}:${key}`, grouping, key, actions: list.sort(compareRows), overdue: countOverdue(list),
  }));
  return groups.sort(grouping === 'due' ? (a, b) => DUE_ORDER.indexOf(a.key as DueBucket) - DUE_ORDER.indexOf(b.key as DueBucket) : compareGroups);
}

/** Open actions that are overdue. */
export function countOverdue(actions: readonly ActionRecord[]): number {
  let n = 0;
  for (const a of actions) if (a.overdue) n++;
  return n;
}

/** The due bucket of an open action on `today`. */
export function dueBucket(action: Pick<ActionRecord, 'due' | 'overdue'>, today: string): DueBucket {
  if (action.due === undefined) return 'no-date';
  if (action.overdue || action.due < today) return 'overdue';
  return daysBetween(today, action.due) < DAYS_IN_WEEK ? 'this-week' : 'later';
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY);
}

function keyOf(action: ActionRecord, grouping: Grouping, today: string): string {
  if (grouping === 'owner') return action.owner ?? '';
  if (grouping === 'due') return dueBucket(action, today);
  return action.latest.uri;
}

function compareRows(a: ActionRecord, b: ActionRecord): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  const due = (a.due ?? '9999') < (b.due ?? '9999') ? -1 : (a.due ?? '9999') > (b.due ?? '9999') ? 1 : 0;
  return due || compareDocs(a.raised, b.raised) || a.raised.line - b.raised.line;
}

/** Groups with overdue actions first; then named ones by name, the unnamed ('' owner) last. */
function compareGroups(a: ActionGroup, b: ActionGroup): number {
  if ((a.overdue > 0) !== (b.overdue > 0)) return a.overdue > 0 ? -1 : 1;
  if ((a.key === '') !== (b.key === '')) return a.key === '' ? 1 : -1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
