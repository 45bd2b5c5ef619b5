import * as assert from 'node:assert/strict';
import { formatActionItem, parseActionItems, type ActionItem } from '../../src/core/retro/actions';

type Expected = Omit<ActionItem, 'line' | 'endLine' | 'raw'>;

describe('parseActionItems: one line', () => {
  const cases: { name: string; line: string; item: Expected | undefined }[] = [
    { name: 'a plain open task', line: '- [ ] Write the runbook', item: { done: false, text: 'Write the runbook', carried: 0 } },
    { name: 'owner and due date', line: '- [ ] Fix the login test @ana due:2026-12-15', item: { done: false, text: 'Fix the login test', owner: 'ana', due: '2026-12-15', carried: 0 } },
    { name: 'due date before owner', line: '- [ ] Fix it due:2026-12-15 @ana', item: { done: false, text: 'Fix it', owner: 'ana', due: '2026-12-15', carried: 0 } },
    { name: 'a checked task', line: '- [x] Done @bo', item: { done: true, text: 'Done', owner: 'bo', carried: 0 } },
    { name: 'an upper-case X', line: '- [X] Done', item: { done: true, text: 'Done', carried: 0 } },
    { name: 'a * bullet', line: '* [ ] Star', item: { done: false, text: 'Star', carried: 0 } },
    { name: 'a + bullet', line: '+ [ ] Plus', item: { done: false, text: 'Plus', carried: 0 } },
    { name: 'an ordered list item', line: '1. [ ] First', item: { done: false, text: 'First', carried: 0 } },
    { name: 'an indented sub-task', line: '  - [ ] Nested', item: { done: false, text: 'Nested', carried: 0 } },
    { name: 'a task in a block quote', line: '> - [ ] Quoted', item: { done: false, text: 'Quoted', carried: 0 } },
    { name: 'a carried suffix and a back link', line: '- [ ] Fix it @ana due:2026-12-15 (carried 2×) — from [2026-11-14](2026-11-14-4ls.md)', item: { done: false, text: 'Fix it', owner: 'ana', due: '2026-12-15', carried: 2 } },
    { name: 'stacked back links and an ASCII x', line: '- [ ] Fix it (carried 3x) - from [a](a.md) -- from [b](<b c.md>)', item: { done: false, text: 'Fix it', carried: 3 } },
    { name: 'a flag we wrote', line: '- [ ] **⚠ Overdue, Carried 3×** Fix it @ana (carried 3×)', item: { done: false, text: 'Fix it', owner: 'ana', carried: 3 } },
    { name: 'an owner inside the sentence stays there', line: '- [ ] Ask @dana for access', item: { done: false, text: 'Ask @dana for access', owner: 'dana', carried: 0 } },
    { name: 'an email address is not an owner', line: '- [ ] Mail ops@example.com', item: { done: false, text: 'Mail ops@example.com', carried: 0 } },
    { name: 'an impossible date stays in the text', line: '- [ ] Fix it due:2026-02-30', item: { done: false, text: 'Fix it due:2026-02-30', carried: 0 } },
    { name: 'an owner with dots and hyphens', line: '- [ ] Fix it @ana.m-r', item: { done: false, text: 'Fix it', owner: 'ana.m-r', carried: 0 } },
    { name: 'an empty task', line: '- [ ] ', item: undefined },
    { name: 'a link, not a task', line: '- [x](x.md) link', item: undefined },
    { name: 'a plain bullet', line: '- no box', item: undefined },
    { name: 'no space after the box', line: '- [ ]nope', item: undefined },
  ];
  for (const { name, line, item } of cases) {
    it(`reads ${name}`, () => {
      const items = parseActionItems(line);
      if (!item) return assert.deepEqual(items, []);
      assert.equal(items.length, 1);
      const { line: at, endLine, raw, ...rest } = items[0] as ActionItem;
      assert.equal(at, 0);
      assert.equal(endLine, 0);
      assert.equal(raw, line);
      assert.deepEqual(rest, item);
    });
  }
});

