import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/constants';
import { activateExtension, closeAllEditors, readFile, scratchFolder, waitFor, withSetting, writeFile } from './helpers';

// Issue 13, point 12: a new retrospective offers the last one's participants and passes
// facilitating on to the next of them.

const LAST = [
  '---',
  'date: 2026-11-06',
  'iteration: 3',
  'facilitator: Ana',
  'participants: Ana, Ben, Chen',
  'template: 4ls',
  '---',
  '',
  '# 4Ls retrospective',
  '',
].join('\n');

describe('New Retrospective: participants and facilitator from the last retrospective', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('prefills the participants, rotates the facilitator on every new retro, and never touches the old one', async () => {
    const scratch = await scratchFolder('roster');
    try {
      await withSetting('retrospectives.folder', scratch.relative, async () => {
        const last = vscode.Uri.joinPath(scratch.uri, '2026-11-06-4ls.md');
        await writeFile(last, LAST);
        const frontMatterOf = async (uri: vscode.Uri): Promise<string> => (await readFile(uri)).split('\n---\n')[0] ?? '';

        const first = await vscode.commands.executeCommand<vscode.Uri>(Commands.newRetrospective, 'start-stop-continue');
        await waitFor(() => vscode.window.activeTextEditor?.document.isDirty === false, 'the new retrospective saved');
        const firstMatter = await frontMatterOf(first);
        assert.match(firstMatter, /^facilitator: Ben$/m, firstMatter);
        assert.match(firstMatter, /^participants: Ana, Ben, Chen$/m, firstMatter);
        assert.match(firstMatter, /^iteration: 4$/m, firstMatter);

        // The one just made is now the last retro: the turn passes on again.
        await closeAllEditors();
        const second = await vscode.commands.executeCommand<vscode.Uri>(Commands.newRetrospective, 'mad-sad-glad');
        await waitFor(() => vscode.window.activeTextEditor?.document.isDirty === false, 'the second retrospective saved');
        assert.notEqual(second.toString(), first.toString());
        const secondMatter = await frontMatterOf(second);
        assert.match(secondMatter, /^facilitator: Chen$/m, secondMatter);
        assert.match(secondMatter, /^participants: Ana, Ben, Chen$/m, secondMatter);

        assert.equal(await readFile(last), LAST);
      });
    } finally {
      await closeAllEditors();
      await scratch.remove();
    }
  });

  it('keeps the placeholders when no earlier retrospective names anyone', async () => {
    const scratch = await scratchFolder('roster-empty');
    try {
      await withSetting('retrospectives.folder', scratch.relative, async () => {
        const uri = await vscode.commands.executeCommand<vscode.Uri>(Commands.newRetrospective, '4ls');
        await waitFor(() => vscode.window.activeTextEditor?.document.isDirty === false, 'the new retrospective saved');
        const text = await readFile(uri);
        assert.match(text, /^facilitator: name$/m);
        assert.match(text, /^participants: names$/m);
      });
    } finally {
      await closeAllEditors();
      await scratch.remove();
    }
  });
});
