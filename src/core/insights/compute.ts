// The insights of a memory, computed from its documents and linked actions alone (no file is
// read again). Every definition here is the one the README gives a team.

import type { ActionRecord, MemoryDocument } from '../memory/model';
import { KeptDocument } from '../memory/keptDocument';
import { STUCK_CARRIED, type Cadence, type Insights, type OwnerFigures, type RetrospectiveFigures } from './model';
import { scoresInOrder } from './scores';
import { inTimeOrder, themesInOrder } from './themes';
import { compareText, daysBetween, median } from './stats';

/** Per raising document: its actions by status now. */
type Raised = Map<string, { done: number; dropped: number; open: number }>;

/** Per retrospective (in time order): its own actions by status now, and the copies carried into it. */
function retrospectiveRows(retros: readonly MemoryDocument[], raisedAt: Raised): RetrospectiveFigures[] {
  return retros.map((doc) => {
    const r = raisedAt.get(doc.uri);
    const done = r?.done ?? 0;
    const dropped = r?.dropped ?? 0;
    const open = r?.open ?? 0;
    // Each action raised here is one of its items (its first occurrence); every other item is a
    // copy of an action raised earlier (carried, or copied by hand).
    return { uri: doc.uri, date: doc.date, raised: done + dropped + open, done, dropped, open, carriedIn: Math.max(0, itemCount(doc) - (done + dropped + open)) };
  });
}

/** How many items a document holds; the index's own copy counts them without building them. */
function itemCount(doc: MemoryDocument): number {
  return doc instanceof KeptDocument ? doc.itemCount : doc.items.length;
}

function isRetrospective(doc: MemoryDocument): boolean {
  return doc.kind === 'retrospective';
}

/** Oldest raised first (date, document, line). */
function byRaised(a: ActionRecord, b: ActionRecord): number {
  return compareText(a.raised.date, b.raised.date) || compareText(a.raised.uri, b.raised.uri) || a.raised.line - b.raised.line;
}

/** Days between consecutive retrospective dates (given in time order). */
export function cadenceOf(dates: readonly string[]): Cadence {
  const gaps: number[] = [];
  for (let i = 1; i < dates.length; i++) {
    const d = daysBetween(dates[i - 1] ?? '', dates[i] ?? '');
    if (d !== undefined) gaps.push(d);
  }
  return { medianDays: median(gaps), longestGapDays: gaps.length === 0 ? null : gaps.reduce((m, g) => Math.max(m, g)) };
}

/** Whether an action is open and due before `today` (YYYY-MM-DD compare as text). */
export function isOverdue(a: ActionRecord, today: string): boolean {
  return a.status === 'open' && a.due !== undefined && a.due < today;
}

/** Every figure of the insights, for the day `today` (YYYY-MM-DD). One pass over the actions, one over the documents in time order. */
export function computeInsights(documents: readonly MemoryDocument[], actions: readonly ActionRecord[], today: string): Insights {
  const sorted = inTimeOrder(documents);
  const retros = sorted.filter(isRetrospective);
  const newest = retros[retros.length - 1]?.date;
  const raisedAt: Raised = new Map();
  const byOwner = new Map<string | null, { open: number; overdue: number }>();
  const daysToDone: number[] = [];
  const stuck: ActionRecord[] = [];
  let [open, overdue, doneBefore, openBefore] = [0, 0, 0, 0];
  for (const a of actions) {
    let r = raisedAt.get(a.raised.uri);
    if (!r) raisedAt.set(a.raised.uri, (r = { done: 0, dropped: 0, open: 0 }));
    // Follow-through: actions raised before the newest retrospective, dropped ones left out.
    const before = newest !== undefined && a.raised.date < newest;
    // Each status its own branch: a property named by a value is slow to look up until compiled.
    if (a.status === 'dropped') r.dropped += 1;
    else if (a.status === 'done') {
      r.done += 1;
      if (before) doneBefore += 1;
      const d = a.doneDate === undefined ? undefined : daysBetween(a.raised.date, a.doneDate);
      if (d !== undefined) daysToDone.push(d);
    } else if (a.status === 'open') {
      r.open += 1;
      if (before) openBefore += 1;
      open += 1;
      const late = isOverdue(a, today);
      if (late) overdue += 1;
      if (a.carried >= STUCK_CARRIED) stuck.push(a);
      const owner = a.owner ?? null;
      let f = byOwner.get(owner);
      if (!f) byOwner.set(owner, (f = { open: 0, overdue: 0 }));
      f.open += 1;
      if (late) f.overdue += 1;
    }
  }
  const retrospectives = retrospectiveRows(retros, raisedAt);
  const { roti, health } = scoresInOrder(sorted);
  return {
    retrospectives,
    followThrough: doneBefore + openBefore === 0 ? null : doneBefore / (doneBefore + openBefore),
    medianDaysToDone: median(daysToDone),
    stuck: stuck.sort(byRaised),
    cadence: cadenceOf(retrospectives.map((r) => r.date)),
    themes: themesInOrder(sorted),
    roti,
    health,
    owners: [...byOwner].map(([owner, f]) => ({ owner, ...f })).sort(byOwnerFigures),
    totals: { documents: documents.length, actions: actions.length, open, overdue },
    today,
  };
}

/** Most open first, then most overdue; actions nobody owns last among equals, then by name. */
function byOwnerFigures(a: OwnerFigures, b: OwnerFigures): number {
  return b.open - a.open || b.overdue - a.overdue
    || (a.owner === null ? 1 : 0) - (b.owner === null ? 1 : 0) || compareText(a.owner ?? '', b.owner ?? '');
}
