import * as assert from 'node:assert/strict';
import { readLines } from '../../src/core/markdown';
import { actionColumns, readTableItems, tableCells } from '../../src/core/memory/forms/table';
import { seen, type Seen } from './support/forms';

describe('forms: action table headers', () => {
  const cases: [string, ReturnType<typeof actionColumns>][] = [
    ['| Action | Owner | Due | Status |', { action: 0, owner: 1, due: 2, status: 3 }],
    ['| # | Action item | Assignee | Deadline | State |', { action: 1, owner: 2, due: 3, status: 4 }],
    ['Task | Who | By', { action: 0, owner: 1, due: 2 }],
    ['| Follow-up | For | Due date |', { action: 0, owner: 1, due: 2 }],
    ['| **Action** | **Owner** |', { action: 0, owner: 1 }],
    ['| Follow up | Status |', { action: 0, status: 1 }],
    ['| Time | Action | Who |', undefined],
    ['| Time (UTC) | Action |', undefined],
    ['| Term | Meaning |', undefined],
    ['| Transaction | Owner |', undefined],
  ];
  for (const [header, columns] of cases) it(`reads ${JSON.stringify(header)}`, () => assert.deepEqual(actionColumns(header), columns));

  it('splits cells at pipes that are not escaped', () => {
    assert.deepEqual(tableCells('| a \\| b | c |').map((c) => c.text), ['a \\| b', 'c']);
    assert.deepEqual(tableCells('a | b').map((c) => c.text), ['a', 'b']);
    assert.deepEqual(tableCells('| a | |').map((c) => c.text), ['a', '']);
  });
});

describe('forms: table rows', () => {
  const table = (rows: string[], header = '| Action | Owner | Due | Status |'): string[] => [header, '|---|---|---|---|', ...rows];
  const cases: { name: string; doc: string[]; items: Seen[]; dateOrder?: 'mdy' | 'dmy'; problems?: number[] }[] = [
    {
      name: 'owner, due and status columns',
      doc: table(['| Add an alert on lag | @ana | 2027-03-01 | In progress |', '| Fix the DNS TTL | Bo Chen | March 4, 2027 | ✅ Done |', '| Retire v1 | | | wontfix |', '| Cut costs | [@cy](https://github.com/cy) | | Done 2026-11-30 |']),
      items: [
        { line: 2, text: 'Add an alert on lag', status: 'open', owner: 'ana', due: '2027-03-01' },
        { line: 3, text: 'Fix the DNS TTL', status: 'done', owner: 'Bo Chen', due: '2027-03-04' },
        { line: 4, text: 'Retire v1', status: 'dropped' },
        { line: 5, text: 'Cut costs', status: 'done', owner: 'cy', doneDate: '2026-11-30' },
      ],
    },
    {
      name: 'the first of several owners, and none for TBD',
      doc: table(['| Add an alert | ana, bo | | |', '| Fix the TTL | TBD | | |']),
      items: [{ line: 2, text: 'Add an alert', status: 'open', owner: 'ana' }, { line: 3, text: 'Fix the TTL', status: 'open' }],
    },
    {
      name: 'a struck action without a status column',
      doc: table(['| ~~Add an alert~~ done:2026-11-20 | ana |'], '| Action | Owner |'),
      items: [{ line: 2, text: 'Add an alert', status: 'done', owner: 'ana', doneDate: '2026-11-20' }],
    },
    {
      name: 'numeric dates in the order the team set',
      doc: table(['| Add an alert | | 4/5/2027 | |']),
      dateOrder: 'dmy',
      items: [{ line: 2, text: 'Add an alert', status: 'open', due: '2027-05-04' }],
    },
    {
      name: 'a numeric date without the setting: no due, and a problem',
      doc: table(['| Add an alert | | 4/5/2027 | |']),
      items: [{ line: 2, text: 'Add an alert', status: 'open' }],
      problems: [2],
    },
    {
      name: 'an unreadable status: open, and a problem at its row',
      doc: table(['| Add an alert | | | half way |']),
      items: [{ line: 2, text: 'Add an alert', status: 'open' }],
      problems: [2],
    },
    {
      name: 'a template row, an empty row and a table without an action column',
      doc: [...table(['| {{ action }} | {{ owner }} | | |', '| | | | |']), '', '| Term | Meaning |', '|--|--|', '| SLO | a target |'],
      items: [],
    },
    {
      name: 'a timeline table (Time column, or under a Timeline heading)',
      doc: ['| Time | Action | Who |', '|--|--|--|', '| 14:02 | paged | ana |', '', '## Timeline', '| Step | Action |', '|--|--|', '| 1 | rolled back |', '## Follow-ups', ...table(['| Real one | | | |'])],
      items: [{ line: 11, text: 'Real one', status: 'open' }],
    },
    {
      name: 'nothing inside a code block',
      doc: ['```', ...table(['| In code | | | |']), '```'],
      items: [],
    },
  ];
  for (const c of cases) {
    it(`reads ${c.name}`, () => {
      const { items, problems } = readTableItems(readLines(c.doc.join('\n')), c.dateOrder ? { dateOrder: c.dateOrder } : {});
      assert.deepEqual(seen(items), c.items);
      assert.deepEqual(problems.map((p) => p.line), c.problems ?? []);
      for (const i of items) assert.equal(i.form, 'table');
    });
  }
});
