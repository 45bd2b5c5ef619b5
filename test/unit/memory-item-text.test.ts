import * as assert from 'node:assert/strict';
import { detach, share } from '../../src/core/memory/itemText';

describe('memory: the strings the index keeps', () => {
  const cases: [string, string][] = [
    ['ASCII', 'Add a smoke test for the login page'],
    ['Latin-1', 'Café menü × 2'],
    ['beyond Latin-1', 'Write the handoff — then review it 🚀'],
    ['a lone surrogate (no UTF-8 form)', 'broken \uD800 text'],
    ['a leading BOM', '\uFEFFtitle'],
    ['empty', ''],
    ['long', 'x'.repeat(100_000)],
  ];
  for (const [name, text] of cases) {
    it(`detach keeps the text as it is: ${name}`, () => assert.equal(detach(`  ${text}  `.slice(2, -2) || text), text));
  }
  it('share gives the same text back, and again for an equal one', () => {
    const a = share(`2026-${'12-01'}`);
    assert.equal(a, '2026-12-01');
    assert.equal(share(['2026', '12', '01'].join('-')), a);
  });
});
