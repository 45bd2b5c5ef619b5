// A hand-made memory for the insights and search tests: documents and linked actions written out
// by hand, so each test can work its expected figures out from what is here.
import type { ActionRecord, ActionStatus, DocumentKind, ItemOccurrence, MemoryDocument } from '../../../src/core/memory/model';

/** An item at `line` (the rest of its fields do not matter to the insights). */
export function item(line: number, text: string, status: ActionStatus = 'open', carried = 0): ItemOccurrence {
  return { line, endLine: line, form: 'task', status, text, key: text.toLowerCase(), carried };
}

export interface DocSpec {
  readonly uri: string;
  readonly date: string;
  readonly kind?: DocumentKind;
  readonly title?: string;
  readonly items?: readonly ItemOccurrence[];
  readonly tags?: readonly unknown[];
  readonly terms?: readonly unknown[];
  readonly scores?: unknown;
}

/** A memory document; `tags`, `terms` and `scores` take anything, to test bad input handed in. */
export function doc(spec: DocSpec): MemoryDocument {
  return {
    uri: spec.uri,
    date: spec.date,
    kind: spec.kind ?? 'retrospective',
    title: spec.title ?? spec.uri,
    items: spec.items ?? [],
    tags: (spec.tags ?? []) as string[],
    terms: (spec.terms ?? []) as string[],
    scores: spec.scores ?? {},
    problems: [],
  };
}

export interface ActionSpec {
  readonly text: string;
  readonly status: ActionStatus;
  /** [uri, line, date] of the raising document. */
  readonly raised: readonly [string, number, string];
  readonly latest?: readonly [string, number, string];
  readonly owner?: string;
  readonly due?: string;
  readonly carried?: number;
  readonly doneDate?: string;
  readonly kind?: DocumentKind;
}

/** A linked action; `overdue` is left false on purpose: the insights work it out from `today`. */
export function action(spec: ActionSpec): ActionRecord {
  const [uri, line, date] = spec.raised;
  const [lUri, lLine, lDate] = spec.latest ?? spec.raised;
  return {
    text: spec.text,
    ...(spec.owner !== undefined ? { owner: spec.owner } : {}),
    ...(spec.due !== undefined ? { due: spec.due } : {}),
    status: spec.status,
    overdue: false,
    raised: { uri, line, date },
    latest: { uri: lUri, line: lLine, date: lDate },
    carried: spec.carried ?? 0,
    ...(spec.doneDate !== undefined ? { doneDate: spec.doneDate } : {}),
    kind: spec.kind ?? 'retrospective',
    form: 'task',
  };
}

export const R1 = 'file:///team/docs/retrospectives/2026-01-05-retro.md';
export const R2 = 'file:///team/docs/retrospectives/2026-01-19-retro.md';
export const R3 = 'file:///team/docs/retrospectives/2026-02-09-retro.md';
export const R4 = 'file:///team/docs/retrospectives/2026-03-01-retro.md';
export const P1 = 'file:///team/docs/postmortems/2026-02-10-outage.md';
export const TODAY = '2026-03-01';

/**
 * Four retrospectives and a postmortem. Actions (letter: raised in, status, …):
 * A R1 open @ana due 01-10, carried into R2 R3 R4 (3×) · B R1 done 01-15 @ben · C R1 dropped ·
 * D R2 done 02-02 · E R2 open @ben due 04-01, carried into R3 · G R3 done 02-15 ·
 * H R4 done 03-01 · F P1 open due 02-20 · K P1 open @ana.
 */
export const DOCUMENTS: readonly MemoryDocument[] = [
  // Out of time order on purpose: the insights sort.
  doc({ uri: R3, date: '2026-02-09', items: [item(3, 'A', 'open', 2), item(4, 'E', 'open', 1), item(6, 'G', 'done')], terms: ['Psychological safety'], tags: ['onboarding', 'onboarding'], scores: { roti: 5 } }),
  doc({ uri: R1, date: '2026-01-05', items: [item(3, 'A'), item(4, 'B', 'done'), item(5, 'C', 'dropped')], terms: ['Blameless', 'Double-loop learning'], tags: ['deploys', 'Onboarding'], scores: { roti: 4, health: { Teamwork: 4, Pace: 2 } } }),
  doc({ uri: R2, date: '2026-01-19', items: [item(3, 'A', 'open', 1), item(4, 'D', 'done'), item(5, 'E')], terms: ['blameless'], tags: ['Deploys'], scores: { roti: 3, health: { teamwork: 5 } } }),
  doc({ uri: R4, date: '2026-03-01', items: [item(3, 'A', 'open', 3), item(5, 'H', 'done')], tags: ['blameless'], scores: { roti: 7, health: { Pace: Number.NaN } } }),
  doc({ uri: P1, date: '2026-02-10', kind: 'postmortem', items: [item(2, 'F'), item(3, 'K')], terms: ['Blameless', 'psychological safety'], tags: ['deploys', 42] }),
];

export const ACTIONS: readonly ActionRecord[] = [
  action({ text: 'A', status: 'open', raised: [R1, 3, '2026-01-05'], latest: [R4, 3, '2026-03-01'], owner: 'ana', due: '2026-01-10', carried: 3 }),
  action({ text: 'B', status: 'done', raised: [R1, 4, '2026-01-05'], owner: 'ben', doneDate: '2026-01-15' }),
  action({ text: 'C', status: 'dropped', raised: [R1, 5, '2026-01-05'] }),
  action({ text: 'D', status: 'done', raised: [R2, 4, '2026-01-19'], doneDate: '2026-02-02' }),
  action({ text: 'E', status: 'open', raised: [R2, 5, '2026-01-19'], latest: [R3, 4, '2026-02-09'], owner: 'ben', due: '2026-04-01', carried: 1 }),
  action({ text: 'G', status: 'done', raised: [R3, 6, '2026-02-09'], doneDate: '2026-02-15' }),
  action({ text: 'H', status: 'done', raised: [R4, 5, '2026-03-01'], doneDate: '2026-03-01' }),
  action({ text: 'F', status: 'open', raised: [P1, 2, '2026-02-10'], due: '2026-02-20', kind: 'postmortem' }),
  action({ text: 'K', status: 'open', raised: [P1, 3, '2026-02-10'], owner: 'ana', kind: 'postmortem' }),
];
