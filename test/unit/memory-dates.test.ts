import * as assert from 'node:assert/strict';
import { dateFromFileName, findDue, isRealDate, readDate, readTomlFrontMatter, type DateOrder } from '../../src/core/memory/dates';

describe('dates: one written date', () => {
  const cases: { text: string; order?: DateOrder; date: string | undefined }[] = [
    { text: '2026-12-15', date: '2026-12-15' },
    { text: ' 2026-12-15 ', date: '2026-12-15' },
    { text: '**2026-12-15**', date: '2026-12-15' },
    { text: '2026-02-30', date: undefined },
    { text: '2024-02-29', date: '2024-02-29' },
    { text: '2023-02-29', date: undefined },
    { text: '2026-13-01', date: undefined },
    { text: 'March 3rd, 2027', date: '2027-03-03' },
    { text: 'March 3 2027', date: '2027-03-03' },
    { text: 'Sept. 21st, 2025', date: '2025-09-21' },
    { text: 'sep 21, 2025', date: '2025-09-21' },
    { text: '4 July 2030', date: '2030-07-04' },
    { text: '22nd of November 2029', date: '2029-11-22' },
    { text: 'February 31, 2027', date: undefined },
    { text: 'March 3rd', date: undefined },
    { text: 'Marchy 3, 2027', date: undefined },
    { text: '5/6/2031', date: undefined },
    { text: '5/6/2031', order: 'mdy', date: '2031-05-06' },
    { text: '5/6/2031', order: 'dmy', date: '2031-06-05' },
    { text: '13/6/2031', order: 'mdy', date: undefined },
    { text: '13.6.2031', order: 'dmy', date: '2031-06-13' },
    { text: '13/6-2031', order: 'dmy', date: undefined },
    { text: '5/6/31', order: 'mdy', date: undefined },
    { text: 'next week', date: undefined },
    { text: '2026-12-15 and more', date: undefined },
  ];
  for (const { text, order, date } of cases) {
    it(`reads ${JSON.stringify(text)}${order ? ` (${order})` : ''} as ${date ?? 'no date'}`, () => {
      assert.equal(readDate(text, order), date);
    });
  }

  it('knows real calendar dates exactly', () => {
    assert.equal(isRealDate('2026-12-15'), true);
    assert.equal(isRealDate('2026-02-30'), false);
    assert.equal(isRealDate('2026-12-15 '), false);
    assert.equal(isRealDate('1900-02-29'), false);
    assert.equal(isRealDate('2000-02-29'), true);
  });
});

describe('dates: a due date inside an item', () => {
  const cases: { text: string; order?: DateOrder; due: string | undefined; clause?: string }[] = [
    { text: 'Rotate the keys due:2026-12-15', due: '2026-12-15', clause: 'due:2026-12-15' },
    { text: 'Rotate the keys due: 2026-12-15 please', due: '2026-12-15', clause: 'due: 2026-12-15' },
    { text: 'Rotate the keys by 2026-12-15', due: '2026-12-15', clause: 'by 2026-12-15' },
    { text: 'Rotate the keys by January 23rd, 2029', due: '2029-01-23', clause: 'by January 23rd, 2029' },
    { text: 'Rotate the keys (due 31 August 2028)', due: '2028-08-31', clause: '(due 31 August 2028)' },
    { text: 'Rotate the keys, deadline: 2028-08-31', due: '2028-08-31', clause: 'deadline: 2028-08-31' },
    { text: 'Rotate the keys Due by March 1, 2028', due: '2028-03-01', clause: 'Due by March 1, 2028' },
    { text: 'Rotate the keys by 4/30/2028', due: undefined },
    { text: 'Rotate the keys by 4/30/2028', order: 'mdy', due: '2028-04-30', clause: 'by 4/30/2028' },
    { text: 'Rotate the keys due:2026-02-30', due: undefined },
    { text: 'Replace the service used by 2026-era clients', due: undefined },
    { text: 'Look at the outage of 2026-03-04', due: undefined },
    { text: 'Ask standby people by phone, due 2027-01-02', due: '2027-01-02', clause: 'due 2027-01-02' },
    { text: 'Nearby 2027-01-02', due: undefined },
  ];
  for (const { text, order, due, clause } of cases) {
    it(`finds ${due ?? 'no due'} in ${JSON.stringify(text)}`, () => {
      const found = findDue(text, order);
      assert.equal(found?.due, due);
      if (found) assert.equal(text.slice(found.start, found.end), clause);
    });
  }
});

describe('dates: document dates from file names', () => {
  const cases: { name: string; date: string | undefined }[] = [
    { name: '2021-12-10-retro.md', date: '2021-12-10' },
    { name: '2021-12-10.md', date: '2021-12-10' },
    { name: '2021.12.10 sprint 4.md', date: '2021-12-10' },
    { name: '2021_12_10_incident.md', date: '2021-12-10' },
    { name: '20211210_database-outage.md', date: '2021-12-10' },
    { name: 'postmortem-20211210.md', date: '2021-12-10' },
    { name: 'incident-2021-12-10-api.md', date: '2021-12-10' },
    { name: '2021-02-30-retro.md', date: undefined },
    { name: '2021-12.10-retro.md', date: undefined },
    { name: 'ticket-12345678.md', date: undefined },
    { name: '202112100.md', date: undefined },
    { name: 'retro.md', date: undefined },
  ];
  for (const { name, date } of cases) {
    it(`reads ${date ?? 'no date'} from ${name}`, () => assert.equal(dateFromFileName(name), date));
  }
});

describe('dates: TOML front matter', () => {
  it('reads a TOML local date and where the body starts', () => {
    const doc = '+++\ntitle = "Sprint 9"\ndate = 2026-11-14\n+++\n# Sprint 9\n';
    assert.deepEqual(readTomlFrontMatter(doc), { date: '2026-11-14', bodyLine: 4 });
  });

  it('reads a date-time, a quoted date and CRLF lines', () => {
    assert.equal(readTomlFrontMatter('+++\r\ndate = 2026-11-14T18:30:00-05:00\r\n+++\r\n')?.date, '2026-11-14');
    assert.equal(readTomlFrontMatter('+++\ndate = "2026-11-14"\n+++\n')?.date, '2026-11-14');
  });

  it('has no date when the front matter names none', () => {
    assert.deepEqual(readTomlFrontMatter('+++\ntitle = "x"\n+++\n'), { bodyLine: 3 });
  });

  it('is not TOML front matter without +++ on the first line', () => {
    assert.equal(readTomlFrontMatter('---\ndate: 2026-11-14\n---\n'), undefined);
    assert.equal(readTomlFrontMatter('# Title\n+++\ndate = 2026-11-14\n+++\n'), undefined);
  });

  it('reports a date that is not in the calendar at its line, not rolled into March', () => {
    const read = readTomlFrontMatter('+++\ntitle = "x"\ndate = 2026-02-30\n+++\n');
    assert.equal(read?.date, undefined);
    assert.equal(read?.problem?.line, 2);
  });

  it('reports TOML it cannot parse at its line, and one never closed', () => {
    const bad = readTomlFrontMatter('+++\ntitle = "x"\ndate = \n+++\n');
    assert.equal(bad?.date, undefined);
    assert.equal(bad?.problem?.line, 2);
    const open = readTomlFrontMatter('+++\ndate = 2026-11-14\n# no end\n');
    assert.equal(open?.date, undefined);
    assert.match(open?.problem?.message ?? '', /not closed/);
  });
});
