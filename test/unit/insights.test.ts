import * as assert from 'node:assert/strict';
import { computeInsights } from '../../src/core/insights/compute';
import { median } from '../../src/core/insights/stats';
import { ACTIONS, DOCUMENTS, P1, R1, R2, R3, R4, TODAY, action, doc, item } from './support/memoryFixture';

// Every expected figure below is worked out by hand from the fixture's comment in memoryFixture.ts.
describe('computeInsights on the hand-made memory', () => {
  const insights = computeInsights(DOCUMENTS, ACTIONS, TODAY);
  const cases: [string, () => void][] = [
    ['retrospectives in time order: raised = done + dropped + open, carried copies counted apart', () => {
      assert.deepEqual(insights.retrospectives, [
        // R1 raised A (open), B (done), C (dropped); nothing came in.
        { uri: R1, date: '2026-01-05', raised: 3, done: 1, dropped: 1, open: 1, carriedIn: 0 },
        // R2 raised D (done) and E (open); A was carried in.
        { uri: R2, date: '2026-01-19', raised: 2, done: 1, dropped: 0, open: 1, carriedIn: 1 },
        // R3 raised G (done); A and E were carried in.
        { uri: R3, date: '2026-02-09', raised: 1, done: 1, dropped: 0, open: 0, carriedIn: 2 },
        // R4 raised H (done); A was carried in.
        { uri: R4, date: '2026-03-01', raised: 1, done: 1, dropped: 0, open: 0, carriedIn: 1 },
      ]);
    }],
    ['follow-through: raised before 2026-03-01, any kind, dropped C left out: done B D G / (3 + open A E F K) = 3/7', () => {
      assert.equal(insights.followThrough, 3 / 7);
    }],
    ['median days to done: H 0, G 6, B 10, D 14 → mean of 6 and 10', () => {
      assert.equal(insights.medianDaysToDone, 8);
    }],
    ['stuck: only A is open and carried 3×; E (1×) is not', () => {
      assert.deepEqual(insights.stuck.map((a) => a.text), ['A']);
    }],
    ['cadence: gaps of 14, 21 and 20 days', () => {
      assert.deepEqual(insights.cadence, { medianDays: 20, longestGapDays: 21 });
    }],
    ['themes: terms and tags in ≥ 2 documents, without case, a document once, most first', () => {
      assert.deepEqual(insights.themes.map((t) => [t.name, t.kind, t.documents, t.first, t.last]), [
        ['Blameless', 'term', 4, '2026-01-05', '2026-03-01'], // R1 R2 P1 terms, R4 tag
        ['deploys', 'tag', 3, '2026-01-05', '2026-02-10'], // R1 R2 P1 (P1's 42 is no tag)
        ['Onboarding', 'tag', 2, '2026-01-05', '2026-02-09'], // R1, R3 (twice in R3: once)
        ['Psychological safety', 'term', 2, '2026-02-09', '2026-02-10'], // R3, P1
      ]);
      assert.deepEqual(insights.themes[0]?.months, [{ month: '2026-01', documents: 2 }, { month: '2026-02', documents: 1 }, { month: '2026-03', documents: 1 }]);
      assert.deepEqual(insights.themes[0]?.uris, [R1, R2, P1, R4]);
    }],
    ['roti: R1 4, R2 3, R3 5 (R4\'s 7 is out of range and left out)', () => {
      assert.deepEqual(insights.roti.points.map((p) => [p.uri, p.value]), [[R1, 4], [R2, 3], [R3, 5]]);
      assert.equal(insights.roti.documents, 3);
      assert.equal(insights.roti.mean, 4);
    }],
    ['health: one series per check name without case, most documents first; NaN left out', () => {
      assert.deepEqual(insights.health.map((s) => [s.name, s.documents, s.mean, s.points.map((p) => p.value)]), [
        ['Teamwork', 2, 4.5, [4, 5]],
        ['Pace', 1, 2, [2]],
      ]);
    }],
    ['owners: open and overdue (due before today) per owner, most open first', () => {
      assert.deepEqual(insights.owners, [
        { owner: 'ana', open: 2, overdue: 1 }, // A overdue, K has no due
        { owner: null, open: 1, overdue: 1 }, // F due 02-20
        { owner: 'ben', open: 1, overdue: 0 }, // E due 04-01
      ]);
    }],
    ['totals', () => {
      assert.deepEqual(insights.totals, { documents: 5, actions: 9, open: 4, overdue: 2 });
      assert.equal(insights.today, TODAY);
    }],
  ];
  for (const [name, check] of cases) it(name, check);
});

