import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands, INSIGHTS_VIEW_TYPE } from '../../src/constants';
import type { Insights } from '../../src/core/insights/model';
import type { SearchResult } from '../../src/core/memory/search';
import type { OpenInsightsResult } from '../../src/features/insights/panel';
import { activateExtension, markdownEditor, waitFor, workspaceFolder } from './helpers';

/** The part of the public API these tests use. */
interface MemoryApi {
  ready(): Promise<void>;
  insights(): Insights;
  search(query: string, limit?: number): SearchResult[];
}

const FIRST = 'docs/retrospectives/2024-03-04-insights-fixture.md';
const SECOND = 'docs/retrospectives/2024-03-18-insights-fixture.md';
const OUTAGE = 'docs/postmortems/2024-03-10-insights-fixture-outage.md';

function uriOf(relative: string): string {
  return vscode.Uri.joinPath(workspaceFolder().uri, relative).toString();
}

function insightsTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(INSIGHTS_VIEW_TYPE));
}

describe('Insights and search on the fixture workspace', () => {
  let memory: MemoryApi;
  before(async () => {
    const extension = await activateExtension();
    memory = (extension.exports as { memory: MemoryApi }).memory;
    await memory.ready();
    await waitFor(() => memory.insights().retrospectives.some((r) => r.uri === uriOf(SECOND)), 'the fixture retrospectives in the memory');
  });

  it('insights(): each fixture retrospective raised, done, dropped, open, carried in', () => {
    const rows = memory.insights().retrospectives.filter((r) => r.uri === uriOf(FIRST) || r.uri === uriOf(SECOND));
    assert.deepEqual(rows, [
      // Raised here: the runbook (open), the build image (done), the CLI (dropped).
      { uri: uriOf(FIRST), date: '2024-03-04', raised: 3, done: 1, dropped: 1, open: 1, carriedIn: 0 },
      // Raised here: the canary stage; the runbook was carried in.
      { uri: uriOf(SECOND), date: '2024-03-18', raised: 1, done: 0, dropped: 0, open: 1, carriedIn: 1 },
    ]);
  });

  it('insights(): themes from tags in two documents, without case; scores with bad values left out', () => {
    const insights = memory.insights();
    const theme = (name: string) => insights.themes.find((t) => t.name.toLowerCase() === name);
    assert.deepEqual(theme('insights-fixture') && { ...theme('insights-fixture') }, {
      name: 'insights-fixture', kind: 'tag', documents: 2, first: '2024-03-04', last: '2024-03-18',
      months: [{ month: '2024-03', documents: 2 }], uris: [uriOf(FIRST), uriOf(SECOND)],
    });
    assert.deepEqual(theme('deploys-fixture')?.uris, [uriOf(FIRST), uriOf(OUTAGE)]);
    assert.deepEqual(insights.roti.points.filter((p) => p.uri.includes('insights-fixture')).map((p) => p.value), [4, 2]);
    // `teamwork: seven` in the second retrospective is not a score.
    const teamwork = insights.health.find((s) => s.name === 'teamwork');
    assert.deepEqual(teamwork?.points.filter((p) => p.uri.includes('insights-fixture')).map((p) => p.value), [4]);
  });

  it('insights(): the owners of the open fixture actions', () => {
    const zoe = memory.insights().owners.find((o) => o.owner === 'zoe');
    // The runbook (due 2024-03-20, long past) and the replica-lag alert.
    assert.ok(zoe && zoe.open >= 2 && zoe.overdue >= 1, JSON.stringify(zoe));
  });

  it('search(): a word of the postmortem finds it at its line, first', () => {
    const [top] = memory.search('zebrafish');
    assert.ok(top, 'a result');
    assert.equal(top.uri, uriOf(OUTAGE));
    assert.equal(top.line, 7);
    assert.equal(top.title, 'Insights fixture outage');
    assert.deepEqual(memory.search('zebrafish', 0), []);
  });

  it('openInsights: one tab however often it runs', async () => {
    const first = await vscode.commands.executeCommand<OpenInsightsResult>(Commands.openInsights);
    const second = await vscode.commands.executeCommand<OpenInsightsResult>(Commands.openInsights);
    assert.deepEqual([first.created, second.created], [true, false]);
    await waitFor(() => insightsTabs().length === 1, 'one insights tab');
    await vscode.commands.executeCommand(Commands.openInsights);
    assert.equal(insightsTabs().length, 1);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor(() => insightsTabs().length === 0, 'the insights tab closed');
  });

  it('insertInsightsSummary: a dated digest at the cursor, one undo step', async () => {
    const editor = await markdownEditor('# Notes\n\nBefore.\n', '# Notes\n\n'.length);
    assert.equal(await vscode.commands.executeCommand<boolean>(Commands.insertInsightsSummary), true);
    const text = editor.document.getText();
    assert.match(text, /^# Notes\n\n## Learning insights, \d{4}-\d{2}-\d{2}\n\n\| Figure \| Value \|/);
    assert.ok(text.endsWith('|\n\nBefore.\n'), text.slice(-40));
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), '# Notes\n\nBefore.\n');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('exportActionsCsv to a given file: every action; an existing file is never replaced', async () => {
    const target = vscode.Uri.joinPath(workspaceFolder().uri, 'out-insights-actions.csv');
    try {
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.exportActionsCsv, target);
      assert.equal(written?.toString(), target.toString());
      const csv = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      const lines = csv.split('\r\n');
      assert.match(lines[0] ?? '', /^text,status,owner,due,overdue,/);
      assert.ok(lines.some((l) => l.startsWith('Insights fixture: add a canary stage,open,yan,')), csv);
      assert.equal(await vscode.commands.executeCommand(Commands.exportActionsCsv, target), undefined);
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), csv);
    } finally {
      await vscode.workspace.fs.delete(target);
    }
  });
});
