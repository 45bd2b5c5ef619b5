import * as assert from 'node:assert/strict';
import { readLines } from '../../src/core/markdown';
import { editItem } from '../../src/core/memory/edits';
import { readItems } from '../../src/core/memory/forms';
import type { FormOptions } from '../../src/core/memory/forms';
import type { ActionEditKind } from '../../src/core/memory/model';

const TODAY = '2026-12-01';

/** The document after `kind` on its only item, or the error. */
function edited(doc: string[], kind: ActionEditKind, reason?: string, forms?: FormOptions): string[] | string {
  const { items } = readItems(readLines(doc.join('\n')), forms);
  assert.equal(items.length, 1, `one item in ${JSON.stringify(doc)}`);
  const item = items[0];
  if (!item) throw new Error('no item');
  const result = editItem(doc, item, kind, { today: TODAY, ...(reason === undefined ? {} : { reason }), ...(forms === undefined ? {} : { forms }) });
  if ('error' in result) return result.error;
  const { startLine, endLine, text } = result.edit;
  assert.ok(startLine >= item.line && endLine <= item.endLine, 'only the item\'s own lines');
  return [...doc.slice(0, startLine), ...text.split('\n'), ...doc.slice(endLine + 1)];
}

describe('forms: complete / reopen / drop on every form', () => {
  const H = '## Action items';
  const T = ['| Action | Owner | Status |', '|---|---|---|'];
  const cases: { name: string; doc: string[]; kind: ActionEditKind; reason?: string; after: string[] }[] = [
    { name: 'complete a bullet', doc: [H, '- Write the runbook @ana'], kind: 'complete', after: [H, '- ~~Write the runbook @ana~~ done:2026-12-01'] },
    { name: 'reopen a struck bullet', doc: [H, '- ~~Write the runbook @ana~~ done:2026-11-20'], kind: 'reopen', after: [H, '- Write the runbook @ana'] },
    { name: 'reopen a bullet marked (done)', doc: [H, '- Write the runbook (done)'], kind: 'reopen', after: [H, '- Write the runbook'] },
    { name: 'reopen a bullet marked ✅', doc: [H, '- ✅ Write the runbook'], kind: 'reopen', after: [H, '- Write the runbook'] },
    { name: 'drop a bullet with a reason', doc: [H, '1. Write the runbook'], kind: 'drop', reason: 'the cache is gone', after: [H, '1. ~~Write the runbook~~ dropped:2026-12-01 — the cache is gone'] },
    { name: 'reopen a dropped bullet', doc: [H, '- ~~Write the runbook~~ dropped:2026-11-20 — the cache is gone'], kind: 'reopen', after: [H, '- Write the runbook'] },
    { name: 'drop a done bullet', doc: [H, '- Write the runbook (done)'], kind: 'drop', after: [H, '- ~~Write the runbook~~ dropped:2026-12-01'] },
    {
      name: 'complete a wrapped bullet with sub-bullets (the sentence only)',
      doc: [H, '- Write the runbook for', '  the cache layer', '  - Owner: ana'], kind: 'complete',
      after: [H, '- ~~Write the runbook for', '  the cache layer~~ done:2026-12-01', '  - Owner: ana'],
    },
    { name: 'complete through a Status: sub-bullet', doc: [H, '- Rotate the keys', '  - Status: in progress'], kind: 'complete', after: [H, '- Rotate the keys', '  - Status: Done (2026-12-01)'] },
    { name: 'reopen through a Status: sub-bullet', doc: [H, '- Rotate the keys', '  - **Status:** done'], kind: 'reopen', after: [H, '- Rotate the keys', '  - **Status:** Open'] },
    { name: 'complete a marker line', doc: ['ACTION: write the runbook (Ana)'], kind: 'complete', after: ['ACTION: ~~write the runbook (Ana)~~ done:2026-12-01'] },
    { name: 'complete a bold marker bullet', doc: ['- **TODO(bo):** write the runbook'], kind: 'complete', after: ['- **TODO(bo):** ~~write the runbook~~ done:2026-12-01'] },
    { name: 'reopen a struck marker line', doc: ['~~ACTION: write the runbook~~'], kind: 'reopen', after: ['ACTION: write the runbook'] },
    { name: 'drop a marker line', doc: ['TODO: write the runbook'], kind: 'drop', reason: 'not needed', after: ['TODO: ~~write the runbook~~ dropped:2026-12-01 — not needed'] },
    { name: 'complete a table row (its status cell)', doc: [...T, '| Add an alert | ana | In progress |'], kind: 'complete', after: [...T, '| Add an alert | ana | Done (2026-12-01) |'] },
    { name: 'reopen a table row', doc: [...T, '| Add an alert | ana | ✅ |'], kind: 'reopen', after: [...T, '| Add an alert | ana | Open |'] },
    { name: 'drop a table row, a pipe in the reason escaped', doc: [...T, '| Add an alert | ana | |'], kind: 'drop', reason: 'moved to a | b', after: [...T, '| Add an alert | ana | Dropped (2026-12-01): moved to a \\| b |'] },
    {
      name: 'complete a row without a status column (a strike in its action cell)',
      doc: ['| Action | Owner |', '|---|---|', '| Add an alert | ana |'], kind: 'complete',
      after: ['| Action | Owner |', '|---|---|', '| ~~Add an alert~~ done:2026-12-01 | ana |'],
    },
    {
      name: 'reopen a struck row without a status column',
      doc: ['| Action | Owner |', '|---|---|', '| ~~Add an alert~~ done:2026-11-20 | ana |'], kind: 'reopen',
      after: ['| Action | Owner |', '|---|---|', '| Add an alert | ana |'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const after = edited(c.doc, c.kind, c.reason);
      assert.deepEqual(after, c.after);
      // Read back: the same item, in the state asked for.
      const back = readItems(readLines(after.join('\n'))).items;
      assert.equal(back.length, 1);
      assert.equal(back[0]?.status, c.kind === 'complete' ? 'done' : c.kind === 'drop' ? 'dropped' : 'open');
    });
  }

  it('refuses an edit to the state the item is already in', () => {
    assert.match(edited([H, '- Write the runbook'], 'reopen') as string, /already open/);
    assert.match(edited([H, '- Write the runbook (done)'], 'complete') as string, /already done/);
    assert.match(edited([...T, '| Add an alert | ana | wontfix |'], 'drop') as string, /already dropped/);
  });

  it('reads the edited lines back with the settings the item was read with (a team heading, a numeric date)', () => {
    const forms: FormOptions = { headings: ['Wir machen'], dateOrder: 'dmy' };
    assert.deepEqual(edited(['## Wir machen', '- Write the runbook @ana by 30/04/2021'], 'complete', undefined, forms), ['## Wir machen', '- ~~Write the runbook @ana by 30/04/2021~~ done:2026-12-01']);
    assert.deepEqual(edited(['ACTION: write the runbook due 4/5/2021'], 'drop', 'moved', forms), ['ACTION: ~~write the runbook due 4/5/2021~~ dropped:2026-12-01 — moved']);
    assert.deepEqual(edited(['| Action | Due | Status |', '|---|---|---|', '| Add an alert | 30/04/2021 | open |'], 'complete', undefined, forms), ['| Action | Due | Status |', '|---|---|---|', '| Add an alert | 30/04/2021 | Done (2026-12-01) |']);
  });
});
