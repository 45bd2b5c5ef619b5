import * as assert from 'node:assert/strict';
import { ActionIndex } from '../../src/core/memory/actionIndex';
import { readDocument } from '../../src/core/memory/document';
import type { ActionRecord, DocumentKind } from '../../src/core/memory/model';

const TODAY = '2026-12-01';
const ROOT = 'file:///w/docs';

interface Doc { path: string; kind?: DocumentKind; text: string }

/** The index of `docs`, fed in the given order. */
function indexOf(docs: readonly Doc[]): ActionIndex {
  const index = new ActionIndex(() => TODAY);
  for (const d of docs) index.set(readDocument(`${ROOT}/${d.path}`, d.text, { kind: d.kind ?? 'retrospective' }));
  return index;
}

/** Each action as `text status raised→latest carried`, sorted, paths relative to ROOT. */
function summary(actions: readonly ActionRecord[]): string[] {
  const at = (uri: string, line: number): string => `${uri.slice(ROOT.length + 1)}:${line}`;
  return actions.map((a) => `${a.text} ${a.status} ${at(a.raised.uri, a.raised.line)}→${at(a.latest.uri, a.latest.line)} ${a.carried}${a.doneDate ? ` done ${a.doneDate}` : ''}`).sort();
}

const A = 'retrospectives/2026-10-01-4ls.md';
const B = 'retrospectives/2026-10-15-4ls.md';
const C = 'retrospectives/2026-11-01-4ls.md';
const P = 'postmortems/2026-10-05-outage.md';

const cases: { name: string; docs: Doc[]; expected: string[] }[] = [
  {
    name: 'a carried copy with a link is the item of that text in the linked document',
    docs: [
      { path: A, text: '- [ ] Fix CI @ana' },
      { path: B, text: '- [ ] Other\n- [ ] Fix CI @ana (carried 1×) — from [2026-10-01](2026-10-01-4ls.md)' },
    ],
    expected: ['Fix CI open retrospectives/2026-10-01-4ls.md:0→retrospectives/2026-10-15-4ls.md:1 1', 'Other open retrospectives/2026-10-15-4ls.md:0→retrospectives/2026-10-15-4ls.md:0 0'],
  },
  {
    name: 'a carried copy without a link is the item of that text in the previous retrospective by date',
    docs: [
      { path: C, text: '- [ ] fix  ci (carried 2×)' },
      { path: A, text: '- [ ] Fix CI' },
      { path: B, text: '- [ ] Fix CI (carried 1×)' },
    ],
    expected: ['fix ci open retrospectives/2026-10-01-4ls.md:0→retrospectives/2026-11-01-4ls.md:0 2'],
  },
  {
    name: 'done in the origin: the action is done, dated by the origin',
    docs: [
      { path: A, text: '- [x] Fix CI' },
      { path: B, text: '- [ ] Fix CI (carried 1×) — from [a](2026-10-01-4ls.md)' },
    ],
    expected: ['Fix CI done retrospectives/2026-10-01-4ls.md:0→retrospectives/2026-10-15-4ls.md:0 1 done 2026-10-01'],
  },
  {
    name: 'done in a copy with a done: stamp: that date',
    docs: [
      { path: A, text: '- [ ] Fix CI' },
      { path: B, text: '- [x] Fix CI done:2026-10-20 (carried 1×) — from [a](2026-10-01-4ls.md)' },
    ],
    expected: ['Fix CI done retrospectives/2026-10-01-4ls.md:0→retrospectives/2026-10-15-4ls.md:0 1 done 2026-10-20'],
  },
  {
    name: 'dropped in any occurrence wins over done',
    docs: [
      { path: A, text: '- [x] Fix CI' },
      { path: B, text: '- [x] ~~Fix CI~~ dropped:2026-10-16 — not needed (carried 1×) — from [a](2026-10-01-4ls.md)' },
    ],
    expected: ['Fix CI dropped retrospectives/2026-10-01-4ls.md:0→retrospectives/2026-10-15-4ls.md:0 1'],
  },
  {
    name: 'copied by hand among retrospectives: the same action while it is open',
    docs: [
      { path: A, text: '- [ ] Write the runbook' },
      { path: B, text: '- [ ] write the RUNBOOK @bo' },
    ],
    expected: ['write the RUNBOOK open retrospectives/2026-10-01-4ls.md:0→retrospectives/2026-10-15-4ls.md:0 1'],
  },
  {
    name: 'the same text after it was done is a new action',
    docs: [
      { path: A, text: '- [x] Write the runbook' },
      { path: B, text: '- [ ] Write the runbook' },
    ],
    expected: ['Write the runbook done retrospectives/2026-10-01-4ls.md:0→retrospectives/2026-10-01-4ls.md:0 0 done 2026-10-01', 'Write the runbook open retrospectives/2026-10-15-4ls.md:0→retrospectives/2026-10-15-4ls.md:0 0'],
  },
  {
    name: 'same text in a postmortem and a retro: different actions',
    docs: [
      { path: P, kind: 'postmortem', text: '- [ ] Add an alert' },
      { path: B, text: '- [ ] Add an alert' },
    ],
    expected: ['Add an alert open postmortems/2026-10-05-outage.md:0→postmortems/2026-10-05-outage.md:0 0', 'Add an alert open retrospectives/2026-10-15-4ls.md:0→retrospectives/2026-10-15-4ls.md:0 0'],
  },
  {
    name: 'a retro copy linking the postmortem is the postmortem\'s action, of its kind',
    docs: [
      { path: P, kind: 'postmortem', text: '- [ ] Add an alert' },
      { path: B, text: '- [ ] Add an alert (carried 1×) — from [p](../postmortems/2026-10-05-outage.md)' },
    ],
    expected: ['Add an alert open postmortems/2026-10-05-outage.md:0→retrospectives/2026-10-15-4ls.md:0 1'],
  },
  {
    name: 'a link cycle (A links B links A) ends in one action',
    docs: [
      { path: A, text: '- [ ] Loop (carried 1×) — from [b](2026-10-15-4ls.md)' },
      { path: B, text: '- [ ] Loop (carried 2×) — from [a](2026-10-01-4ls.md)' },
    ],
    expected: ['Loop open retrospectives/2026-10-01-4ls.md:0→retrospectives/2026-10-15-4ls.md:0 2'],
  },
];

