import * as assert from 'node:assert/strict';
import { readContent } from '../../src/core/memory/forms/content';
import { readStatusWords } from '../../src/core/memory/forms/words';
import type { ActionStatus } from '../../src/core/memory/model';

describe('forms: a state in words (status cell)', () => {
  const cases: [string, ActionStatus | undefined, string?][] = [
    ['Done', 'done'], ['done', 'done'], ['DONE', 'done'], ['✅', 'done'], ['✅ Done', 'done'], ['**Done**', 'done'],
    ['Completed', 'done'], ['complete', 'done'], ['Fixed in v2.3', 'done'], ['Closed', 'done'], ['Resolved (#12)', 'done'],
    ['Done 2026-11-20', 'done', '2026-11-20'], ['Done (November 20, 2026)', 'done', '2026-11-20'],
    ["Won't do", 'dropped'], ['Won’t do', 'dropped'], ['wontfix', 'dropped'], ['Dropped', 'dropped'], ['N/A', 'dropped'],
    ['Cancelled', 'dropped'], ['canceled', 'dropped'], ['Dropped 2026-11-20', 'dropped', '2026-11-20'],
    ['', 'open'], ['Open', 'open'], ['In progress', 'open'], ['todo', 'open'], ['Not started', 'open'], ['WIP', 'open'],
    ['Blocked on vendor', 'open'], ['⏳', 'open'], ['-', 'open'], ['not done', 'open'],
    ['maybe later', undefined], ['Donezo', undefined], ['50%', undefined], ['Q3', undefined],
  ];
  for (const [cell, status, date] of cases) {
    it(`reads ${JSON.stringify(cell)} as ${status ?? 'unreadable'}`, () => {
      const state = readStatusWords(cell);
      assert.equal(state?.status, status);
      assert.equal(state?.date, date);
    });
  }
});

