import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, editInEditor, hoverTexts, markdownEditor, readFile, waitFor, watchersWork, workspaceFolder, writeFile } from './helpers';

/** Position of the `nth` occurrence of `needle` in the document, `into` characters in. */
function positionOf(document: vscode.TextDocument, needle: string, into = 2, nth = 0): vscode.Position {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = document.getText().indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `"${needle}" is in the document`);
  return document.positionAt(offset + into);
}

describe('Glossary hovers', () => {
  let readme: vscode.TextDocument;
  let glossaryUri: vscode.Uri;
  /** The fixture's team glossary, put back after every test that changes it. */
  let original: string;

  before(async () => {
    await activateExtension();
    glossaryUri = vscode.Uri.joinPath(workspaceFolder().uri, '.learningloop', 'glossary.json');
    original = await readFile(glossaryUri);
    readme = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceFolder().uri, 'README.md'));
    await vscode.window.showTextDocument(readme);
  });
  afterEach(async () => {
    if (await readFile(glossaryUri) === original) return;
    await editInEditor(glossaryUri, original);
    await waitFor(async () => (await hoverTexts(readme.uri, positionOf(readme, 'flux capacitor is'))).some((t) => t.includes('release checklist')), 'the fixture glossary back', 15_000);
  });
  after(closeAllEditors);

  const cases: { name: string; needle: string; nth?: number; expect: RegExp | undefined }[] = [
    { name: 'a built-in term', needle: 'organizational learning after', expect: /organizational learning/i },
    { name: 'a plural, matched case-insensitively', needle: 'learning organizations grow', expect: /learning organization/i },
    { name: 'a hyphen/space variant', needle: 'Double loop learning', expect: /double\\?-loop learning/i },
    { name: 'a term inside a fenced code block', needle: 'organizational learning inside', expect: undefined },
    { name: 'a term inside inline code', needle: '`organizational learning`', expect: undefined },
  ];
  for (const c of cases) {
    it(`${c.expect ? 'explains' : 'stays silent on'} ${c.name}`, async () => {
      const texts = await hoverTexts(readme.uri, positionOf(readme, c.needle, c.needle.startsWith('`') ? 3 : 2, c.nth));
      const ours = texts.filter((t) => t.includes('Compare the two concepts'));
      if (c.expect) {
        assert.equal(ours.length, 1, JSON.stringify(texts));
        assert.match(ours[0] ?? '', c.expect);
      } else {
        assert.equal(ours.length, 0, JSON.stringify(texts));
      }
    });
  }

  it('covers the whole term with the hover range', async () => {
    const position = positionOf(readme, 'learning organization, and', 5);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', readme.uri, position);
    const ours = hovers.find((h) => h.contents.some((c) => typeof c !== 'string' && c.value.includes('Compare the two concepts')));
    assert.ok(ours?.range, 'our hover has a range');
    assert.equal(readme.getText(ours.range), 'learning organization');
  });

  it('links to the comparison with our command only', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', readme.uri, positionOf(readme, 'organizational learning after'));
    const content = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => typeof c !== 'string' && c.value.includes('Compare'));
    assert.ok(content);
    assert.match(content.value, /command:learningLoop\.openComparison\?/);
  });

  it('explains the team glossary\'s own terms, and sees edits without a reload', async () => {
    const at = positionOf(readme, 'flux capacitor is');
    const before = await waitFor(async () => (await hoverTexts(readme.uri, at)).find((t) => t.includes('release checklist')), 'the team term hover');
    assert.match(before, /flux capacitor/i);

    // Edited in an editor: document events carry it, on a virtual file system too.
    await editInEditor(glossaryUri, JSON.stringify({ terms: [{ term: 'flux capacitor', definition: 'Now it means the deploy robot.' }] }, null, 2));
    const after = await waitFor(async () => (await hoverTexts(readme.uri, at)).find((t) => t.includes('deploy robot')), 'the edited definition', 15_000);
    assert.ok(!after.includes('release checklist'));
  });

  it('sees a glossary written outside the editor, where file watchers work', async function () {
    if (!watchersWork()) this.skip(); // virtual file systems (vscode.dev) fire no watcher events
    await writeFile(glossaryUri, JSON.stringify({ terms: [{ term: 'flux capacitor', definition: 'Written by another tool.' }] }, null, 2));
    const at = positionOf(readme, 'flux capacitor is');
    await waitFor(async () => (await hoverTexts(readme.uri, at)).find((t) => t.includes('another tool')), 'the outside write', 15_000);
  });

  it('reports a broken team glossary at the right line and keeps its valid entries', async () => {
    const broken = [
      '{',
      '  "terms": [',
      '    { "term": "flux capacitor", "definition": "Still valid after the break." },',
      '    { "term": "", "definition": "An empty term." }',
      '  ]',
      '}',
    ].join('\n');
    await editInEditor(glossaryUri, broken);
    const diagnostics = await waitFor(() => {
      const found = vscode.languages.getDiagnostics(glossaryUri);
      return found.length > 0 ? found : undefined;
    }, 'a diagnostic on the glossary', 15_000);
    assert.equal(diagnostics[0]?.range.start.line, 3, diagnostics.map((d) => `${d.range.start.line}: ${d.message}`).join('; '));
    const texts = await waitFor(async () => (await hoverTexts(readme.uri, positionOf(readme, 'flux capacitor is'))).find((t) => t.includes('Still valid')), 'the valid entry still explained', 15_000);
    assert.ok(texts);
  });

  it('follows edits in a long document: a fence opened above a term silences it, closing it brings it back', async () => {
    const lines = Array.from({ length: 1200 }, (_, i) => `Line ${i} is about organizational learning in practice.`);
    const editor = await markdownEditor(lines.join('\n'), 0);
    const { document } = editor;
    const at = new vscode.Position(1100, 'Line 1100 is about '.length + 3);
    const ours = async (): Promise<string[]> => (await hoverTexts(document.uri, at)).filter((t) => t.includes('Compare the two concepts'));
    assert.equal((await ours()).length, 1, 'explained before the edit');
    await editor.edit((b) => b.insert(new vscode.Position(1050, 0), '```\n'));
    assert.equal((await ours()).length, 0, 'inside the fence after the edit');
    await editor.edit((b) => b.delete(new vscode.Range(1050, 0, 1051, 0)));
    assert.equal((await ours()).length, 1, 'explained again once the fence is gone');
  });
});
