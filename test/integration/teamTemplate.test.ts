import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/constants';
import { localDate } from '../../src/core/dates';
import { activateExtension, closeAllEditors, markdownEditor, readFile, scratchFolder, waitFor, withSetting, writeFile } from './helpers';

// Issue 13, point 13: Create Team Template writes one front matter (the template's header under
// `learning-loop-template`), and a team template in the older layout, a front matter for the
// header and another for the body, keeps working.

const today = localDate(new Date());

/** A team template as Create Team Template wrote it before: two front-matter blocks back to back. */
const OLD_LAYOUT = [
  '---', 'id: team-old', 'name: Old layout', 'kind: retrospective', '---',
  '---', 'date: ${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}', 'template: team-old', '---', '', '# OLD ${1:retro}', '',
].join('\n');

const insert = (id: string): Thenable<boolean> => vscode.commands.executeCommand<boolean>(Commands.insertTemplate, id);

describe('Team templates: one front matter, the older layout still read', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('Create Team Template writes one front matter, and the copy fills a document without its header', async () => {
    const scratch = await scratchFolder('one-front-matter');
    try {
      await withSetting('templates.folder', scratch.relative, async () => {
        const uri = await vscode.commands.executeCommand<vscode.Uri>(Commands.createTemplate, '4ls', 'our-4ls');
        const copy = await readFile(uri);
        assert.match(copy, /^---\nlearning-loop-template:\n {2}id: our-4ls\n {2}name: 4Ls[^\n]*\n {2}description: [^\n]+\n {2}kind: retrospective\ndate: /, copy.slice(0, 300));
        const fences = copy.split('\n').map((line, i) => (line === '---' ? i : -1)).filter((i) => i >= 0);
        assert.ok(!copy.split('\n')[(fences[1] ?? 0) + 1]?.startsWith('---'), 'no second front matter after the first');

        const editor = await markdownEditor('');
        await waitFor(async () => (await insert('our-4ls')) || undefined, 'the new team template', 15_000);
        const text = editor.document.getText();
        assert.ok(text.startsWith(`---\ndate: ${today}\n`), text.slice(0, 120));
        assert.ok(!text.includes('learning-loop-template') && !text.includes('our-4ls\nname'), text.slice(0, 300));
        assert.match(text, /^# 4Ls retrospective/m);
        assert.match(text, /^template: our-4ls$/m, 'the document names the team template it was made from');
      });
    } finally {
      await closeAllEditors();
      await scratch.remove();
    }
  });

  it('a team template in the older two-block layout is still offered and inserted as before', async () => {
    const scratch = await scratchFolder('two-blocks');
    try {
      await writeFile(vscode.Uri.joinPath(scratch.uri, 'team-old.md'), OLD_LAYOUT);
      await withSetting('templates.folder', scratch.relative, async () => {
        const editor = await markdownEditor('');
        await waitFor(async () => (await insert('team-old')) || undefined, 'the old-layout team template', 15_000);
        assert.equal(editor.document.getText(), `---\ndate: ${today}\ntemplate: team-old\n---\n\n# OLD retro\n`);
        assert.equal(vscode.languages.getDiagnostics(vscode.Uri.joinPath(scratch.uri, 'team-old.md')).length, 0);
      });
    } finally {
      await closeAllEditors();
      await scratch.remove();
    }
  });
});