describe('parseActionItems: a document', () => {
  it('skips front matter and closed fenced code, keeps line numbers', () => {
    const doc = [
      '---', 'note: "- [ ] not a task"', '---', '# Retro', '- [ ] one', '```md', '- [ ] in code', '```',
      '~~~~', '- [ ] in tildes', '~~~', '- [ ] still in tildes', '~~~~', '- [ ] two',
    ].join('\n');
    assert.deepEqual(parseActionItems(doc).map((i) => [i.line, i.text]), [[4, 'one'], [13, 'two']]);
  });

  it('skips HTML comments as the one Markdown reader does (an unclosed one runs to the end)', () => {
    const text = '<!-- - [ ] example -->\n- [ ] real\n<!--\n- [ ] hidden\n-->\n- [ ] also real\n<!-- open\n- [ ] kept\n';
    assert.deepEqual(parseActionItems(text).map((i) => [i.line, i.text]), [[1, 'real'], [5, 'also real']]);
  });

  it('reads items up to a fence never closed (CommonMark: the fence runs to the end)', () => {
    const doc = ['- [ ] one', '```', '- [ ] two', '## Heading with [unbalanced', '- [x] three'].join('\n');
    assert.deepEqual(parseActionItems(doc).map((i) => [i.text, i.done]), [['one', false]]);
  });

  it('reads an item wrapped onto indented lines as one, up to the next block', () => {
    const doc = [
      '- [ ] Write the on-call handover checklist',
      '  with the database team @dana',
      '  due:2026-11-28 (carried 1×)',
      '- [ ] next',
      '  - [ ] nested',
      '    more of nested',
      '',
      '  not a continuation after a blank line',
      '- [x] last',
      'lazy text is not read as part of it',
    ].join('\n');
    assert.deepEqual(parseActionItems(doc).map((i) => [i.line, i.endLine, i.text, i.owner, i.due, i.carried]), [
      [0, 2, 'Write the on-call handover checklist with the database team', 'dana', '2026-11-28', 1],
      [3, 3, 'next', undefined, undefined, 0],
      [4, 5, 'nested more of nested', undefined, undefined, 0],
      [8, 8, 'last', undefined, undefined, 0],
    ]);
    assert.equal(parseActionItems(doc)[0]?.raw.split('\n').length, 3);
  });

  it('reads CRLF documents', () => {
    assert.deepEqual(parseActionItems('- [ ] a @x\r\n- [x] b\r\n').map((i) => [i.text, i.owner, i.done]), [['a', 'x', false], ['b', undefined, true]]);
  });
});

describe('formatActionItem', () => {
  const base = { done: false, text: 'Fix it', carried: 0 };
  const cases: { name: string; item: Parameters<typeof formatActionItem>[0]; extras?: Parameters<typeof formatActionItem>[1]; expected: string }[] = [
    { name: 'a bare item', item: base, expected: '- [ ] Fix it' },
    { name: 'a done item', item: { ...base, done: true }, expected: '- [x] Fix it' },
    { name: 'owner, due and count', item: { ...base, owner: 'ana', due: '2026-12-15', carried: 2 }, expected: '- [ ] Fix it @ana due:2026-12-15 (carried 2×)' },
    { name: 'an owner already in the sentence, written again after it (so a later mention never takes over)', item: { ...base, text: 'Ask @ana', owner: 'ana' }, expected: '- [ ] Ask @ana @ana' },
    { name: 'a marker and a back link', item: { ...base, carried: 1 }, extras: { marker: '**⚠ Overdue**', from: { label: '2026-11-14', link: '2026-11-14-4ls.md' } }, expected: '- [ ] **⚠ Overdue** Fix it (carried 1×) — from [2026-11-14](2026-11-14-4ls.md)' },
    {
      name: 'a long item, wrapped at 80 columns',
      item: { ...base, text: 'Write the on-call handover checklist together with the database and network teams', owner: 'dana', due: '2026-11-28', carried: 3 },
      extras: { marker: '**⚠ Overdue, Carried 3×**', from: { label: '2026-11-14', link: '2026-11-14-4ls.md' } },
      expected: [
        '- [ ] **⚠ Overdue, Carried 3×** Write the on-call handover checklist together with',
        '  the database and network teams @dana due:2026-11-28 (carried 3×) — from [2026-11-14](2026-11-14-4ls.md)',
      ].join('\n'),
    },
    {
      name: 'a long item whose wrap point falls on a list marker: the marker stays on its line',
      item: { ...base, text: 'Compare the two dashboards side by side and write down every gap supercalifragilistic - then file it' },
      expected: '- [ ] Compare the two dashboards side by side and write down every gap supercalifragilistic -\n  then file it',
    },
    { name: 'a link with spaces and a label with brackets', item: base, extras: { from: { label: 'a [b]', link: 'my retro.md' } }, expected: '- [ ] Fix it — from [a \\[b\\]](<my retro.md>)' },
  ];
  for (const { name, item, extras, expected } of cases) {
    it(`writes ${name}, and reads it back to the same line`, () => {
      const line = formatActionItem(item, extras);
      assert.equal(line, expected);
      const [read] = parseActionItems(line);
      assert.ok(read);
      assert.equal(read.owner, item.owner);
      assert.equal(read.due, item.due);
      assert.equal(read.carried, item.carried);
      assert.equal(formatActionItem(read, extras), line);
    });
  }
});
