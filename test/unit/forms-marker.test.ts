import * as assert from 'node:assert/strict';
import { readLines } from '../../src/core/markdown';
import { readMarkerItems } from '../../src/core/memory/forms/marker';
import { seen, type Seen } from './support/forms';

describe('forms: marker lines', () => {
  const one: [string, Seen | undefined][] = [
    ['ACTION: Write the runbook', { line: 0, text: 'Write the runbook', status: 'open' }],
    ['Action: write the runbook', { line: 0, text: 'write the runbook', status: 'open' }],
    ['action item: write the runbook @ana', { line: 0, text: 'write the runbook', status: 'open', owner: 'ana' }],
    ['Action Item: write the runbook', { line: 0, text: 'write the runbook', status: 'open' }],
    ['Action point: write the runbook', { line: 0, text: 'write the runbook', status: 'open' }],
    ['AI: Ana to write the runbook', { line: 0, text: 'Ana to write the runbook', status: 'open' }],
    ['ai: write the runbook', { line: 0, text: 'write the runbook', status: 'open' }],
    ['TODO: write the runbook by 2027-01-04', { line: 0, text: 'write the runbook', status: 'open', due: '2027-01-04' }],
    ['To-do: write the runbook', { line: 0, text: 'write the runbook', status: 'open' }],
    ['**ACTION:** write the runbook', { line: 0, text: 'write the runbook', status: 'open' }],
    ['**ACTION**: write the runbook', { line: 0, text: 'write the runbook', status: 'open' }],
    ['__TODO:__ write the runbook', { line: 0, text: 'write the runbook', status: 'open' }],
    ['- ACTION: write the runbook (Ana)', { line: 0, text: 'write the runbook', status: 'open', owner: 'Ana' }],
    ['1. TODO: write the runbook', { line: 0, text: 'write the runbook', status: 'open' }],
    ['TODO(bo): write the runbook', { line: 0, text: 'write the runbook', status: 'open', owner: 'bo' }],
    ['**TODO(@bo):** write the runbook', { line: 0, text: 'write the runbook', status: 'open', owner: 'bo' }],
    ['~~ACTION: write the runbook~~', { line: 0, text: 'write the runbook', status: 'done' }],
    ['ACTION: ~~write the runbook~~ done:2026-11-20', { line: 0, text: 'write the runbook', status: 'done', doneDate: '2026-11-20' }],
    ['ACTION: write the runbook (done)', { line: 0, text: 'write the runbook', status: 'done' }],
    ['ACTION: write the runbook — wontfix', { line: 0, text: 'write the runbook', status: 'dropped' }],
    ['ACTION:', undefined],
    ['ACTION: {{ what }}', undefined],
    ['ACTIONS: a list', undefined],
    ['Transaction: failed', undefined],
    ['Reaction: none', undefined],
    ['Email: ai@example.com', undefined],
    ['> ACTION: quoted', undefined],
    ['# TODO: a heading', undefined],
    ['`TODO: code`', undefined],
    ['The TODO: inside a sentence', undefined],
  ];
  for (const [line, item] of one) {
    it(`reads ${JSON.stringify(line)}`, () => {
      const { items } = readMarkerItems(readLines(line), {}, () => false);
      assert.deepEqual(seen(items), item ? [item] : []);
      for (const i of items) assert.equal(i.form, 'marker');
    });
  }

  it('reads continuation lines and sub-bullets as part of the item, the next marker as a new one', () => {
    const doc = ['ACTION: write the runbook for', 'the cache layer', '  - Owner: @ana', 'TODO: next one', '', 'Paragraph.'];
    const { items } = readMarkerItems(readLines(doc.join('\n')), {}, () => false);
    assert.deepEqual(seen(items, true), [
      { line: 0, endLine: 2, text: 'write the runbook for the cache layer', status: 'open', owner: 'ana' },
      { line: 3, endLine: 3, text: 'next one', status: 'open' },
    ]);
  });

  it('skips lines already read as another form, and code blocks', () => {
    const doc = ['- TODO: under a heading', '```', 'TODO: in code', '```', 'TODO: real'];
    const { items } = readMarkerItems(readLines(doc.join('\n')), {}, (l) => l === 0);
    assert.deepEqual(seen(items), [{ line: 4, text: 'real', status: 'open' }]);
  });

  it('reads a numeric due date in the team\'s order, and without it says which setting would', () => {
    const doc = ['ACTION: renew the staging certificate @gus by 04/05/2027'];
    const plain = readMarkerItems(readLines(doc.join('\n')), {}, () => false);
    assert.deepEqual([plain.items[0]?.due, plain.problems.map((p) => p.line)], [undefined, [0]]);
    assert.match(plain.problems[0]?.message ?? '', /learningLoop\.dates\.order/);
    const dmy = readMarkerItems(readLines(doc.join('\n')), { dateOrder: 'dmy' }, () => false);
    assert.deepEqual([dmy.items[0]?.text, dmy.items[0]?.due, dmy.problems], ['renew the staging certificate', '2027-05-04', []]);
  });
});
