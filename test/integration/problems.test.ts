import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, editInEditor, readFile, scratchFolder, waitFor, withSetting, workspaceFolder, writeFile } from './helpers';

// Issue 13, point 4: one mistake in a team glossary is one entry in the Problems view, whoever
// reports it. VS Code's JSON service shows an open file's syntax errors, so we leave those to it
// and report them ourselves for a file no editor holds (nothing goes unreported).

const OURS = 'Learning Loop';
const SLOW_MS = 20_000;

/** The diagnostics on `uri`, as "line source: message" for assertion messages. */
function shown(uri: vscode.Uri): string {
  return vscode.languages.getDiagnostics(uri).map((d) => `${d.range.start.line} ${d.source ?? '?'}: ${d.message}`).join(' | ');
}

function onLine(uri: vscode.Uri, line: number): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.range.start.line === line);
}

describe('One mistake in a team glossary, one Problems entry', () => {
  let glossaryUri: vscode.Uri;
  let original: string;

  before(async () => {
    await activateExtension();
    glossaryUri = vscode.Uri.joinPath(workspaceFolder().uri, '.learningloop', 'glossary.json');
    original = await readFile(glossaryUri);
  });

  after(async () => {
    await editInEditor(glossaryUri, original);
    await closeAllEditors();
  });

  // Line 3 lacks its comma; line 4's empty term is ours alone, so its arrival shows we reported this text.
  const missingComma = [
    '{',
    '  "terms": [',
    '    { "term": "flux capacitor", "definition": "Still valid." }',
    '    { "term": "", "definition": "An empty term." }',
    '  ]',
    '}',
  ].join('\n');

  it('a missing comma in an open glossary: VS Code’s JSON error only, our other findings still shown', async () => {
    await editInEditor(glossaryUri, missingComma);
    await vscode.window.showTextDocument(glossaryUri);
    await waitFor(() => onLine(glossaryUri, 3).some((d) => d.source !== OURS && d.severity === vscode.DiagnosticSeverity.Error), 'VS Code’s JSON error at the missing comma', SLOW_MS);
    await waitFor(() => onLine(glossaryUri, 3).some((d) => d.source === OURS && /"term" must not be empty/.test(d.message)), 'our empty-term error', SLOW_MS);
    const commaEntries = onLine(glossaryUri, 3).filter((d) => d.range.start.character <= 4);
    assert.equal(commaEntries.length, 1, shown(glossaryUri));
    assert.ok(!vscode.languages.getDiagnostics(glossaryUri).some((d) => d.source === OURS && /Invalid JSON/.test(d.message)), shown(glossaryUri));
  });

  it('turning VS Code\'s JSON validation off makes the open glossary\'s syntax error ours again', async () => {
    await editInEditor(glossaryUri, `${missingComma}\n`);
    const json = vscode.workspace.getConfiguration('json');
    const previous = json.inspect('validate.enable')?.workspaceValue;
    await json.update('validate.enable', false, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(() => onLine(glossaryUri, 3).some((d) => d.source === OURS && /Invalid JSON: expected ","/.test(d.message)), `our syntax error (${shown(glossaryUri)})`, SLOW_MS);
    } finally {
      await vscode.workspace.getConfiguration('json').update('validate.enable', previous, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('a glossary with the same mistake that no editor has open: its syntax error is ours, so it is not silent', async () => {
    const scratch = await scratchFolder('closed-glossary');
    const closed = vscode.Uri.joinPath(scratch.uri, 'glossary.json');
    try {
      await writeFile(closed, missingComma);
      const ours = await withSetting('glossary.files', ['.learningloop/glossary.json', `${scratch.relative}/glossary.json`], () => waitFor(() => {
        const found = vscode.languages.getDiagnostics(closed).filter((d) => /Invalid JSON: expected ","/.test(d.message));
        return found.length > 0 ? found : undefined;
      }, 'our syntax error on the closed glossary', SLOW_MS));
      assert.deepEqual(ours.map((d) => [d.range.start.line, d.source]), [[3, OURS]]);
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === closed.toString()), 'no editor holds the file');
    } finally {
      await scratch.remove();
    }
  });

  it('a top-level "term" for "terms": one error with "did you mean", none from the schema', async () => {
    // "$schema": 5 is the schema's alone to flag (we ignore its value): once it is shown, the schema has run.
    await editInEditor(glossaryUri, '{\n  "$schema": 5,\n  "term": [{ "term": "flux capacitor", "definition": "x" }]\n}\n');
    await vscode.window.showTextDocument(glossaryUri);
    await waitFor(() => onLine(glossaryUri, 1).some((d) => d.source !== OURS), 'the schema’s finding on "$schema"', SLOW_MS);
    const typo = await waitFor(() => {
      const found = onLine(glossaryUri, 2);
      return found.some((d) => d.source === OURS) ? found : undefined;
    }, 'our finding on the misspelt key', SLOW_MS);
    assert.equal(typo.length, 1, shown(glossaryUri));
    assert.match(typo[0]?.message ?? '', /did you mean "terms"/);
    assert.equal(vscode.languages.getDiagnostics(glossaryUri).length, 2, shown(glossaryUri));
  });
});
