import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, editInEditor, hoverTexts, markdownEditor, readFile, waitFor, workspaceFolder, writeFile } from './helpers';

const NESTED_ARRAYS = 50_000;

describe('Hover links and headings (issue 13.8, 13.9)', () => {
  before(activateExtension);
  after(closeAllEditors);

  it('explains no term in a heading, and the same term in prose below it', async () => {
    const editor = await markdownEditor('# Organizational learning\n\nOrganizational learning in prose.\n\nSetext organizational learning\n===\n');
    const ours = async (line: number): Promise<string[]> => (await hoverTexts(editor.document.uri, new vscode.Position(line, 20))).filter((t) => t.includes('Compare the two concepts'));
    assert.equal((await ours(0)).length, 0, 'ATX heading');
    assert.equal((await ours(4)).length, 0, 'setext heading');
    assert.equal((await ours(2)).length, 1, 'prose');
  });

  it('links "Related:" terms to Show Glossary Term and "From:" to the entry, which opens at its line', async () => {
    const glossaryUri = vscode.Uri.joinPath(workspaceFolder().uri, '.learningloop', 'glossary.json');
    const editor = await markdownEditor('The flux capacitor is ready.');
    const hover = await waitFor(async () => (await hoverTexts(editor.document.uri, new vscode.Position(0, 6))).find((t) => t.includes('release checklist')), 'the team term hover', 15_000);
    assert.match(hover, /Related: \[retrospective\]\(command:learningLoop\.showTerm\?%5B%22retrospective%22%5D\)/);
    assert.match(hover, /From: team glossary \[glossary\\?\.json\]\(command:learningLoop\.openGlossaryEntry\?%5B%22flux%20capacitor%22%5D\)/);
    await vscode.commands.executeCommand('learningLoop.openGlossaryEntry', 'flux capacitor');
    const opened = await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === glossaryUri.toString() && vscode.window.activeTextEditor, 'the glossary opened');
    assert.equal(opened.selection.active.line, 2);
  });
});

describe('One bad team glossary', () => {
  let glossaryUri: vscode.Uri;
  let markdownUri: vscode.Uri;
  let original: string;

  before(async () => {
    await activateExtension();
    glossaryUri = vscode.Uri.joinPath(workspaceFolder().uri, '.learningloop', 'glossary.json');
    markdownUri = vscode.Uri.joinPath(workspaceFolder().uri, 'GLOSSARY.md');
    original = await readFile(glossaryUri);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('learningLoop').update('glossary.files', undefined, vscode.ConfigurationTarget.Workspace);
    await editInEditor(glossaryUri, original);
    await vscode.workspace.fs.delete(markdownUri);
    await closeAllEditors();
  });

  it(`(${NESTED_ARRAYS} nested arrays) is reported at its line and leaves GLOSSARY.md working`, async () => {
    await writeFile(markdownUri, '# Our glossary\n\n## Warp drive\n\nThe way we ship a hotfix in one hour.\n');
    await editInEditor(markdownUri, '# Our glossary\n\n## Warp drive\n\nThe way we ship a hotfix in one hour.\n');
    await editInEditor(glossaryUri, `{"terms": [\n${'['.repeat(NESTED_ARRAYS)}${']'.repeat(NESTED_ARRAYS)}]}`);
    // A settings change reloads every glossary at once: the path where one failure used to reject them all.
    await vscode.workspace.getConfiguration('learningLoop').update('glossary.files', ['.learningloop/glossary.json', 'GLOSSARY.md', 'docs/none.json'], vscode.ConfigurationTarget.Workspace);
    const diagnostics = await waitFor(() => {
      const found = vscode.languages.getDiagnostics(glossaryUri).filter((d) => d.source === 'Learning Loop');
      return found.length > 0 ? found : undefined;
    }, 'a diagnostic on the nested glossary', 15_000);
    assert.deepEqual(diagnostics.map((d) => d.range.start.line), [1]);
    assert.match(diagnostics[0]?.message ?? '', /Nested more than 64 levels/);
    const editor = await markdownEditor('We used the warp drive again.');
    const hover = await waitFor(async () => (await hoverTexts(editor.document.uri, new vscode.Position(0, 14))).find((t) => t.includes('hotfix in one hour')), 'the GLOSSARY.md term', 15_000);
    assert.match(hover, /Warp drive/);
  });
});
