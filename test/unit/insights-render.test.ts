import * as assert from 'node:assert/strict';
import { computeInsights } from '../../src/core/insights/compute';
import { InsightsDomIds, renderInsightsBody } from '../../src/core/insights/render';
import { renderInsightsPage } from '../../src/core/insights/page';
import { MAX_COLUMNS } from '../../src/core/insights/charts';
import { ACTIONS, DOCUMENTS, R1, TODAY, action, doc } from './support/memoryFixture';
import { LABELS } from './support/insightsLabels';

const render = (documents = DOCUMENTS, actions = ACTIONS) =>
  renderInsightsBody({ insights: computeInsights(documents, actions, TODAY), labels: LABELS, titleOf: (uri) => (uri === R1 ? 'First <retro>' : undefined), locale: 'en' });

describe('renderInsightsBody', () => {
  const cases: [string, () => void][] = [
    ['every section has its stable id, the theme list its region', () => {
      const html = render();
      for (const id of [InsightsDomIds.followThrough, InsightsDomIds.timeToDone, InsightsDomIds.owners, InsightsDomIds.cadence, InsightsDomIds.themes, InsightsDomIds.themeDocuments, InsightsDomIds.scores]) {
        assert.ok(html.includes(`id="${id}"`), id);
      }
      assert.ok(!html.includes(`id="${InsightsDomIds.empty}"`));
    }],
    ['figures in words: follow-through 3/7 → 43%, median 8 days, cadence 20 / 21', () => {
      const html = render();
      assert.ok(html.includes('Follow-through: 43%'));
      assert.ok(html.includes('Median: 8 days'));
      assert.ok(html.includes('Median 20 days, longest 21'));
    }],
    ['a chart per figure, drawn with classes and currentColor, never a colour of its own', () => {
      const html = render();
      for (const id of ['ll-chart-follow', 'll-chart-owners', 'll-chart-cadence', 'll-chart-themes', 'll-chart-scores']) assert.ok(html.includes(`id="${id}"`), id);
      assert.doesNotMatch(html, /#[0-9a-f]{3,6}\b|rgb\(|style=/i);
    }],
    ['a theme or title with HTML is shown as text', () => {
      const docs = [doc({ uri: 'file:///a.md', date: '2026-01-01', tags: ['<img src=x onerror=alert(1)>'] }), doc({ uri: 'file:///b.md', date: '2026-01-02', tags: ['<img src=x onerror=alert(1)>'] }), ...DOCUMENTS];
      const html = render(docs);
      assert.ok(!html.includes('<img'));
      assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
      assert.ok(html.includes('First &lt;retro&gt;'));
    }],
    ['an empty memory: the friendly empty state with its Start a retrospective button, no charts, nothing to insert or export', () => {
      const html = render([], []);
      assert.ok(html.includes(`id="${InsightsDomIds.empty}"`));
      assert.ok(html.includes('data-action="startRetro"'));
      assert.ok(!html.includes('<svg'));
      assert.ok(!html.includes('data-action="insertSummary"') && !html.includes('data-action="exportCsv"'));
    }],
    ['retrospectives without a single action: no empty plot, a sentence instead; the table still lists them', () => {
      const html = render([doc({ uri: 'file:///r.md', date: '2026-12-02' })], []);
      assert.ok(!html.includes('id="ll-chart-follow"'));
      assert.ok(html.includes('<p>None yet</p>'));
      assert.ok(html.includes('data-table="followThrough"'));
      assert.ok(html.includes('data-action="insertSummary"'));
    }],
    [`a long history: the chart draws the latest ${MAX_COLUMNS} retrospectives, the table all, and says so`, () => {
      const docs = Array.from({ length: 40 }, (_, k) => doc({ uri: `file:///r${k}.md`, date: `2026-${String(1 + Math.floor(k / 28)).padStart(2, '0')}-${String(1 + (k % 28)).padStart(2, '0')}` }));
      const html = render(docs, docs.map((d) => action({ text: `do ${d.uri}`, status: 'open', raised: [d.uri, 3, d.date] })));
      const follow = html.slice(html.indexOf('id="ll-chart-follow"'), html.indexOf('</svg>', html.indexOf('id="ll-chart-follow"')));
      assert.equal(follow.match(/<text[^>]*>[A-Z][a-z]{2} \d{1,2}</g)?.length ?? 0, 8); // axis labels ("Feb 13") thinned to 8
      assert.ok(html.includes(`Shows ${MAX_COLUMNS} of 40`));
      assert.equal(html.match(/<tr><th scope="row"><button/g)?.length ?? 0, 80); // 40 follow-through rows + 40 cadence rows
    }],
  ];
  for (const [name, check] of cases) it(name, check);
});

describe('renderInsightsPage', () => {
  it('a strict CSP: no default source, only the nonced script, no inline styles', () => {
    const page = renderInsightsPage({ body: '<p>x</p>', nonce: 'abc123', cspSource: 'https://w', scriptUri: 'https://w/i.js', styleUris: ['https://w/b.css', 'https://w/i.css'], title: 'T "q"', scriptLabels: { close: '<Close>' } });
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page)?.[1]?.replace(/&#39;/g, "'") ?? '';
    assert.match(csp, /^default-src 'none';/);
    assert.match(csp, /script-src 'nonce-abc123'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.match(page, /<script nonce="abc123" src="https:\/\/w\/i.js"><\/script>/);
    assert.ok(page.includes('data-labels="{&quot;close&quot;:&quot;&lt;Close&gt;&quot;}"'));
    assert.ok(page.includes('<title>T &quot;q&quot;</title>'));
  });
});
