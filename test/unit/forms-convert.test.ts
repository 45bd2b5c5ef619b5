import * as assert from 'node:assert/strict';
import { readLines } from '../../src/core/markdown';
import { planConversion, taskLine } from '../../src/core/memory/forms/convert';
import { readItems } from '../../src/core/memory/forms';
import type { LineEdit } from '../../src/core/memory/model';

const DATE = '2026-10-02';

/** `doc` with the edits applied, last first so line numbers hold. */
function apply(doc: string[], edits: readonly LineEdit[]): string[] {
  const out = [...doc];
  for (const e of [...edits].sort((a, b) => b.startLine - a.startLine)) out.splice(e.startLine, e.endLine - e.startLine + 1, ...e.text.split('\n'));
  return out;
}

describe('forms: converting to task-list lines', () => {
  const cases: { name: string; doc: string[]; after: string[]; tables?: boolean }[] = [
    {
      name: 'bullets under an action heading, owner, due and state kept',
      doc: ['## Action items', '- Write the runbook @ana due:2026-10-16', '* Rotate the keys (done)', '1. Retire v1 — N/A', '- Book a room (Bo Marsh)'],
      after: ['## Action items', '- [ ] Write the runbook @ana due:2026-10-16', '* [x] Rotate the keys', '1. [x] ~~Retire v1~~ dropped:2026-10-02', '- [ ] Book a room — Bo Marsh'],
    },
    {
      name: 'Owner / Due / Status sub-bullets folded in, other sub-bullets kept',
      doc: ['## Follow-ups', '- Rotate the keys', '  - Owner: @bo', '  - Due: 2026-11-01', '  - Context: the old keys leaked', '- Next'],
      after: ['## Follow-ups', '- [ ] Rotate the keys @bo due:2026-11-01', '  - Context: the old keys leaked', '- [ ] Next'],
    },
    {
      name: 'marker lines, a done stamp kept',
      doc: ['ACTION: write the runbook @ana', '- **TODO:** ~~clean up~~ done:2026-10-05', '', 'Not an action.'],
      after: ['- [ ] write the runbook @ana', '- [x] clean up done:2026-10-05', '', 'Not an action.'],
    },
    {
      name: 'task items left as they are',
      doc: ['## Action items', '- [ ] already a task @ana', '- plain'],
      after: ['## Action items', '- [ ] already a task @ana', '- [ ] plain'],
    },
    {
      name: 'a table only when asked, other columns as sub-bullets',
      doc: ['## Follow-ups', '', '| Action | Owner | Status | Ticket |', '|---|---|---|---|', '| Alert on lag | @ana | Open | #12 |', '| Raise the quota | Bo | Done | |', '', 'After.'],
      tables: true,
      after: ['## Follow-ups', '', '- [ ] Alert on lag @ana', '  - Ticket: #12', '- [x] Raise the quota @Bo', '', 'After.'],
    },
  ];
  for (const c of cases) {
    it(`rewrites ${c.name}`, () => {
      const read = readLines(c.doc.join('\n'));
      const before = readItems(read).items;
      const plan = planConversion(read, {}, DATE);
      const after = apply(c.doc, [...plan.listEdits, ...(c.tables ? plan.tableEdits : [])]);
      assert.deepEqual(after, c.after);
      // The same promises, now all task items, in the same states.
      const back = readItems(readLines(after.join('\n'))).items;
      assert.deepEqual(back.map((i) => i.form), back.map(() => 'task'));
      assert.deepEqual(back.map((i) => i.status), before.map((i) => i.status));
    });
  }

  it('leaves tables alone unless asked, and counts their rows', () => {
    const doc = ['| Action | Owner |', '|---|---|', '| Alert on lag | ana |', '| Raise the quota | bo |'];
    const plan = planConversion(readLines(doc.join('\n')), {}, DATE);
    assert.equal(plan.listEdits.length, 0);
    assert.equal(plan.tableEdits.length, 1);
    assert.equal(plan.tableItems, 2);
  });

  it('keeps a table whose rows would not all become items', () => {
    const doc = ['| Action | Owner |', '|---|---|', '| Alert on lag | ana |', '| {{ action }} | |'];
    const plan = planConversion(readLines(doc.join('\n')), {}, DATE);
    assert.deepEqual(plan.tableEdits, []);
    assert.equal(plan.skipped, 1);
  });

  it('writes a task line for each state', () => {
    const base = { line: 0, endLine: 0, form: 'heading' as const, key: 'x', text: 'Do it', carried: 0 };
    assert.equal(taskLine('- ', { ...base, status: 'open', owner: 'ana', due: '2026-12-01' }), '- [ ] Do it @ana due:2026-12-01');
    assert.equal(taskLine('- ', { ...base, status: 'done', doneDate: '2026-12-02' }), '- [x] Do it done:2026-12-02');
    assert.equal(taskLine('- ', { ...base, status: 'dropped', droppedDate: '2026-12-02', dropReason: 'moot' }), '- [x] ~~Do it~~ dropped:2026-12-02 — moot');
  });
});
