import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { computeInsights } from '../../src/core/insights/compute';
import { renderInsightsBody } from '../../src/core/insights/render';
import { cadenceChart, followThroughChart, niceTicks, shortLabel } from '../../src/core/insights/charts';
import { dayFormat } from '../../src/core/insights/dayFormat';
import type { RetrospectiveFigures } from '../../src/core/insights/model';
import { ACTIONS, DOCUMENTS, TODAY } from './support/memoryFixture';
import { LABELS } from './support/insightsLabels';

const words = (locale = 'en') => ({ labels: LABELS, days: dayFormat(locale) });
const retro = (date: string, done: number, dropped: number, open: number, carriedIn = 0): RetrospectiveFigures =>
  ({ uri: `file:///${date}.md`, date, raised: done + dropped + open, done, dropped, open, carriedIn });

/** The rects of a chart as numbers. */
function rects(svg: string): { x: number; y: number; width: number; height: number }[] {
  return Array.from(svg.matchAll(/<rect class="[^"]*" x="([\d.-]+)" y="([\d.-]+)" width="([\d.-]+)" height="([\d.-]+)"/g))
    .map((m) => ({ x: Number(m[1]), y: Number(m[2]), width: Number(m[3]), height: Number(m[4]) }));
}

/** The axis labels (text and x) under a chart's plot, from `minY` down; a year on a label's second line (a tspan) follows it. */
function axisTexts(svg: string, minY: number): { x: number; y: number; text: string }[] {
  return Array.from(svg.matchAll(/<text class="ll-axis" x="([\d.-]+)" y="([\d.-]+)"[^>]*>([^<]*)(?:<tspan x="[\d.-]+" dy="1.2em">([^<]*)<\/tspan>)?</g))
    .filter((m) => Number(m[2]) >= minY)
    .flatMap((m) => [{ x: Number(m[1]), y: Number(m[2]), text: m[3] ?? '' }, ...(m[4] === undefined ? [] : [{ x: Number(m[1]), y: Number(m[2]), text: m[4] }])]);
}

describe('dayFormat: dates people read', () => {
  const cases: [string | undefined, string, string, string, string][] = [
    ['en', '2026-11-14', 'Nov 14, 2026', 'Nov 14', '2026'],
    ['de', '2026-11-14', '14. Nov. 2026', '14. Nov.', '2026'],
    ['fr', '2026-01-02', '2 janv. 2026', '2 janv.', '2026'],
    // An unknown display language tag: the ISO date, never a guess.
    ['not a locale!', '2026-11-14', '2026-11-14', '2026-11-14', ''],
    // Not a calendar day: shown as written.
    ['en', '2026-02-30', '2026-02-30', '2026-02-30', ''],
  ];
  for (const [locale, date, long, short, year] of cases) {
    it(`${String(locale)} ${date} → ${long} / ${short} / ${year || '(none)'}`, () => {
      const f = dayFormat(locale);
      assert.equal(f.long(date), long);
      assert.equal(f.short(date), short);
      assert.equal(f.year(date), year);
    });
  }
  it('a day is the same day in every time zone (formatted in UTC)', () => {
    assert.equal(dayFormat('en').long('2026-01-01'), 'Jan 1, 2026');
    assert.equal(dayFormat('en').long('2026-12-31'), 'Dec 31, 2026');
  });
});

describe('niceTicks', () => {
  it('steps of 1, 2 or 5 × 10ⁿ from 0, the last at or above the maximum, at most 6 ticks', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), (max) => {
      const ticks = niceTicks(max);
      const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
      assert.equal(ticks[0], 0);
      assert.ok((ticks[ticks.length - 1] ?? 0) >= max, `${max}: ${ticks.join(',')}`);
      assert.ok(ticks.length <= 7, `${max}: ${ticks.join(',')}`);
      assert.match(String(step), /^[125]0*$/);
    }));
  });
  const cases: [number, number[]][] = [[3, [0, 1, 2, 3]], [7, [0, 2, 4, 6, 8]], [12, [0, 5, 10, 15]], [50, [0, 10, 20, 30, 40, 50]]];
  for (const [max, ticks] of cases) it(`${max} → ${ticks.join(', ')}`, () => assert.deepEqual(niceTicks(max), ticks));
});

describe('followThroughChart', () => {
  it('one retrospective: one narrow column in the middle, not the whole width', () => {
    const svg = followThroughChart([retro('2026-11-14', 1, 0, 2)], words());
    const bars = rects(svg);
    assert.equal(bars.length, 2); // done, open
    for (const b of bars) assert.ok(b.width <= 30, `width ${b.width}`);
    const centre = (bars[0]?.x ?? 0) + (bars[0]?.width ?? 0) / 2;
    assert.ok(Math.abs(centre - (36 + (640 - 36 - 40) / 2)) < 20, `centre ${centre}`);
  });
  it('no column rises above the plot, whatever the counts (7 actions: the axis goes to 8)', () => {
    const svg = followThroughChart([retro('2026-01-05', 3, 1, 3), retro('2026-01-19', 0, 0, 1, 7)], words());
    for (const b of rects(svg)) assert.ok(b.y >= 12 - 0.05, `y ${b.y}`);
    assert.ok(svg.includes('>8</text>'));
  });
  it('axis labels read as days: "Jan 5" and the year under the first and where it changes', () => {
    const svg = followThroughChart([retro('2025-12-15', 1, 0, 0), retro('2026-01-05', 1, 0, 0), retro('2026-01-19', 1, 0, 0)], words());
    const labels = axisTexts(svg, 200).map((t) => t.text);
    assert.deepEqual(labels, ['Dec 15', '2025', 'Jan 5', '2026', 'Jan 19']);
    assert.doesNotMatch(svg, />\d\d-\d\d-\d\d</);
    assert.ok(svg.includes('<title>Jan 5, 2026 · Done: 1</title>'));
  });
  it('in German the labels are German', () => {
    const svg = followThroughChart([retro('2026-03-14', 1, 0, 0)], words('de'));
    assert.deepEqual(axisTexts(svg, 200).map((t) => t.text), ['14. März', '2026']);
  });
  it('is one image with a name and a description in words that points to the table', () => {
    const svg = followThroughChart([retro('2026-01-05', 1, 0, 0), retro('2026-01-19', 1, 0, 0)], words());
    assert.match(svg, /^<svg [^>]*role="img" aria-labelledby="ll-chart-follow-title" aria-describedby="ll-chart-follow-desc"/);
    assert.ok(svg.includes('<desc id="ll-chart-follow-desc">2 retrospectives, Jan 5, 2026 to Jan 19, 2026 See the table.</desc>'));
  });
});

