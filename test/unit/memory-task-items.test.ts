import * as assert from 'node:assert/strict';
import { readTaskItems } from '../../src/core/memory/forms/task';
import { readItems } from '../../src/core/memory/forms';
import { stripInlineComments } from '../../src/core/memory/itemText';
import { readLines } from '../../src/core/markdown';
import { formatActionItem } from '../../src/core/retro/actionFormat';
import { assertScalesLinearly } from './support/complexity';

const read = (text: string) => readTaskItems(readLines(text));

describe('memory: task items', () => {
  const cases: { name: string; line: string; expected: Record<string, unknown> | undefined }[] = [
    { name: 'an open item with owner and due', line: '- [ ] Fix CI @ana due:2026-12-15', expected: { status: 'open', text: 'Fix CI', key: 'fix ci', owner: 'ana', due: '2026-12-15', carried: 0 } },
    { name: 'a done: stamp in any order with owner and due', line: '- [x] Fix CI done:2026-12-02 @ana due:2026-12-15 (carried 2×)', expected: { status: 'done', text: 'Fix CI', key: 'fix ci', owner: 'ana', due: '2026-12-15', doneDate: '2026-12-02', carried: 2 } },
    { name: 'a dropped item struck with its owner and due date', line: '- [x] ~~Fix CI @ana due:2026-11-20~~ dropped:2026-12-01', expected: { status: 'dropped', text: 'Fix CI', key: 'fix ci', owner: 'ana', due: '2026-11-20', droppedDate: '2026-12-01', carried: 0 } },
    { name: 'a dropped item with a reason', line: '- [x] ~~Fix CI~~ dropped:2026-12-01 — no longer needed @ana', expected: { status: 'dropped', text: 'Fix CI', key: 'fix ci', owner: 'ana', droppedDate: '2026-12-01', dropReason: 'no longer needed', carried: 0 } },
    { name: 'a dropped item without strike or reason', line: '- [ ] Fix CI dropped:2026-12-01', expected: { status: 'dropped', text: 'Fix CI', key: 'fix ci', droppedDate: '2026-12-01', carried: 0 } },
    { name: 'a carried copy and its link', line: '- [ ] **⚠ Overdue** Fix CI @ana due:2026-11-15 (carried 3×) — from [2026-10-01](../retros/2026-10-01-4ls.md)', expected: { status: 'open', text: 'Fix CI', key: 'fix ci', owner: 'ana', due: '2026-11-15', carried: 3, link: '../retros/2026-10-01-4ls.md' } },
    { name: 'a link in angle brackets', line: '- [ ] Fix CI (carried 1×) — from [a](<my retro.md>)', expected: { status: 'open', text: 'Fix CI', key: 'fix ci', carried: 1, link: 'my retro.md' } },
    { name: 'an impossible due date stays in the text', line: '- [ ] Fix CI due:2026-02-30', expected: { status: 'open', text: 'Fix CI due:2026-02-30', key: 'fix ci due:2026-02-30', carried: 0 } },
    // Issue 11: a comment inside an item used to lose the item.
    { name: 'a comment inside the item', line: '- [ ] Upgrade the database <!-- blocked on ops --> @ana due:2026-12-15', expected: { status: 'open', text: 'Upgrade the database', key: 'upgrade the database', owner: 'ana', due: '2026-12-15', carried: 0 } },
    { name: 'a comment opener inside inline code is text', line: '- [ ] Escape `<!--` in the docs @bo', expected: { status: 'open', text: 'Escape `<!--` in the docs', key: 'escape `<!--` in the docs', owner: 'bo', carried: 0 } },
    // Issue 11: metadata drifting when carried: the trailing owner and due win over mentions.
    { name: 'the owner written last, not the first mention', line: '- [ ] Ask @carol to pair with @bob on the runbook @bob', expected: { status: 'open', text: 'Ask @carol to pair with @bob on the runbook', key: 'ask @carol to pair with @bob on the runbook', owner: 'bob', carried: 0 } },
    { name: 'the due written last, not the one in the sentence', line: '- [ ] Ship (moved from due:2026-11-30 to due:2026-12-20) due:2026-12-20', expected: { status: 'open', text: 'Ship (moved from due:2026-11-30 to due:2026-12-20)', key: 'ship (moved from due:2026-11-30 to due:2026-12-20)', due: '2026-12-20', carried: 0 } },
    // Issue 11 (fuzz, carried items): a second count inside the sentence was left in the text, so the next carry changed it.
    { name: 'every carried count inside the sentence', line: '- [ ] Ask (carried 2×) after review (carried 3×) with @bob @ana', expected: { status: 'open', text: 'Ask after review with @bob', key: 'ask after review with @bob', owner: 'ana', carried: 3 } },
    { name: 'only metadata, no sentence', line: '- [ ] @ana due:2026-12-15', expected: undefined },
  ];
  for (const { name, line, expected } of cases) {
    it(`reads ${name}`, () => {
      const items = read(line);
      if (!expected) return assert.deepEqual(items, []);
      assert.deepEqual(items, [{ line: 0, endLine: 0, form: 'task', ...expected }]);
    });
  }

  it('a `<!--` in inline code and a later `-->` hide nothing (4 items stay 4)', () => {
    const text = ['- [ ] a `<!--` b', '- [ ] two', '- [ ] three -->', '- [ ] four'].join('\n');
    assert.deepEqual(read(text).map((i) => i.text), ['a `<!--` b', 'two', 'three -->', 'four']);
  });

  it('nothing inside code, HTML blocks, comments or front matter', () => {
    const text = ['---', 'x: "- [ ] fm"', '---', '- [ ] one', '```', '- [ ] code', '```', '<div>', '- [ ] html', '</div>', '', '<!--', '- [ ] comment', '-->', '- [ ] two'].join('\n');
    assert.deepEqual(read(text).map((i) => [i.line, i.text]), [[3, 'one'], [14, 'two']]);
  });

  it('carried twice, an owner and due mentioned in the sentence stay the trailing ones', () => {
    let line = '- [ ] Ask @carol to pair with @bob on the runbook (moved from due:2026-11-30) @bob due:2026-12-20';
    for (let carry = 1; carry <= 2; carry++) {
      const [item] = read(line);
      assert.ok(item);
      line = formatActionItem({ done: false, text: item.text, carried: carry, ...(item.owner ? { owner: item.owner } : {}), ...(item.due ? { due: item.due } : {}) });
    }
    const [last] = read(line);
    assert.deepEqual([last?.owner, last?.due, last?.carried], ['bob', '2026-12-20', 2]);
  });

  it('readItems (all forms) gives the task items', () => {
    assert.deepEqual(readItems(readLines('- [ ] a\n- [x] b')).items.map((i) => i.text), ['a', 'b']);
  });

  it('stripInlineComments: closed, unclosed, and inside code spans of any length', () => {
    assert.equal(stripInlineComments('a <!-- x --> b <!-- y'), 'a  b ');
    assert.equal(stripInlineComments('``a <!-- ` b`` c <!-- d --> e'), '``a <!-- ` b`` c  e');
  });

  const tokens = ['<!-- ', '`', '` <!--', ' @a', ' due:2026-01-01', ' (carried 1×)', ' — from [a](', ' dropped:2026-01-01', '~~', '**⚠ ', ' ', '\t', 'done:2026-01-01 '];
  for (const token of tokens) {
    it(`scales linearly on one item of repeated ${JSON.stringify(token)}`, () => {
      assertScalesLinearly({ name: `task item × ${JSON.stringify(token)}`, generate: (n) => `- [ ] x${token.repeat(Math.ceil(n / token.length))}y`, run: (text) => read(text), n: 8000 });
    });
  }
  it('scales linearly on many items', () => {
    assertScalesLinearly({ name: 'task items', generate: (n) => '- [ ] Fix it @ana due:2026-12-01 (carried 1×) — from [a](a.md)\n'.repeat(Math.ceil(n / 60)), run: (text) => read(text) });
  });
});