describe('computeInsights at the edges', () => {
  const r = (uri: string, date: string) => doc({ uri, date });
  const cases: { name: string; run: () => void }[] = [
    {
      name: 'an empty memory: nulls and empty lists, nothing thrown',
      run: () => {
        const i = computeInsights([], [], TODAY);
        assert.deepEqual([i.retrospectives, i.followThrough, i.medianDaysToDone, i.stuck, i.cadence, i.themes, i.health, i.owners],
          [[], null, null, [], { medianDays: null, longestGapDays: null }, [], [], []]);
        assert.deepEqual(i.roti, { name: 'roti', points: [], documents: 0, mean: null });
      },
    },
    {
      name: 'one retrospective: no gap, and nothing raised before it → follow-through null',
      run: () => {
        const i = computeInsights([r(R1, '2026-01-05')], [action({ text: 'x', status: 'done', raised: [R1, 1, '2026-01-05'], doneDate: '2026-01-08' })], TODAY);
        assert.deepEqual(i.cadence, { medianDays: null, longestGapDays: null });
        assert.equal(i.followThrough, null);
        assert.equal(i.medianDaysToDone, 3);
      },
    },
    {
      name: 'postmortems only: no retrospective to measure against → follow-through null',
      run: () => {
        const i = computeInsights([doc({ uri: P1, date: '2026-02-10', kind: 'postmortem' })],
          [action({ text: 'x', status: 'open', raised: [P1, 1, '2026-02-10'], kind: 'postmortem' })], TODAY);
        assert.equal(i.followThrough, null);
        assert.deepEqual(i.retrospectives, []);
      },
    },
    {
      name: 'only dropped actions before the newest retro → follow-through null, not 0',
      run: () => {
        const i = computeInsights([r(R1, '2026-01-05'), r(R2, '2026-01-19')], [action({ text: 'x', status: 'dropped', raised: [R1, 1, '2026-01-05'] })], TODAY);
        assert.equal(i.followThrough, null);
      },
    },
    {
      name: 'stuck: carried exactly 3 counts, 2 does not, done never; oldest first whatever the input order',
      run: () => {
        const actions = [
          action({ text: 'newer', status: 'open', raised: [R2, 1, '2026-01-19'], carried: 3 }),
          action({ text: 'two', status: 'open', raised: [R1, 2, '2026-01-05'], carried: 2 }),
          action({ text: 'done', status: 'done', raised: [R1, 3, '2026-01-05'], carried: 5, doneDate: '2026-02-01' }),
          action({ text: 'older', status: 'open', raised: [R1, 4, '2026-01-05'], carried: 4 }),
        ];
        assert.deepEqual(computeInsights([], actions, TODAY).stuck.map((a) => a.text), ['older', 'newer']);
      },
    },
    {
      name: 'due today is not overdue; due yesterday is',
      run: () => {
        const i = computeInsights([], [
          action({ text: 'today', status: 'open', raised: [R1, 1, '2026-01-05'], owner: 'x', due: TODAY }),
          action({ text: 'yesterday', status: 'open', raised: [R1, 2, '2026-01-05'], owner: 'x', due: '2026-02-28' }),
        ], TODAY);
        assert.deepEqual(i.owners, [{ owner: 'x', open: 2, overdue: 1 }]);
      },
    },
    {
      name: 'a hand-copied item (no carried count) that raised nothing here counts as carried in',
      run: () => {
        const docs = [doc({ uri: R1, date: '2026-01-05', items: [item(1, 'x')] }), doc({ uri: R2, date: '2026-01-19', items: [item(1, 'x'), item(2, 'y')] })];
        const actions = [action({ text: 'x', status: 'open', raised: [R1, 1, '2026-01-05'] }), action({ text: 'y', status: 'open', raised: [R2, 2, '2026-01-19'] })];
        assert.deepEqual(computeInsights(docs, actions, TODAY).retrospectives.map((x) => [x.raised, x.carriedIn]), [[1, 0], [1, 1]]);
      },
    },
    {
      name: 'retrospectives on the same day: a gap of 0 days',
      run: () => {
        assert.deepEqual(computeInsights([r(R1, '2026-01-05'), r(R2, '2026-01-05'), r(R3, '2026-01-12')], [], TODAY).cadence,
          { medianDays: 3.5, longestGapDays: 7 });
      },
    },
  ];
  for (const c of cases) it(c.name, c.run);
});

describe('median', () => {
  const cases: [readonly number[], number | null][] = [[[], null], [[5], 5], [[3, 1, 2], 2], [[4, 1, 3, 2], 2.5], [[10, 0], 5]];
  for (const [values, expected] of cases) it(`of [${values.join(', ')}] is ${String(expected)}`, () => assert.equal(median(values), expected));
});

describe('daysBetween', () => {
  const cases: [string, string, number | undefined][] = [
    ['2026-01-05', '2026-01-19', 14], ['2024-02-28', '2024-03-01', 2], ['2026-02-28', '2026-03-01', 1],
    ['2026-03-01', '2026-02-28', -1], ['2026-02-30', '2026-03-01', undefined], ['2026-13-01', '2026-12-01', undefined], ['x', '2026-01-01', undefined],
  ];
  for (const [a, b, expected] of cases) {
    it(`${a} → ${b}: ${String(expected)}`, async () => {
      const { daysBetween } = await import('../../src/core/insights/stats');
      assert.equal(daysBetween(a, b), expected);
    });
  }
});
