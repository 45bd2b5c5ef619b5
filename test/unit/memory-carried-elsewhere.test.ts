// A carried copy without a link in a postmortem belongs to the retrospective before it by date: a
// retrospective added, removed or moved between them changes that, and the index kept edit by
// edit must then say what an index built afresh says.
import * as assert from 'node:assert/strict';
import { ActionIndex } from '../../src/core/memory/actionIndex';
import { readDocument } from '../../src/core/memory/document';
import type { DocumentKind } from '../../src/core/memory/model';

const TODAY = '2026-12-01';
const ROOT = 'file:///w/docs';
type Doc = { path: string; kind: DocumentKind; text: string };
const A: Doc = { path: 'retrospectives/2026-01-01-a.md', kind: 'retrospective', text: '# A\n\n- [ ] Fix CI @ana\n' };
const B: Doc = { path: 'retrospectives/2026-02-01-b.md', kind: 'retrospective', text: '# B\n\n- [ ] Other thing @bo\n' };
const B_LATE: Doc = { ...B, path: 'retrospectives/2026-04-01-b.md' };
const P: Doc = { path: 'postmortems/2026-03-01-p.md', kind: 'postmortem', text: '# P\n\n## Action items\n\n- [ ] Fix CI (carried 1×)\n' };

function set(index: ActionIndex, doc: Doc): void {
  index.set(readDocument(`${ROOT}/${doc.path}`, doc.text, { kind: doc.kind }));
}

/** The actions as comparable lines: where raised → where latest, carried count. */
function summary(index: ActionIndex): string[] {
  const name = (uri: string): string => uri.slice(uri.lastIndexOf('/') + 1);
  return index.actions().map((a) => `${a.text}: ${name(a.raised.uri)} → ${name(a.latest.uri)} carried ${a.carried}`).sort();
}

function fresh(docs: readonly Doc[]): string[] {
  const index = new ActionIndex(() => TODAY);
  for (const doc of docs) set(index, doc);
  return summary(index);
}

describe('memory: a carried copy in a postmortem follows the retrospectives around it', () => {
  it('a retrospective added between the copy and its origin', () => {
    const index = new ActionIndex(() => TODAY);
    set(index, A);
    set(index, P);
    assert.deepEqual(summary(index), ['Fix CI: 2026-01-01-a.md → 2026-03-01-p.md carried 1']);
    set(index, B);
    assert.deepEqual(summary(index), fresh([A, B, P]));
    // B has no "Fix CI": the postmortem's copy has no origin before it, so it is an action of its own.
    assert.deepEqual(summary(index), ['Fix CI: 2026-01-01-a.md → 2026-01-01-a.md carried 0', 'Fix CI: 2026-03-01-p.md → 2026-03-01-p.md carried 1', 'Other thing: 2026-02-01-b.md → 2026-02-01-b.md carried 0']);
  });

  it('a retrospective between them removed', () => {
    const index = new ActionIndex(() => TODAY);
    for (const doc of [A, B, P]) set(index, doc);
    summary(index);
    index.delete(`${ROOT}/${B.path}`);
    assert.deepEqual(summary(index), fresh([A, P]));
    assert.deepEqual(summary(index), ['Fix CI: 2026-01-01-a.md → 2026-03-01-p.md carried 1']);
  });

  it('a retrospective between them moved after the postmortem (removed, added with its new date)', () => {
    const index = new ActionIndex(() => TODAY);
    for (const doc of [A, B, P]) set(index, doc);
    summary(index);
    index.delete(`${ROOT}/${B.path}`);
    set(index, B_LATE);
    assert.deepEqual(summary(index), fresh([A, B_LATE, P]));
  });
});
