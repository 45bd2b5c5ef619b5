// The settings no other test turns: hovers and preview marks switched off and on again.
// (learningLoop.templates.folder is tested with the templates, retrospectives.folder with New
// Retrospective.) Each test restores what it set.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import MarkdownIt from 'markdown-it';
import { activateExtension, closeAllEditors, hoverTexts, markdownEditor, waitFor, withSetting } from './helpers';

/** What our hover contributes at a position (VS Code's own hovers left out). */
async function ourHovers(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  return (await hoverTexts(uri, position)).filter((t) => t.includes('Compare the two concepts'));
}

describe('Settings', () => {
  let exports: { extendMarkdownIt: (md: MarkdownIt) => MarkdownIt };

  before(async () => {
    exports = (await activateExtension()).exports as typeof exports;
  });
  afterEach(closeAllEditors);

  it('learningLoop.hover.enabled: false silences the hover, true brings it back', async () => {
    const editor = await markdownEditor('We study organizational learning here.\n', 0);
    const at = new vscode.Position(0, 'We study org'.length);
    assert.equal((await ourHovers(editor.document.uri, at)).length, 1, 'on by default');
    await withSetting('hover.enabled', false, async () => {
      await waitFor(async () => (await ourHovers(editor.document.uri, at)).length === 0, 'the hover switched off');
    });
    await waitFor(async () => (await ourHovers(editor.document.uri, at)).length === 1, 'the hover back on');
  });

  it('learningLoop.preview.enabled: false renders the preview without term marks, true marks them again', async () => {
    const md = exports.extendMarkdownIt(new MarkdownIt());
    const marked = (): boolean => md.render('We study organizational learning here.').includes('class="ll-term"');
    assert.equal(marked(), true, 'on by default');
    await withSetting('preview.enabled', false, async () => {
      await waitFor(() => !marked(), 'the marks switched off');
    });
    await waitFor(() => marked(), 'the marks back on');
  });
});
