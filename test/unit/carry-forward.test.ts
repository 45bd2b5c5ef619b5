import * as assert from 'node:assert/strict';
import {
  buildVariables, carryForward, nextIteration, NO_PREVIOUS_RETRO, NOTHING_OPEN, type PreviousRetro,
} from '../../src/core/retro/carryForward';
import { parseActionItems } from '../../src/core/retro/actions';
import { readRetroMeta } from '../../src/core/retro/retroDoc';

const FIRST = [
  '---', 'date: 2026-11-01', 'iteration: 4', '---', '', '# Retro', '', '## Action items', '',
  '- [ ] Fix the flaky login test @ana due:2099-01-01',
  '- [x] Already done @bo',
  '- [ ] Write the runbook',
  '- [ ] Renew the certificate @cy due:2026-11-10',
  '- [ ] ${9:what we will do} @owner due:YYYY-MM-DD',
  '- [ ] what we will do @owner due:YYYY-MM-DD',
  '',
].join('\n');

/** A retro made from a carry-forward result, the way the template lays it out. */
function retroWith(openActions: string, previous: string): string {
  return ['# Retro', '', '## Open actions from last time', '', `Previous: ${previous}`, '', openActions, '', '## Action items', '', '- [ ] A new one', ''].join('\n');
}

function previous(text: string, name: string): PreviousRetro {
  return { text, link: name, label: name.replace(/\.md$/, '') };
}

describe('carryForward across three successive retros', () => {
  const today = '2026-11-20';
  const first = carryForward(previous(FIRST, '2026-11-01-start-stop-continue.md'), today);
  const secondDoc = retroWith(first.markdown, '[x](x)');
  const second = carryForward(previous(secondDoc, '2026-11-08-start-stop-continue.md'), today);
  const third = carryForward(previous(retroWith(second.markdown, '[y](y)'), '2026-11-15-start-stop-continue.md'), today);
  const find = (result: typeof first, text: string) => result.items.find((i) => i.text === text);

  const cases: [string, () => void][] = [
    ['the first carry brings every open item with owner and due date, once', () => {
      assert.deepEqual(first.items.map((i) => [i.text, i.owner, i.due, i.carried]), [
        ['Fix the flaky login test', 'ana', '2099-01-01', 1],
        ['Write the runbook', undefined, undefined, 1],
        ['Renew the certificate', 'cy', '2026-11-10', 1],
      ]);
    }],
    ['done items are dropped', () => assert.ok(!first.markdown.includes('Already done'))],
    ['unfilled template lines are not promises', () => assert.ok(!first.markdown.includes('what we will do'), first.markdown)],
    ['a real item whose date was left as YYYY-MM-DD is carried without it', () => {
      const result = carryForward({ text: '- [ ] Fix CI before the release @ana due:YYYY-MM-DD\n', link: 'a.md', label: 'a' }, '2026-11-29');
      assert.equal(result.markdown, '- [ ] Fix CI before the release @ana (carried 1×) — from [a](a.md)');
    }],
    ['lines are task lines with a count and a back link', () => {
      assert.deepEqual(first.markdown.split('\n').slice(0, 2), [
        '- [ ] Fix the flaky login test @ana due:2099-01-01 (carried 1×)',
        '  — from [2026-11-01-start-stop-continue](2026-11-01-start-stop-continue.md)',
      ]);
      for (const line of first.markdown.split('\n')) assert.ok(line.length <= 120, line);
      for (const item of first.items) assert.match(item.markdown, /^- \[ \] /);
      for (const line of first.markdown.split('\n')) assert.match(line, /^(?:- \[ \] | {2}\S)/);
    }],
    ['an overdue item is flagged', () => {
      assert.equal(find(first, 'Renew the certificate')?.overdue, true);
      assert.match(find(first, 'Renew the certificate')?.markdown ?? '', /^- \[ \] \*\*⚠ Overdue\*\* Renew/);
      assert.equal(find(first, 'Fix the flaky login test')?.overdue, false);
    }],
    ['the second carry counts 2× and links to the second retro only', () => {
      const line = find(second, 'Fix the flaky login test')?.markdown.replace(/\n {2}/g, ' ') ?? '';
      assert.match(line, /\(carried 2×\) — from \[2026-11-08-start-stop-continue\]\(2026-11-08-start-stop-continue\.md\)$/);
      assert.equal(line.match(/ from /g)?.length, 1);
    }],
    ['a new item of the second retro starts at 1×', () => assert.equal(find(second, 'A new one')?.carried, 1)],
    ['the third carry counts 3× and flags the item', () => {
      const item = find(third, 'Fix the flaky login test');
      assert.equal(item?.carried, 3);
      assert.equal(item?.stuck, true);
      assert.match(item?.markdown ?? '', /^- \[ \] Fix the flaky login test @ana due:2099-01-01 \(carried 3×\)/);
    }],
    ['an overdue item is flagged once; its count stays after the text', () => {
      assert.match(find(third, 'Renew the certificate')?.markdown.replace(/\n {2}/g, ' ') ?? '', /^- \[ \] \*\*⚠ Overdue\*\* Renew the certificate @cy due:2026-11-10 \(carried 3×\)/);
    }],
    ['items checked off in a later retro stop travelling', () => {
      const done = secondDoc.replace('- [ ] Write the runbook', '- [x] Write the runbook');
      const result = carryForward(previous(done, 'b.md'), today);
      assert.equal(find(result, 'Write the runbook'), undefined);
      assert.equal(result.items.length, 3);
    }],
    ['an item too long for one line wraps onto indented lines, never inside the flag or a link', () => {
      assert.deepEqual(find(third, 'Renew the certificate')?.markdown.split('\n'), [
        '- [ ] **⚠ Overdue** Renew the certificate @cy due:2026-11-10 (carried 3×)',
        '  — from [2026-11-15-start-stop-continue](2026-11-15-start-stop-continue.md)',
      ]);
      // Longer than 80 but with no space after column 80: markdownlint allows it, so it stays whole.
      assert.equal(find(first, 'Write the runbook')?.markdown.split('\n').length, 1);
    }],
    ['what it writes reads back as the same items', () => {
      assert.deepEqual(parseActionItems(third.markdown).map((i) => [i.text, i.carried]), third.items.map((i) => [i.text, i.carried]));
    }],
  ];
  for (const [name, check] of cases) it(name, check);
});

