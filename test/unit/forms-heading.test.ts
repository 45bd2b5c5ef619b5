import * as assert from 'node:assert/strict';
import { readLines } from '../../src/core/markdown';
import { isActionHeading, readHeadingItems } from '../../src/core/memory/forms/heading';
import { readItems } from '../../src/core/memory/forms';
import { seen, type Seen } from './support/forms';

const none = (): boolean => false;
const read = (doc: string[], claimed: (line: number) => boolean = none, headings: string[] = []) =>
  readHeadingItems(readLines(doc.join('\n')), { headings }, claimed);

describe('forms: action headings', () => {
  const yes = [
    'Action items', 'Action Items:', 'ACTION ITEMS', 'Actions', 'Action points', 'Follow-ups', 'Follow-up', 'Follow ups', 'Followups',
    'Corrective actions', 'Corrective and preventive actions', 'Next steps', 'Remediation', 'Remediation items', 'Improvements',
    'To-dos', 'TODO', 'Open action items', 'New action items', 'Postmortem follow-ups', 'Action items for next sprint',
    'Action items (owner, due date)', 'Action items and owners', '5. Action items', '📝 Action items', 'Action Items — sprint 12',
  ];
  const no = [
    'What went well', 'What went wrong', 'What could be improved', 'Things to improve', 'Actions taken', 'Action taken during the incident',
    'Timeline', 'Lessons learned', 'Root cause', 'Impact', 'Where we got lucky', 'Actionable insights', 'Transactions', 'Improvements we made',
  ];
  for (const heading of yes) it(`takes "${heading}"`, () => assert.equal(isActionHeading(heading), true));
  for (const heading of no) it(`does not take "${heading}"`, () => assert.equal(isActionHeading(heading), false));

  it('gives the same verdicts however many headings came before (its verdicts are kept per list of extra headings)', () => {
    const team = ['Try next'];
    for (let i = 0; i < 3000; i++) assert.equal(isActionHeading(`Sprint ${i} notes`, i % 2 === 0 ? team : []), false);
    assert.equal(isActionHeading('Action items'), true);
    assert.equal(isActionHeading('Try next'), false);
    assert.equal(isActionHeading('Try next', team), true);
    assert.equal(isActionHeading('Try next', ['Something else']), false);
  });

  it("adds the team's own headings (learningLoop.actions.headings)", () => {
    assert.equal(isActionHeading('Try next'), false);
    assert.equal(isActionHeading('Try next', ['Try next']), true);
    assert.equal(isActionHeading('Experiments to run', ['experiments to run']), true);
  });

  it('never takes a heading longer than the cap', () => {
    assert.equal(isActionHeading(`Action items ${'x'.repeat(300)}`), false);
  });
});

