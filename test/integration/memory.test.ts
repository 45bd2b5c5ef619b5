import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/constants';
import { localDate } from '../../src/core/dates';
import type { LearningLoopApi } from '../../src/extension';
import { activateExtension, closeAllEditors, editInEditor, readFile, waitFor, workspaceFolder, writeFile } from './helpers';

const today = localDate(new Date());

async function api(): Promise<LearningLoopApi> {
  const extension = await activateExtension();
  const exports = extension.exports as LearningLoopApi;
  await exports.memory.ready();
  return exports;
}

/** A retrospective of this suite's own, removed afterwards so the other suites see the fixture as it was. */
function retro(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, 'docs', 'retrospectives', name);
}

const MINE = retro('2020-01-15-memory-suite.md');
const ORIGINAL = [
  '---', 'date: 2020-01-15', '---', '# Memory suite', '', '## Action items', '',
  '- [ ] Rotate the staging keys @ana due:2020-02-01',
  '- [ ] Write the release checklist @bo',
  '- [x] Clean the board @cy done:2020-01-16',
  'Not an item',
  '',
].join('\n');

describe('the memory: actions(), and complete / reopen / drop through the commands', () => {
  before(async () => {
    await writeFile(MINE, ORIGINAL);
    const { memory } = await api();
    await memory.reindex();
  });
  afterEach(closeAllEditors);
  after(async () => {
    await vscode.workspace.fs.delete(MINE);
    const { memory } = await api();
    await memory.reindex();
  });

  it('actions() holds the fixture\'s actions with owner, status, kind and where they were raised', async () => {
    const { memory } = await api();
    const byText = new Map(memory.actions().map((a) => [a.text, a]));
    const automate = byText.get('Automate the flux capacitor run');
    assert.deepEqual([automate?.status, automate?.owner, automate?.kind, automate?.raised.date, automate?.raised.line], ['open', 'kai', 'retrospective', '2026-10-30', 13]);
    assert.equal(byText.get('Book the review room')?.status, 'done');
    assert.equal(byText.get('Book the review room')?.doneDate, '2026-10-30');
    assert.deepEqual([byText.get('Alert on a rising login error rate')?.kind, byText.get('Alert on a rising login error rate')?.owner], ['postmortem', 'ana']);
    const rotate = byText.get('Rotate the staging keys');
    assert.deepEqual([rotate?.overdue, rotate?.due, rotate?.latest.uri], [true, '2020-02-01', MINE.toString()]);
  });

  it('complete: checks the box and stamps today, one undo step, saved', async () => {
    const { memory } = await api();
    const action = memory.actions().find((a) => a.text === 'Rotate the staging keys');
    assert.ok(action);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(MINE));
    assert.equal(await vscode.commands.executeCommand(Commands.completeAction, action), true);
    const expected = ORIGINAL.replace('- [ ] Rotate the staging keys @ana due:2020-02-01', `- [x] Rotate the staging keys @ana due:2020-02-01 done:${today}`);
    assert.equal(await readFile(MINE), expected);
    assert.equal(editor.document.isDirty, false);
    assert.equal(memory.actions().find((a) => a.text === 'Rotate the staging keys')?.status, 'done');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), ORIGINAL);
    await editor.document.save();
  });

  it('drop with a reason, then reopen by { uri: string, line }: the text returns to what it was', async () => {
    const { memory } = await api();
    const line = ORIGINAL.split('\n').indexOf('- [ ] Write the release checklist @bo');
    assert.equal(await vscode.commands.executeCommand(Commands.dropAction, { uri: MINE, line }, 'done by another team'), true);
    assert.match(await readFile(MINE), new RegExp(`^- \\[x\\] ~~Write the release checklist~~ dropped:${today} — done by another team @bo$`, 'm'));
    await waitFor(() => memory.actions().find((a) => a.text === 'Write the release checklist')?.status === 'dropped', 'the drop in actions()');
    assert.equal(await vscode.commands.executeCommand(Commands.reopenAction, { uri: MINE.toString(), line }), true);
    assert.equal(await readFile(MINE), ORIGINAL);
  });

  it('an edit left unsaved stays unsaved: the command edits the buffer only', async () => {
    const document = await vscode.workspace.openTextDocument(MINE);
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((b) => b.insert(new vscode.Position(document.lineCount - 1, 0), 'typed, not saved\n'));
    const line = ORIGINAL.split('\n').indexOf('- [ ] Write the release checklist @bo');
    assert.equal(await vscode.commands.executeCommand(Commands.completeAction, { uri: MINE, line }), true);
    assert.equal(document.isDirty, true);
    assert.equal(await readFile(MINE), ORIGINAL, 'the file on disk is untouched');
    assert.match(document.getText(), new RegExp(`- \\[x\\] Write the release checklist @bo done:${today}`));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('bad input changes nothing: a line without an item, a stale action, a missing file, garbage', async () => {
    const { memory } = await api();
    const notAnItem = ORIGINAL.split('\n').indexOf('Not an item');
    assert.equal(await vscode.commands.executeCommand(Commands.completeAction, { uri: MINE, line: notAnItem }), false);
    const stale = { ...memory.actions().find((a) => a.text === 'Write the release checklist'), text: 'Something else entirely' };
    assert.equal(await vscode.commands.executeCommand(Commands.completeAction, stale), false);
    assert.equal(await vscode.commands.executeCommand(Commands.completeAction, { uri: retro('no-such-file.md'), line: 0 }), false);
    assert.equal(await vscode.commands.executeCommand(Commands.completeAction, { uri: 42, line: 'x' }), false);
    assert.equal(await vscode.commands.executeCommand(Commands.reopenAction, { uri: MINE, line: ORIGINAL.split('\n').indexOf('- [ ] Write the release checklist @bo') }), false);
    assert.equal(await readFile(MINE), ORIGINAL);
  });

  it('open: shows the latest occurrence at its line', async () => {
    const { memory } = await api();
    const action = memory.actions().find((a) => a.text === 'Clean the board');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>(Commands.openAction, action);
    assert.equal(editor.document.uri.toString(), MINE.toString());
    assert.equal(editor.selection.active.line, action?.latest.line);
  });

  it('an edit saved from an editor shows in actions() without a reload', async () => {
    const { memory } = await api();
    await editInEditor(MINE, ORIGINAL.replace('Not an item', '- [ ] Added in the editor @dee due:2099-01-01'));
    const added = await waitFor(() => memory.actions().find((a) => a.text === 'Added in the editor'), 'the new item in actions()');
    assert.deepEqual([added.owner, added.due, added.status, added.overdue], ['dee', '2099-01-01', 'open', false]);
    await editInEditor(MINE, ORIGINAL);
    await waitFor(() => !memory.actions().some((a) => a.text === 'Added in the editor'), 'the item gone again');
  });

  it('reindex() reports what it read', async () => {
    const { memory } = await api();
    const counts = await memory.reindex();
    assert.ok(counts.documents >= 3, JSON.stringify(counts));
    assert.equal(counts.actions, memory.actions().length);
  });
});