describe('memory: linking items into actions', () => {
  for (const { name, docs, expected } of cases) {
    it(name, () => assert.deepEqual(summary(indexOf(docs).actions()), expected));
    it(`${name} (documents fed in reverse)`, () => assert.deepEqual(summary(indexOf([...docs].reverse()).actions()), expected));
  }

  it('owner, due and kind: the latest occurrence\'s metadata, the origin\'s kind', () => {
    const [action] = indexOf([
      { path: P, kind: 'postmortem', text: '- [ ] Add an alert @ana due:2026-11-30' },
      { path: B, text: '- [ ] Add an alert @bo due:2026-12-20 (carried 1×) — from [p](../postmortems/2026-10-05-outage.md)' },
    ]).actions();
    assert.deepEqual([action?.owner, action?.due, action?.kind, action?.overdue], ['bo', '2026-12-20', 'postmortem', false]);
  });

  it('an open action due before today is overdue; an impossible date is no due at all', () => {
    const actions = indexOf([{ path: A, text: '- [ ] Late due:2026-11-30\n- [ ] Never due:2026-02-30' }]).actions();
    assert.deepEqual(actions.map((a) => [a.text, a.due, a.overdue]), [['Late', '2026-11-30', true], ['Never due:2026-02-30', undefined, false]]);
  });

  it('an update relinks: editing, deleting and re-adding a document', () => {
    const index = indexOf([{ path: A, text: '- [ ] Fix CI' }, { path: B, text: '- [ ] Fix CI (carried 1×)' }]);
    assert.equal(index.actions().length, 1);
    index.set(readDocument(`${ROOT}/${A}`, '- [x] Fix CI', { kind: 'retrospective' }));
    assert.deepEqual(index.actions().map((a) => a.status), ['done']);
    index.delete(`${ROOT}/${A}`);
    assert.deepEqual(summary(index.actions()), ['Fix CI open retrospectives/2026-10-15-4ls.md:0→retrospectives/2026-10-15-4ls.md:0 1']);
    index.set(readDocument(`${ROOT}/${A}`, '- [ ] Fix CI', { kind: 'retrospective' }));
    assert.equal(index.actions().length, 1);
    index.clear();
    assert.deepEqual(index.actions(), []);
  });

  it('a retro inserted between two relinks the carried items of the one after it', () => {
    const index = indexOf([{ path: A, text: '- [ ] Fix CI' }, { path: C, text: '- [ ] Fix CI (carried 2×)' }]);
    index.set(readDocument(`${ROOT}/${B}`, '- [x] Fix CI (carried 1×)', { kind: 'retrospective' }));
    assert.deepEqual(index.actions().map((a) => a.status), ['done']);
  });

  it('a link to a file whose URI is percent-encoded finds it, written either way', () => {
    const index = indexOf([
      { path: 'retrospectives/2026-10-01%20kickoff.md', text: '- [ ] Fix CI\n- [ ] Pair more' },
      { path: B, text: '- [ ] Fix CI (carried 1×) — from [a](2026-10-01%20kickoff.md)\n- [ ] Pair more (carried 1×) — from [a](<2026-10-01 kickoff.md>)' },
      { path: P, kind: 'postmortem', text: '- [ ] Fix CI' },
    ]);
    assert.deepEqual(summary(index.actions()), [
      'Fix CI open postmortems/2026-10-05-outage.md:0→postmortems/2026-10-05-outage.md:0 0',
      'Fix CI open retrospectives/2026-10-01%20kickoff.md:0→retrospectives/2026-10-15-4ls.md:0 1',
      'Pair more open retrospectives/2026-10-01%20kickoff.md:1→retrospectives/2026-10-15-4ls.md:1 1',
    ]);
    const origin = index.document(`${ROOT}/retrospectives/2026-10-01%20kickoff.md`);
    assert.ok(origin);
    assert.equal(index.resolve(index.document(`${ROOT}/${B}`) ?? origin, '2026-10-01 kickoff.md'), origin);
  });

  it('edits read in a row, with no look at the actions between them, end as the last one says', () => {
    const index = indexOf([{ path: A, text: '- [ ] Fix CI' }, { path: B, text: '- [ ] Fix CI (carried 1×)' }]);
    for (const text of ['- [x] Fix CI', '- [ ] Fix CI', '- [ ] Fix CI dropped:2026-10-02', '- [x] Fix CI done:2026-10-03']) {
      index.set(readDocument(`${ROOT}/${A}`, text, { kind: 'retrospective' }));
    }
    assert.deepEqual(index.actions().map((a) => [a.status, a.doneDate]), [['done', '2026-10-03']]);
  });

  it('50,000 items of one text in one document do not hang', function () {
    // Four forms are read now, on a machine eight builds share: a hang is far past 30 s.
    this.timeout(30_000);
    const text = Array.from({ length: 50_000 }, () => '- [ ] Same').join('\n');
    const index = indexOf([{ path: A, text }]);
    assert.equal(index.actions().length, 50_000);
    index.delete(`${ROOT}/${A}`);
    assert.equal(index.actions().length, 0);
  });
});