describe('forms: list items under an action heading', () => {
  const cases: { name: string; doc: string[]; items: Seen[]; claimed?: number[]; headings?: string[] }[] = [
    {
      name: 'bullets of all kinds, with owners, dates and states',
      doc: ['# Sprint 12', '## Action items', '- Write the cache runbook @ana due:2027-01-10', '* Rotate the keys (Bo Chen)', '+ Retire v1 (done)', '1. Add an alert by March 3rd, 2027', '2) Drop the cron job — N/A'],
      items: [
        { line: 2, text: 'Write the cache runbook', status: 'open', owner: 'ana', due: '2027-01-10' },
        { line: 3, text: 'Rotate the keys', status: 'open', owner: 'Bo Chen' },
        { line: 4, text: 'Retire v1', status: 'done' },
        { line: 5, text: 'Add an alert', status: 'open', due: '2027-03-03' },
        { line: 6, text: 'Drop the cron job', status: 'dropped' },
      ],
    },
    {
      name: 'sub-bullets that belong to their item, metadata in them',
      doc: ['## Follow-ups', '- Rotate the keys', '  - Owner: @bo', '  - Due: 2027-02-01', '  - Status: done', '  - Context: the old keys leaked', '- Write the runbook', '    continued here'],
      items: [
        { line: 1, endLine: 5, text: 'Rotate the keys', status: 'done', owner: 'bo', due: '2027-02-01' },
        { line: 6, endLine: 7, text: 'Write the runbook continued here', status: 'open' },
      ],
    },
    {
      name: 'a wrapped item and a lazy continuation line',
      doc: ['## Next steps', '- Write the runbook for the', 'cache layer', '', '- Second'],
      items: [{ line: 1, endLine: 2, text: 'Write the runbook for the cache layer', status: 'open' }, { line: 4, endLine: 4, text: 'Second', status: 'open' }],
    },
    {
      name: 'a section that ends at a heading of the same level, not at a deeper one',
      doc: ['## Action items', '### Short term', '- one', '### Long term', '- two', '## Notes', '- not an action', '# Appendix', '- nor this'],
      items: [{ line: 2, text: 'one', status: 'open' }, { line: 4, text: 'two', status: 'open' }],
    },
    {
      name: 'a bold line standing alone, ended by the paragraph after its list',
      doc: ['**Action items:**', '- one', '- two', '', 'We also talked about lunch.', '- not an action'],
      items: [{ line: 1, text: 'one', status: 'open' }, { line: 2, text: 'two', status: 'open' }],
    },
    {
      name: 'a bold line ended by the next bold line',
      doc: ['__Next steps__', '- one', '**Notes**', '- not an action'],
      items: [{ line: 1, text: 'one', status: 'open' }],
    },
    {
      name: 'a plain "Action items:" line',
      doc: ['Action items:', '- one', '', 'Notes:', '- not an action'],
      items: [{ line: 1, text: 'one', status: 'open' }],
    },
    {
      name: 'a setext heading',
      doc: ['Intro', '', 'Action items', '------------', '- one', '', 'Other', '=====', '- no'],
      items: [{ line: 4, text: 'one', status: 'open' }],
    },
    {
      name: 'what went well, a timeline and a template checklist are not actions',
      doc: ['## What went well', '- deploys were quick', '## Timeline', '- 14:02 paged the on-call', '## Action items', '- 14:05 @channel heads up', '- {{ action item }}', '- Real one'],
      items: [{ line: 7, text: 'Real one', status: 'open' }],
    },
    {
      name: 'task items (claimed by the task reader) and their sub-bullets are left to it',
      doc: ['## Action items', '- [ ] a task', '  - Owner: ana', '- plain one'],
      claimed: [1],
      items: [{ line: 3, text: 'plain one', status: 'open' }],
    },
    {
      name: "the team's own heading",
      doc: ['## Try next', '- one'],
      headings: ['Try next'],
      items: [{ line: 1, text: 'one', status: 'open' }],
    },
    {
      name: 'nothing inside code or comments',
      doc: ['## Action items', '```', '- in code', '```', '<!--', '- in a comment', '-->', '- real'],
      items: [{ line: 7, text: 'real', status: 'open' }],
    },
    {
      name: 'a thematic break is not a bullet',
      doc: ['## Action items', '* * *', '- real'],
      items: [{ line: 2, text: 'real', status: 'open' }],
    },
  ];
  for (const c of cases) {
    it(`reads ${c.name}`, () => {
      const claimed = new Set(c.claimed ?? []);
      const { items, problems } = read(c.doc, (l) => claimed.has(l), c.headings);
      const withEnd = c.items.some((i) => i.endLine !== undefined);
      assert.deepEqual(seen(items, withEnd), c.items);
      assert.deepEqual(problems, []);
      for (const item of items) assert.equal(item.form, 'heading');
    });
  }

  it('says which setting reads a numeric due date it cannot read, at its line, and reads it once the order is set', () => {
    const doc = ['## Action items', '- Rotate the keys by 4/30/2027', '- Renew the certificate', '  - Due: 30.04.2027', '- Write the runbook due:2027-04-30'];
    const { items, problems } = read(doc);
    assert.deepEqual(items.map((i) => i.due), [undefined, undefined, '2027-04-30']);
    assert.deepEqual(problems.map((p) => p.line), [1, 3]);
    assert.match(problems[0]?.message ?? '', /"by 4\/30\/2027".*learningLoop\.dates\.order/);
    assert.match(problems[1]?.message ?? '', /"30\.04\.2027"/);
    const ordered = readHeadingItems(readLines(doc.join('\n')), { dateOrder: 'mdy' }, none);
    assert.deepEqual([ordered.items.map((i) => i.due), ordered.problems.length], [['2027-04-30', undefined, '2027-04-30'], 1]);
    assert.match(ordered.problems[0]?.message ?? '', /"30\.04\.2027": the action item has no due date\.$/);
  });

  it('reports a status it cannot read at its line, and keeps the item open', () => {
    const { items, problems } = read(['## Action items', '- Rotate the keys', '  - Status: half way there']);
    assert.equal(items[0]?.status, 'open');
    assert.deepEqual(problems.map((p) => p.line), [2]);
    assert.match(problems[0]?.message ?? '', /half way there/);
  });
});

describe('forms: a task bullet is the task form\'s even when it is no item', () => {
  // The template's own action line, left as it was, under its `## Action items` heading: the task
  // reader turns it down, and no other form may take it (it was carried forward as `[ ] …`).
  const cases: [string, string, string[]][] = [
    ['the template\'s unfilled line', '## Action items\n\n- [ ] what we will do @owner due:YYYY-MM-DD\n', []],
    ['beside a real bullet', '## Action items\n\n- [ ] what we will do @owner due:YYYY-MM-DD\n- Rotate the pager @ana\n', ['Rotate the pager']],
    ['a real task next to it', '## Action items\n\n- [ ] Fix the build @bo\n- [ ] what we will do @owner due:YYYY-MM-DD\n', ['Fix the build']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      assert.deepEqual(readItems(readLines(text)).items.map((i) => i.text), expected);
    });
  }
});
