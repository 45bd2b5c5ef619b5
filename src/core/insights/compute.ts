// The insights of a memory, computed from its documents and linked actions alone (no file is
// read again). Every definition here is the one the README gives a team.

import type { ActionRecord, MemoryDocument } from '../memory/model';
import { STUCK_CARRIED, type Cadence, type Insights, type OwnerFigures, type RetrospectiveFigures } from './model';
import { computeScores } from './scores';
import { byDate, computeThemes } from './themes';
import { compareText, daysBetween, median } from './stats';

/** Per retrospective, in time order: its own actions by status now, and the copies carried into it. */
export function retrospectiveFigures(documents: readonly MemoryDocument[], actions: readonly ActionRecord[]): RetrospectiveFigures[] {
  // Per raising document: counts by status, and the lines its actions were raised on.
  const raisedAt = new Map<string, { done: number; dropped: number; open: number; lines: Set<number> }>();
  for (const a of actions) {
    let r = raisedAt.get(a.raised.uri);
    if (!r) raisedAt.set(a.raised.uri, (r = { done: 0, dropped: 0, open: 0, lines: new Set() }));
    r[a.status] += 1;
    r.lines.add(a.raised.line);
  }
  const retros = documents.filter(isRetrospective).sort(byDate);
  const rows: RetrospectiveFigures[] = [];
  for (const doc of retros) {
    const r = raisedAt.get(doc.uri);
    // An item that raised no action here is a copy of an earlier one (carried or copied by hand).
    let carriedIn = 0;
    for (const item of doc.items) if (!r?.lines.has(item.line)) carriedIn += 1;
    const done = r?.done ?? 0;
    const dropped = r?.dropped ?? 0;
    const open = r?.open ?? 0;
    rows.push({ uri: doc.uri, date: doc.date, raised: done + dropped + open, done, dropped, open, carriedIn });
  }
  return rows;
}

function isRetrospective(doc: MemoryDocument): boolean {
  return doc.kind === 'retrospective';
}

/** done / (done + open) over actions raised before `newest` (any kind of document); null when none. */
export function followThroughRate(actions: readonly ActionRecord[], newest: string | undefined): number | null {
  if (newest === undefined) return null;
  let done = 0;
  let open = 0;
  for (const a of actions) {
    if (!(a.raised.date < newest)) continue;
    if (a.status === 'done') done += 1;
    else if (a.status === 'open') open += 1;
  }
  return done + open === 0 ? null : done / (done + open);
}

/** Median days from where a done action was raised to its done date. */
export function medianDaysToDone(actions: readonly ActionRecord[]): number | null {
  const days: number[] = [];
  for (const a of actions) {
    if (a.status !== 'done' || a.doneDate === undefined) continue;
    const d = daysBetween(a.raised.date, a.doneDate);
    if (d !== undefined) days.push(d);
  }
  return median(days);
}

/** Open actions carried 3× or more, oldest first. */
export function stuckActions(actions: readonly ActionRecord[]): ActionRecord[] {
  return actions
    .filter((a) => a.status === 'open' && a.carried >= STUCK_CARRIED)
    .sort((a, b) => compareText(a.raised.date, b.raised.date) || compareText(a.raised.uri, b.raised.uri) || a.raised.line - b.raised.line);
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

/** Open and overdue actions per owner, most open first; actions nobody owns last among equals. */
export function ownerFigures(actions: readonly ActionRecord[], today: string): OwnerFigures[] {
  const byOwner = new Map<string | null, { open: number; overdue: number }>();
  for (const a of actions) {
    if (a.status !== 'open') continue;
    const owner = a.owner ?? null;
    const f = byOwner.get(owner) ?? { open: 0, overdue: 0 };
    f.open += 1;
    if (isOverdue(a, today)) f.overdue += 1;
    byOwner.set(owner, f);
  }
  return [...byOwner].map(([owner, f]) => ({ owner, ...f })).sort((a, b) =>
    b.open - a.open || b.overdue - a.overdue
    || (a.owner === null ? 1 : 0) - (b.owner === null ? 1 : 0) || compareText(a.owner ?? '', b.owner ?? ''));
}

/** Every figure of the insights, for the day `today` (YYYY-MM-DD). */
export function computeInsights(documents: readonly MemoryDocument[], actions: readonly ActionRecord[], today: string): Insights {
  const retrospectives = retrospectiveFigures(documents, actions);
  const newest = retrospectives.length === 0 ? undefined : retrospectives[retrospectives.length - 1]?.date;
  const { roti, health } = computeScores(documents);
  let open = 0;
  let overdue = 0;
  for (const a of actions) {
    if (a.status === 'open') open += 1;
    if (isOverdue(a, today)) overdue += 1;
  }
  return {
    retrospectives,
    followThrough: followThroughRate(actions, newest),
    medianDaysToDone: medianDaysToDone(actions),
    stuck: stuckActions(actions),
    cadence: cadenceOf(retrospectives.map((r) => r.date)),
    themes: computeThemes(documents),
    roti,
    health,
    owners: ownerFigures(actions, today),
    totals: { documents: documents.length, actions: actions.length, open, overdue },
    today,
  };
}