describe('cadenceChart', () => {
  it('retrospectives close together: the drawn date labels never overlap', () => {
    const dates = ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-20', '2026-06-01', '2026-06-02', '2026-12-30'];
    const svg = cadenceChart(dates, words(), dates.map((d) => `file:///${d}.md`));
    const labels = axisTexts(svg, 50).filter((t) => !/^\d{4}$/.test(t.text));
    assert.ok(labels.length >= 3 && labels.length < dates.length, labels.map((l) => l.text).join(' | '));
    for (let k = 1; k < labels.length; k++) assert.ok((labels[k]?.x ?? 0) - (labels[k - 1]?.x ?? 0) >= 72, labels.map((l) => `${l.text}@${l.x}`).join(' | '));
    assert.equal(labels[labels.length - 1]?.text, 'Dec 30'); // the newest always
  });
});

describe('the panel body for assistive technology', () => {
  const html = renderInsightsBody({ insights: computeInsights(DOCUMENTS, ACTIONS, TODAY), labels: LABELS, titleOf: () => undefined, locale: 'en' });
  it('every table has a caption, column headers and a header per row', () => {
    const tables = html.match(/<table[\s\S]*?<\/table>/g) ?? [];
    assert.ok(tables.length >= 5);
    for (const t of tables) {
      assert.match(t, /^<table[^>]*><caption>[^<]+<\/caption><thead><tr>(<th scope="col">[^<]+<\/th>)+<\/tr><\/thead>/);
      const rows = t.match(/<tr>(?!<th scope="col">)/g)?.length ?? 0;
      assert.equal(t.match(/<tr><th scope="row">/g)?.length ?? 0, rows);
    }
  });
  it('every chart is an image with a description', () => {
    const charts = html.match(/<svg [^>]*>/g) ?? [];
    assert.equal(charts.length, 5);
    for (const c of charts) assert.match(c, /role="img" aria-labelledby="[\w-]+-title" aria-describedby="[\w-]+-desc"/);
    assert.equal(html.match(/<desc id="[\w-]+-desc">[^<]*See the table\.<\/desc>/g)?.length, 5);
  });
  it('every row of a document opens it from a button in its first cell (reachable with Tab, opened with Enter)', () => {
    for (const id of ['followThrough', 'stuck', 'cadence']) {
      const t = html.slice(html.indexOf(`data-table="${id}"`), html.indexOf('</table>', html.indexOf(`data-table="${id}"`)));
      const rows = t.match(/<tr><th scope="row">/g)?.length ?? 0;
      assert.ok(rows > 0, id);
      assert.equal(t.match(/<tr><th scope="row"><button type="button" class="ll-link" data-open="file:\/\/\/[^"]+">/g)?.length, rows, id);
    }
  });
  it('dates in table cells and the summary never break at their hyphens; the summary date reads as words', () => {
    assert.ok(html.includes('<td><span class="ll-nowrap">2026-01-05</span></td>'), 'a raised-on date');
    assert.doesNotMatch(html, /<t[dh][^>]*>[^<]*\d{4}-\d{2}/); // every ISO date or month in a cell is wrapped
    assert.match(html, /\(as of <time class="ll-nowrap" datetime="2026-03-01">Mar 1, 2026<\/time>\)<\/p>/);
  });
  it('an owner is written @name everywhere: the stuck table as the owners chart', () => {
    const stuck = html.slice(html.indexOf('data-table="stuck"'), html.indexOf('</table>', html.indexOf('data-table="stuck"')));
    assert.ok(stuck.includes('<td>@ana</td>'), stuck);
  });
  it('each "Show as table" is described by its section heading', () => {
    const summaries = html.match(/<summary[^>]*>/g) ?? [];
    assert.equal(summaries.length, 5);
    for (const sm of summaries) {
      const id = /aria-describedby="([\w-]+)"/.exec(sm)?.[1] ?? '';
      assert.ok(html.includes(`<h2 id="${id}">`), sm);
    }
  });
});

describe('insights charts: a bar label cut short', () => {
  const cases: [string, string][] = [
    ['on-call', 'on-call'],
    ['a'.repeat(20), 'a'.repeat(20)],
    ['a'.repeat(21), `${'a'.repeat(19)}…`],
    ['😀'.repeat(10), '😀'.repeat(10)],
    ['😀'.repeat(20), '😀'.repeat(20)],
    ['😀'.repeat(21), `${'😀'.repeat(19)}…`],
  ];
  for (const [label, shown] of cases) {
    it(`${JSON.stringify(label)} → ${JSON.stringify(shown)}, no lone surrogate`, () => {
      assert.equal(shortLabel(label), shown);
      assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(shortLabel(label)));
    });
  }
});