describe('carryForward edge cases', () => {
  const cases: { name: string; previous: PreviousRetro | undefined; markdown: RegExp | string; count: number }[] = [
    { name: 'no previous retro', previous: undefined, markdown: NO_PREVIOUS_RETRO, count: 0 },
    { name: 'everything done', previous: previous('- [x] a\n- [X] b\n', 'p.md'), markdown: NOTHING_OPEN, count: 0 },
    { name: 'no action items at all', previous: previous('# Retro\n\nWe talked.\n', 'p.md'), markdown: NOTHING_OPEN, count: 0 },
    {
      name: 'a malformed previous retro still gives every readable item',
      previous: previous('---\ndate: [oops\n---\n# Retro\n* [ ] in an unclosed fence @ana\n<div>\n\n+ [ ] after broken html due:2026-12-01\n- [ ]\n1. [ ] numbered', 'p.md'),
      markdown: /in an unclosed fence @ana \(carried 1×\)[^\n]*\n- \[ \] after broken html due:2026-12-01 \(carried 1×\)[^\n]*\n- \[ \] numbered \(carried 1×\)/,
      count: 3,
    },
    { name: 'the same promise listed twice comes back once, with the higher count', previous: previous('- [ ] Fix it @a (carried 2×)\n- [ ] fix  it @a\n', 'p.md'), markdown: /^- \[ \] Fix it @a \(carried 3×\)[^\n]*$/, count: 1 },
  ];
  for (const { name, previous: prev, markdown, count } of cases) {
    it(name, () => {
      const result = carryForward(prev, '2026-11-20');
      if (typeof markdown === 'string') assert.equal(result.markdown, markdown);
      else assert.match(result.markdown, markdown);
      assert.equal(result.items.length, count);
    });
  }
});

describe('nextIteration and buildVariables', () => {
  const iterations: [string, string, string][] = [
    ['an iteration number', '---\niteration: 7\n---\n', '8'],
    ['a quoted iteration', '---\niteration: "7"\n---\n', '8'],
    ['broken YAML around it', '---\niteration: 7\nteam: [oops\n---\n', '8'],
    ['no iteration', '---\ndate: 2026-11-01\n---\n', '1'],
    ['no front matter', '# Retro\n', '1'],
  ];
  for (const [name, text, expected] of iterations) {
    it(`nextIteration after ${name} is ${expected}`, () => assert.equal(nextIteration(readRetroMeta(text)), expected));
  }
  it('nextIteration without a previous retro is 1', () => assert.equal(nextIteration(undefined), '1'));

  it('builds all six variables for a first retro (the roster keeps the templates\' placeholders)', () => {
    assert.deepEqual(buildVariables({ team: '  ', today: '2026-11-20', previous: undefined }), {
      TEAM: 'Team', ITERATION: '1', PREVIOUS_RETRO: 'none', OPEN_ACTIONS: NO_PREVIOUS_RETRO, FACILITATOR: 'name', PARTICIPANTS: 'names',
    });
  });

  it('fills FACILITATOR and PARTICIPANTS from the roster', () => {
    const variables = buildVariables({ team: 'T', today: '2026-11-20', previous: undefined, roster: { facilitator: 'Ben', participants: 'Ana, Ben' } });
    assert.deepEqual([variables['FACILITATOR'], variables['PARTICIPANTS']], ['Ben', 'Ana, Ben']);
  });

  it('builds the variables from a previous retro', () => {
    const prev = previous(FIRST, '2026-11-01-start-stop-continue.md');
    const variables = buildVariables({ team: 'Platform', today: '2026-11-20', previous: prev, iteration: nextIteration(readRetroMeta(FIRST)) });
    assert.equal(variables['TEAM'], 'Platform');
    assert.equal(variables['ITERATION'], '5');
    assert.equal(variables['PREVIOUS_RETRO'], '[2026-11-01-start-stop-continue](2026-11-01-start-stop-continue.md)');
    assert.equal(variables['OPEN_ACTIONS'], carryForward(prev, '2026-11-20').markdown);
  });
});
