import * as assert from 'node:assert/strict';
import { computeInsights } from '../../src/core/insights/compute';
import { insightsDigest } from '../../src/core/insights/digest';
import { actionsCsv, csvField } from '../../src/core/insights/csv';
import { ACTIONS, DOCUMENTS, R1, TODAY, action } from './support/memoryFixture';
import { LABELS } from './support/insightsLabels';

describe('insightsDigest', () => {
  const digest = insightsDigest(computeInsights(DOCUMENTS, ACTIONS, TODAY), {
    labels: LABELS, titleOf: (uri) => (uri === R1 ? 'Sprint | 1 <b>' : undefined), linkOf: (uri) => uri.slice(uri.lastIndexOf('/') + 1),
  });
  const cases: [string, () => void][] = [
    ['a dated heading and the summary table', () => {
      assert.ok(digest.startsWith('## Insights 2026-03-01\n\n| Figure | Value |\n| --- | --- |\n| Documents | 5 |\n'));
      assert.ok(digest.includes('| Action items | 9 (Open: 4, Overdue: 2) |'));
      assert.ok(digest.includes('| Follow-through | 43% |'));
      assert.ok(digest.includes('| Time to done | Median: 8 days |'));
      assert.ok(digest.includes('| Cadence | Median 20 days, longest 21 |'));
    }],
    ['one row per retrospective, linked, its title made safe for a cell', () => {
      assert.ok(digest.includes('| [Sprint \\| 1 &lt;b&gt;](<2026-01-05-retro.md>) | 2026-01-05 | 3 | 1 | 1 | 1 | 0 |'));
      assert.equal(digest.match(/^\| \[/gm)?.length, 4); // one per retrospective
    }],
    ['stuck, owners, themes and scores tables', () => {
      assert.ok(digest.includes('| A | @ana | 3 | [Sprint'));
      assert.ok(digest.includes('| @ana | 2 | 1 |\n| nobody | 1 | 1 |\n| @ben | 1 | 0 |'));
      assert.ok(digest.includes('| Blameless | term | 4 | 2026-01-05 | 2026-03-01 |'));
      assert.ok(digest.includes('| roti | 3 | 4 |\n| Teamwork | 2 | 4.5 |\n| Pace | 1 | 2 |'));
    }],
    ['ends in one newline, no blank line lost between blocks', () => {
      assert.ok(digest.endsWith('|\n') && !digest.endsWith('\n\n'));
      assert.doesNotMatch(digest, /\|\n#/);
    }],
  ];
  for (const [name, check] of cases) it(name, check);
});

describe('actionsCsv (RFC 4180)', () => {
  const fields: [string, string][] = [
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+1', "'+1"],
    ['', ''],
  ];
  for (const [input, expected] of fields) it(`${JSON.stringify(input)} → ${expected}`, () => assert.equal(csvField(input), expected));

  it('a header, one CRLF-ended row per action, lines 1-based, overdue from today', () => {
    const csv = actionsCsv([action({ text: 'Fix, then test', status: 'open', raised: [R1, 3, '2026-01-05'], owner: 'ana', due: '2026-01-10', carried: 3 })], TODAY);
    const lines = csv.split('\r\n');
    assert.equal(lines[0], 'text,status,owner,due,overdue,raised_date,raised_uri,raised_line,latest_date,latest_uri,latest_line,carried,done_date,kind,form');
    assert.equal(lines[1], `"Fix, then test",open,ana,2026-01-10,yes,2026-01-05,${R1},4,2026-01-05,${R1},4,3,,retrospective,task`);
    assert.equal(lines[2], '');
    assert.equal(lines.length, 3);
  });

  it('every action of the memory, whatever its status', () => {
    assert.equal(actionsCsv(ACTIONS, TODAY).split('\r\n').length - 2, ACTIONS.length);
  });
});

describe('relatedDocuments', () => {
  it('earlier documents sharing a term or tag (without case), most shared first, then newest', async () => {
    const { relatedDocuments } = await import('../../src/core/insights/related');
    const { P1, R2, R3, R4 } = await import('./support/memoryFixture');
    const p1 = DOCUMENTS.find((d) => d.uri === P1);
    assert.ok(p1);
    // P1 (02-10): Blameless, psychological safety, deploys. R1 shares Blameless + deploys, R2 blameless + Deploys,
    // R3 Psychological safety; R4 is later.
    assert.deepEqual(relatedDocuments(p1, DOCUMENTS).map((r) => [r.document.uri, r.shared]), [
      [R2, ['Blameless', 'deploys']],
      [R1, ['Blameless', 'deploys']],
      [R3, ['psychological safety']],
    ]);
    assert.ok(!relatedDocuments(p1, DOCUMENTS).some((r) => r.document.uri === R4));
  });
});
