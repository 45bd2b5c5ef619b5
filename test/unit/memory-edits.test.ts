import * as assert from 'node:assert/strict';
import { editItem, itemAt } from '../../src/core/memory/edits';
import { readTaskItems } from '../../src/core/memory/forms/task';
import { readLines } from '../../src/core/markdown';
import type { ActionEditKind } from '../../src/core/memory/model';

const TODAY = '2026-12-01';

/** The document after `kind` on the item at `line`, or the error. */
function apply(text: string, line: number, kind: ActionEditKind, reason?: string): string {
  const read = readLines(text);
  const item = readTaskItems(read).find((i) => i.line === line);
  assert.ok(item, `no item at line ${line}`);
  const result = editItem(read.lines, item, kind, { today: TODAY, ...(reason === undefined ? {} : { reason }) });
  if ('error' in result) return `error: ${result.error}`;
  const { startLine, endLine, text: replacement } = result.edit;
  assert.deepEqual([startLine, endLine], [item.line, item.endLine], 'an edit touches only its own lines');
  return [...read.lines.slice(0, startLine), replacement, ...read.lines.slice(endLine + 1)].join('\n');
}

const cases: { name: string; text: string; line?: number; kind: ActionEditKind; reason?: string; expected: string }[] = [
  { name: 'complete: checks the box and stamps today', text: '- [ ] Fix CI @ana due:2026-12-15', kind: 'complete', expected: '- [x] Fix CI @ana due:2026-12-15 done:2026-12-01' },
  { name: 'complete: the stamp goes before the carried count and link', text: '- [ ] Fix CI @ana (carried 2×) — from [a](a.md)', kind: 'complete', expected: '- [x] Fix CI @ana done:2026-12-01 (carried 2×) — from [a](a.md)' },
  { name: 'complete: a wrapped item keeps its line breaks', text: '# R\n- [ ] Fix CI @ana\n  (carried 2×) — from [a](a.md)\n- [ ] next', line: 1, kind: 'complete', expected: '# R\n- [x] Fix CI @ana done:2026-12-01\n  (carried 2×) — from [a](a.md)\n- [ ] next' },
  { name: 'complete: an item already done is left alone', text: '- [x] Fix CI', kind: 'complete', expected: 'error: It is already done.' },
  { name: 'reopen: unchecks and removes the stamp', text: '- [x] Fix CI @ana done:2026-12-01 (carried 2×)', kind: 'reopen', expected: '- [ ] Fix CI @ana (carried 2×)' },
  { name: 'reopen: undoes a drop, reason and all', text: '* [x] ~~Fix CI~~ dropped:2026-12-01 — no longer needed @ana', kind: 'reopen', expected: '* [ ] Fix CI @ana' },
  { name: 'reopen: an open item is left alone', text: '- [ ] Fix CI', kind: 'reopen', expected: 'error: It is already open.' },
  { name: 'drop: strikes the text, stamps it and writes the reason after it', text: '- [ ] Fix CI @ana due:2026-12-15', kind: 'drop', reason: 'no longer needed', expected: '- [x] ~~Fix CI~~ dropped:2026-12-01 — no longer needed @ana due:2026-12-15' },
  { name: 'drop: a reason on several lines becomes one', text: '1. [ ] Fix CI', kind: 'drop', reason: 'a\nb', expected: '1. [x] ~~Fix CI~~ dropped:2026-12-01 — a b' },
  { name: 'drop: no reason, no dash', text: '> - [ ] **⚠ Overdue** Fix CI', kind: 'drop', expected: '> - [x] **⚠ Overdue** ~~Fix CI~~ dropped:2026-12-01' },
  { name: 'drop: a text that was wrapped', text: '- [ ] Fix the\n  flaky CI @ana', kind: 'drop', reason: 'gone', expected: '- [x] ~~Fix the\n  flaky CI~~ dropped:2026-12-01 — gone @ana' },
];

describe('memory: complete / reopen / drop on task items', () => {
  for (const { name, text, line, kind, reason, expected } of cases) {
    it(name, () => assert.equal(apply(text, line ?? text.split('\n').findIndex((l) => /\[[ xX]\]/.test(l)), kind, reason), expected));
  }

  it('what an edit writes reads back in its new state, with its owner and due', () => {
    const text = '- [ ] Fix CI @ana due:2026-12-15 (carried 1×) — from [a](a.md)';
    for (const [kind, status] of [['complete', 'done'], ['drop', 'dropped']] as const) {
      const [item] = readTaskItems(readLines(apply(text, 0, kind, 'why')));
      assert.deepEqual([item?.status, item?.text, item?.owner, item?.due, item?.carried, item?.link], [status, 'Fix CI', 'ana', '2026-12-15', 1, 'a.md']);
      const back = readTaskItems(readLines(apply(apply(text, 0, kind, 'why'), 0, 'reopen')));
      assert.equal(back[0]?.status, 'open');
    }
    assert.equal(apply(apply(text, 0, 'complete'), 0, 'reopen'), text);
    assert.equal(apply(apply(text, 0, 'drop', 'why'), 0, 'reopen'), text);
  });

  it('itemAt finds the item only where it still is, with the same text', () => {
    const items = readTaskItems(readLines('- [ ] one\n- [ ] two'));
    assert.equal(itemAt(items, 1, 'two')?.text, 'two');
    assert.equal(itemAt(items, 1, 'one'), undefined);
    assert.equal(itemAt(items, 2, 'two'), undefined);
  });
});