describe('forms: a sentence taken apart', () => {
  const cases: { line: string; text: string; status?: ActionStatus; owner?: string; due?: string; extra?: object }[] = [
    { line: 'Write the cache runbook', text: 'Write the cache runbook' },
    { line: 'Write the cache runbook (done)', text: 'Write the cache runbook', status: 'done' },
    { line: 'Write the cache runbook [DONE]', text: 'Write the cache runbook', status: 'done' },
    { line: 'Write the cache runbook — done', text: 'Write the cache runbook', status: 'done' },
    { line: 'Write the cache runbook DONE', text: 'Write the cache runbook', status: 'done' },
    { line: 'Write the cache runbook ✅', text: 'Write the cache runbook', status: 'done' },
    { line: '✅ Write the cache runbook', text: 'Write the cache runbook', status: 'done' },
    { line: 'DONE: write the cache runbook', text: 'write the cache runbook', status: 'done' },
    { line: 'Write the cache runbook (completed)', text: 'Write the cache runbook', status: 'done' },
    { line: 'Write the cache runbook (fixed in #41)', text: 'Write the cache runbook', status: 'done' },
    { line: 'Write the cache runbook: resolved', text: 'Write the cache runbook', status: 'done' },
    { line: 'Write the cache runbook (closed)', text: 'Write the cache runbook', status: 'done' },
    { line: "Write the cache runbook (won't do)", text: 'Write the cache runbook', status: 'dropped' },
    { line: 'Write the cache runbook (wontfix)', text: 'Write the cache runbook', status: 'dropped' },
    { line: 'Write the cache runbook — N/A', text: 'Write the cache runbook', status: 'dropped' },
    { line: 'Write the cache runbook (cancelled)', text: 'Write the cache runbook', status: 'dropped' },
    { line: '~~Write the cache runbook~~', text: 'Write the cache runbook', status: 'done' },
    { line: '~~Write the runbook @ana~~ done:2026-11-20', text: 'Write the runbook', status: 'done', owner: 'ana', extra: { doneDate: '2026-11-20' } },
    { line: '~~Write the runbook~~ dropped:2026-11-20 — the cache is gone', text: 'Write the runbook', status: 'dropped', extra: { droppedDate: '2026-11-20', dropReason: 'the cache is gone' } },
    { line: '~~Write the runbook~~ @ana', text: 'Write the runbook', status: 'done', owner: 'ana' },
    { line: '~~Write the runbook~~ — Ana Lima due:2026-12-15', text: 'Write the runbook', status: 'done', owner: 'Ana Lima', due: '2026-12-15' },
    { line: '~~Write the runbook~~ as @ana said', text: 'Write the runbook', status: 'done' },
    { line: 'Make sure the bug is fixed', text: 'Make sure the bug is fixed' },
    { line: 'Check that the ticket is closed', text: 'Check that the ticket is closed' },
    { line: 'Write the runbook @ana', text: 'Write the runbook', owner: 'ana' },
    { line: 'Write the runbook [@ana](https://github.com/ana)', text: 'Write the runbook', owner: 'ana' },
    { line: 'Ask [@ana](https://github.com/ana) for the keys', text: 'Ask [@ana](https://github.com/ana) for the keys', owner: 'ana' },
    { line: 'Ask @ana for the keys', text: 'Ask @ana for the keys', owner: 'ana' },
    { line: 'Write the runbook, owner: ana', text: 'Write the runbook', owner: 'ana' },
    { line: 'Write the runbook (Owner: Ana Lima)', text: 'Write the runbook', owner: 'Ana Lima' },
    { line: 'Write the runbook (Ana Lima)', text: 'Write the runbook', owner: 'Ana Lima' },
    { line: 'Write the runbook — Ana', text: 'Write the runbook', owner: 'Ana' },
    { line: 'Write the runbook - @bo', text: 'Write the runbook', owner: 'bo' },
    { line: 'Write the runbook @org/sre-team', text: 'Write the runbook', owner: 'org/sre-team' },
    { line: 'Tell @channel about the runbook', text: 'Tell @channel about the runbook' },
    { line: 'Tell everyone @here', text: 'Tell everyone @here' },
    { line: 'Mail ops@example.com the runbook', text: 'Mail ops@example.com the runbook' },
    { line: 'Add an alert for the error budget (SLO)', text: 'Add an alert for the error budget (SLO)' },
    { line: 'Add more tests (unit)', text: 'Add more tests (unit)' },
    { line: 'Add more tests (TBD)', text: 'Add more tests (TBD)' },
    { line: 'Add more tests - Postgres', text: 'Add more tests - Postgres' },
    { line: 'Write the runbook due:2026-12-15', text: 'Write the runbook', due: '2026-12-15' },
    { line: 'Write the runbook by 2026-12-15', text: 'Write the runbook', due: '2026-12-15' },
    { line: 'Write the runbook by January 23rd, 2027', text: 'Write the runbook', due: '2027-01-23' },
    { line: 'Write the runbook (due 31 August 2027)', text: 'Write the runbook', due: '2027-08-31' },
    { line: 'By 2026-12-15 write the runbook', text: 'By 2026-12-15 write the runbook', due: '2026-12-15' },
    { line: 'Write the runbook due:2026-02-30', text: 'Write the runbook due:2026-02-30' },
    { line: 'Write the runbook — @ana by 2027-01-01 (done)', text: 'Write the runbook', status: 'done', owner: 'ana', due: '2027-01-01' },
    { line: 'Write the runbook @ana (carried 2×) — from [2026-11-14](2026-11-14-retro.md)', text: 'Write the runbook', owner: 'ana', extra: { carried: 2, link: '2026-11-14-retro.md' } },
  ];
  for (const { line, text, status = 'open', owner, due, extra = {} } of cases) {
    it(`reads ${JSON.stringify(line)}`, () => {
      const content = readContent(line, {});
      assert.ok(content, 'an item');
      assert.deepEqual(
        { text: content.text, status: content.status, owner: content.owner, due: content.due, ...Object.fromEntries(Object.keys(extra).map((k) => [k, (content as unknown as Record<string, unknown>)[k]])) },
        { text, status, owner, due, ...extra },
      );
    });
  }

  for (const line of ['{{ action }}', 'Fix {{ service }} alerts', '~~~~', '—', '✅']) {
    it(`reads nothing to do in ${JSON.stringify(line)}`, () => assert.equal(readContent(line, {}), undefined));
  }

  it('reads a numeric due date only in the order the team set', () => {
    assert.equal(readContent('Write the runbook by 4/5/2027', {})?.due, undefined);
    assert.equal(readContent('Write the runbook by 4/5/2027', { dateOrder: 'mdy' })?.due, '2027-04-05');
    assert.equal(readContent('Write the runbook by 4/5/2027', { dateOrder: 'dmy' })?.due, '2027-05-04');
  });
});
