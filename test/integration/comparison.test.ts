import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import comparison from '../../src/content/comparison.json';
import { Commands, COMPARISON_VIEW_TYPE } from '../../src/constants';
import { parseComparison, type Comparison } from '../../src/core/concepts/comparison';
import { toMarkdownTable } from '../../src/core/concepts/markdownTable';
import { type OpenComparisonResult } from '../../src/features/comparison';
import { activateExtension, closeAllEditors, markdownEditor, undoIn, waitFor } from './helpers';

const model: Comparison = (() => {
  const { model: parsed } = parseComparison(comparison);
  assert.ok(parsed, 'the comparison content parses');
  return parsed;
})();

/** The comparison panel's tabs in every group (the tab's viewType may carry a prefix). */
function comparisonTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(COMPARISON_VIEW_TYPE));
}

/** Waits until exactly `count` comparison tabs exist (tab groups update asynchronously). */
async function expectTabs(count: number): Promise<vscode.Tab[]> {
  return waitFor(() => {
    const tabs = comparisonTabs();
    return tabs.length === count ? tabs : undefined;
  }, `${count} comparison tab(s), seeing ${comparisonTabs().length}`);
}

async function open(...args: unknown[]): Promise<OpenComparisonResult> {
  return vscode.commands.executeCommand<OpenComparisonResult>(Commands.openComparison, ...args);
}

async function insertTable(): Promise<boolean> {
  return vscode.commands.executeCommand<boolean>(Commands.insertComparisonTable);
}

describe('Comparison panel', () => {
  before(activateExtension);
  afterEach(async () => {
    await closeAllEditors();
    await expectTabs(0);
  });

  it('opens one panel titled after the content, and reveals it the second time', async () => {
    const first = await open();
    const second = await open();
    assert.equal(first.created, true);
    assert.equal(second.created, false);
    const [tab] = await expectTabs(1);
    assert.equal(tab?.label, 'Organizational Learning vs Learning Organization');
    // The second call settled on the first panel (created: false), so no second one is on its way.
    assert.equal(comparisonTabs().length, 1);
  });

  // [argument, row the panel focuses]
  const rows: [string, string][] = [
    ['culture', 'culture'],
    ['building-blocks', 'building-blocks'],
    ['succession planning', 'manager'],
    ['Organizational memories', 'building-blocks'],
  ];
  for (const [argument, rowId] of rows) {
    it(`focuses the row "${rowId}" for ${JSON.stringify(argument)}`, async () => {
      const result = await open(argument);
      assert.equal(result.rowId, rowId);
      assert.equal(result.notice, undefined);
      await expectTabs(1);
    });
  }

  it('moves between rows in the same panel', async () => {
    assert.equal((await open('stance')).rowId, 'stance');
    const again = await open('manager');
    assert.deepEqual(again, { created: false, rowId: 'manager' });
    await expectTabs(1);
  });

  it('opens anyway, with a notice, for an argument that matches no row', async () => {
    const result = await open('no-such-aspect');
    assert.equal(result.rowId, undefined);
    assert.ok(result.notice?.includes('no-such-aspect'), result.notice);
    assert.equal((await open('also unknown')).created, false);
    await expectTabs(1);
  });

  it('ignores an argument that is not a string (e.g. a Uri from a menu)', async () => {
    const result = await open(vscode.Uri.parse('untitled:x.md'));
    assert.deepEqual(result, { created: true });
    await expectTabs(1);
  });

  it('inserts the table into the last active Markdown editor as one undoable edit', async () => {
    const editor = await markdownEditor('');
    await open();
    await expectTabs(1);
    // The panel has focus now: there is no active text editor, only the one we came from.
    await waitFor(() => vscode.window.activeTextEditor === undefined, 'the panel to take focus');
    assert.equal(await insertTable(), true);
    assert.equal(editor.document.getText(), toMarkdownTable(model));
    await undoIn(editor);
    assert.equal(editor.document.getText(), '');
  });

  it('inserts under an existing title as a section, set apart by blank lines', async () => {
    const before = '# Our retro\n\nNotes';
    const editor = await markdownEditor(before, '# Our retro\n\n'.length);
    await open();
    await expectTabs(1);
    assert.equal(await insertTable(), true);
    assert.equal(editor.document.getText(), `# Our retro\n\n${toMarkdownTable(model, { headingLevel: 2 })}\nNotes`);
  });

  it('puts the table at the end of a file only viewed (cursor at its start), never above its title', async () => {
    const before = '# Handbook\n\nHow we work.\n';
    const editor = await markdownEditor(before, 0);
    await open();
    await expectTabs(1);
    assert.equal(await insertTable(), true);
    const text = editor.document.getText();
    assert.ok(text.startsWith(before), JSON.stringify(text.slice(0, 60)));
    assert.ok(text.includes(toMarkdownTable(model, { headingLevel: 2 })), 'the table, as a section under the title');
  });

  it('refuses when no Markdown editor was active, and edits nothing', async () => {
    const markdown = await markdownEditor('');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor(() => markdown.document.isClosed, 'the Markdown document to close');
    const plain = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'plain' });
    await vscode.window.showTextDocument(plain);
    assert.equal(await insertTable(), false);
    assert.equal(plain.getText(), 'plain');
  });
});
