import * as assert from 'node:assert/strict';
import { newRetroFileName, orderCandidates } from '../../src/core/retro/carryForward';
import { dateFromFileName, readRetroMeta, type RetroMeta } from '../../src/core/retro/retroDoc';

describe('newRetroFileName', () => {
  const cases: { name: string; taken: string[]; expected: string }[] = [
    { name: 'a free name', taken: [], expected: '2026-11-20-4ls.md' },
    { name: 'the name taken', taken: ['2026-11-20-4ls.md'], expected: '2026-11-20-4ls-2.md' },
    { name: '-2 taken too', taken: ['2026-11-20-4ls.md', '2026-11-20-4ls-2.md'], expected: '2026-11-20-4ls-3.md' },
    { name: 'a gap in the numbers', taken: ['2026-11-20-4ls.md', '2026-11-20-4ls-3.md'], expected: '2026-11-20-4ls-2.md' },
    { name: 'other templates the same day', taken: ['2026-11-20-daki.md'], expected: '2026-11-20-4ls.md' },
  ];
  for (const { name, taken, expected } of cases) {
    it(`gives ${expected} with ${name}`, () => {
      const name_ = newRetroFileName('2026-11-20', '4ls', (n) => taken.includes(n));
      assert.equal(name_, expected);
      assert.ok(!taken.includes(name_));
    });
  }
});

describe('dateFromFileName', () => {
  const cases: [string, string | undefined][] = [
    ['2026-11-14-start-stop-continue.md', '2026-11-14'],
    ['2026-11-14.md', '2026-11-14'],
    ['2026-11-14_retro.md', '2026-11-14'],
    ['2026-02-30-4ls.md', undefined],
    ['2026-13-01-4ls.md', undefined],
    ['20261114-4ls.md', undefined],
    ['retro-2026-11-14.md', undefined],
    ['2026-11-145.md', undefined],
    ['README.md', undefined],
  ];
  for (const [name, expected] of cases) {
    it(`${name} → ${expected ?? 'no date'}`, () => assert.equal(dateFromFileName(name), expected));
  }
});

describe('orderCandidates', () => {
  const today = '2026-11-20';
  const cases: { name: string; files: string[]; dated: string[]; undated: string[] }[] = [
    { name: 'an empty folder', files: [], dated: [], undated: [] },
    {
      name: 'newest first, .md only',
      files: ['2026-10-01-4ls.md', '2026-11-14-daki.md', 'notes.txt', '2026-11-01-4ls.MD', '2026-11-15-4ls.md.bak'],
      dated: ['2026-11-14-daki.md', '2026-11-01-4ls.MD', '2026-10-01-4ls.md'], undated: [],
    },
    {
      name: 'today counts, the future does not',
      files: ['2026-11-20-4ls.md', '2026-11-21-4ls.md', '2027-01-01-daki.md', '2026-11-19-4ls.md'],
      dated: ['2026-11-20-4ls.md', '2026-11-19-4ls.md'], undated: [],
    },
    {
      name: 'the same day: the higher number is the later retro',
      files: ['2026-11-20-4ls.md', '2026-11-20-4ls-3.md', '2026-11-20-4ls-2.md'],
      dated: ['2026-11-20-4ls-3.md', '2026-11-20-4ls-2.md', '2026-11-20-4ls.md'], undated: [],
    },
    {
      name: 'a bare date is not read as a number: the day in "2026-11-20.md" is not a -20',
      files: ['2026-11-20.md', '2026-11-20-4ls-2.md'],
      dated: ['2026-11-20-4ls-2.md', '2026-11-20.md'], undated: [],
    },
    {
      name: 'names without a date go to undated, sorted',
      files: ['team-retro.md', 'README.md', '2026-11-01-4ls.md', '2026-02-30-bad.md'],
      dated: ['2026-11-01-4ls.md'], undated: ['2026-02-30-bad.md', 'README.md', 'team-retro.md'],
    },
  ];
  for (const { name, files, dated, undated } of cases) {
    it(name, () => assert.deepEqual(orderCandidates(files, today), { dated, undated }));
  }
});

describe('readRetroMeta', () => {
  const cases: { name: string; text: string; meta: RetroMeta }[] = [
    { name: 'the fields it reads (team is not one)', text: '---\ndate: 2026-11-14\niteration: 7\nteam: Platform\ntemplate: 4ls\n---\n# R', meta: { date: '2026-11-14', iteration: 7, template: '4ls' } },
    { name: 'CRLF', text: '---\r\ndate: 2026-11-14\r\niteration: 7\r\n---\r\n', meta: { date: '2026-11-14', iteration: 7 } },
    { name: 'a timestamp date', text: '---\ndate: 2026-11-14T10:00:00Z\n---\n', meta: { date: '2026-11-14' } },
    { name: 'a quoted date and iteration', text: '---\ndate: "2026-11-14"\niteration: "7"\n---\n', meta: { date: '2026-11-14', iteration: 7 } },
    { name: 'broken YAML, read line by line', text: '---\ndate: 2026-11-14 # held late\niteration: 7\nteam: R&D: Core\nnotes: [oops\n---\n', meta: { date: '2026-11-14', iteration: 7 } },
    { name: 'broken YAML with quotes', text: '---\ntemplate: "4ls"\nbad: : :\n  - x\n---\n', meta: { template: '4ls' } },
    { name: 'nonsense values', text: '---\ndate: soon\niteration: seven\nteam: ""\n---\n', meta: {} },
    { name: 'no front matter', text: '# Retro\ndate: 2026-11-14\n', meta: {} },
    { name: 'front matter never closed', text: '---\ndate: 2026-11-14\n# Retro\n', meta: {} },
    { name: 'empty front matter', text: '---\n---\n', meta: {} },
  ];
  for (const { name, text, meta } of cases) {
    it(`reads ${name}`, () => assert.deepEqual(readRetroMeta(text), meta));
  }
});

describe('readRetroMeta on hostile front matter', () => {
  it('falls back to reading line by line when YAML refuses (an alias bomb)', () => {
    const bomb = ['---', 'date: 2026-11-01', 'a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]', 'iteration: 3', '---', '# Retro'].join('\n');
    assert.deepEqual(readRetroMeta(bomb), { date: '2026-11-01', iteration: 3 });
  });
});
