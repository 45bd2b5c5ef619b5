import * as assert from 'node:assert/strict';
import { computeInsights } from '../../src/core/insights/compute';
import { renderInsightsBody } from '../../src/core/insights/render';
import { tablePage } from '../../src/core/insights/tables';
import { FIRST_TABLE_ROWS, TABLE_PAGE_ROWS } from '../../src/core/insights/dom';
import { parseInsightsFromWebview, parseInsightsToWebview } from '../../src/protocol/insights';
import { TODAY, doc } from './support/memoryFixture';
import { LABELS } from './support/insightsLabels';

/** 300 retrospectives a day apart from 2025-01-01, each with a roti of 1–5 and one health check. */
const RETROS = 300;
const dateOf = (k: number): string => new Date(Date.UTC(2025, 0, 1 + k)).toISOString().slice(0, 10);
const docs = Array.from({ length: RETROS }, (_, k) => doc({ uri: `file:///r${k}.md`, date: dateOf(k), title: `Retro ${k}`, scores: { roti: 1 + (k % 5), health: { pace: 1 + (k % 3) } } }));
const input = { insights: computeInsights(docs, [], TODAY), labels: LABELS, titleOf: (uri: string) => docs.find((d) => d.uri === uri)?.title };

describe('insights tables, paged', () => {
  it(`the body holds the first ${FIRST_TABLE_ROWS} rows of a long table and a button for the next page`, () => {
    const html = renderInsightsBody(input);
    const follow = html.slice(html.indexOf('data-table="followThrough"'), html.indexOf('</table>', html.indexOf('data-table="followThrough"')));
    assert.equal(follow.match(/<tr><th scope="row">/g)?.length, FIRST_TABLE_ROWS);
    assert.ok(html.includes(`data-more="followThrough" data-next="${FIRST_TABLE_ROWS}">Show ${TABLE_PAGE_ROWS} more (${FIRST_TABLE_ROWS} of ${RETROS})</button>`));
    assert.ok(html.includes(`data-more="scores" data-next="${FIRST_TABLE_ROWS}">Show ${TABLE_PAGE_ROWS} more (${FIRST_TABLE_ROWS} of ${2 * RETROS})</button>`));
  });

  it('every row is reachable page by page, in order, each page only once', () => {
    const seen: string[] = [];
    let offset = 0;
    let pages = 0;
    for (;;) {
      const page = tablePage('followThrough', input, offset);
      seen.push(...page.rows.map((r) => r[1]?.text ?? ''));
      pages += 1;
      if (page.more === null) break;
      assert.equal(page.next, offset + page.rows.length);
      offset = page.next;
    }
    assert.equal(pages, 3); // 50 + 200 + 50
    assert.deepEqual(seen, docs.map((d) => d.date));
  });

  it('a later page of the cadence table gives its first row the gap to the row before it', () => {
    const page = tablePage('cadence', input, FIRST_TABLE_ROWS);
    assert.deepEqual(page.rows[0]?.map((c) => c.text), [dateOf(FIRST_TABLE_ROWS), '1']);
    assert.equal(page.rows[0]?.[0]?.open, `file:///r${FIRST_TABLE_ROWS}.md`);
  });

  it('the scores table pages across its series: roti, then the health check', () => {
    const page = tablePage('scores', input, RETROS - 10);
    assert.deepEqual(page.rows.slice(9, 11).map((r) => [r[0]?.text, r[1]?.text, r[2]?.text]), [['roti', dateOf(RETROS - 1), String(1 + ((RETROS - 1) % 5))], ['pace', dateOf(0), '1']]);
    assert.equal(page.rows.length, TABLE_PAGE_ROWS);
  });

  it('an offset past the end gives no rows and no button', () => {
    assert.deepEqual(tablePage('themes', input, 10_000), { rows: [], total: 0, next: 0, more: null });
  });
});

describe('insights protocol: pages of rows', () => {
  const cases: [string, unknown, unknown][] = [
    ['moreRows', { type: 'moreRows', table: 'cadence', offset: 50 }, { type: 'moreRows', table: 'cadence', offset: 50 }],
    ['moreRows of an unknown table', { type: 'moreRows', table: 'secrets', offset: 50 }, undefined],
    ['moreRows at a negative offset', { type: 'moreRows', table: 'cadence', offset: -1 }, undefined],
    ['moreRows at a fractional offset', { type: 'moreRows', table: 'cadence', offset: 1.5 }, undefined],
  ];
  for (const [name, raw, expected] of cases) it(name, () => assert.deepEqual(parseInsightsFromWebview(raw), expected));

  it('rows: cells keep their text, documents and theme; anything else in a cell is dropped', () => {
    const raw = { type: 'rows', table: 'themes', offset: 0, next: 1, more: null, rows: [[{ text: '<b>x</b>', theme: 'x', script: 'no' }, { text: 'a', open: 'file:///a.md' }]] };
    assert.deepEqual(parseInsightsToWebview(raw), { type: 'rows', table: 'themes', offset: 0, next: 1, more: null, rows: [[{ text: '<b>x</b>', theme: 'x' }, { text: 'a', open: 'file:///a.md' }]] });
  });

  it('rows: a cell without text, or more rows than a page, is not ours', () => {
    assert.equal(parseInsightsToWebview({ type: 'rows', table: 'themes', offset: 0, next: 1, more: null, rows: [[{ open: 'x' }]] }), undefined);
    const tooMany = Array.from({ length: TABLE_PAGE_ROWS + 1 }, () => [{ text: 'x' }]);
    assert.equal(parseInsightsToWebview({ type: 'rows', table: 'themes', offset: 0, next: 1, more: null, rows: tooMany }), undefined);
  });
});
