import * as vscode from 'vscode';
import { MARKDOWN_LANGUAGE } from '../constants';
import { newRetroFileName } from '../core/retro/carryForward';
import { renderDefaults, substituteVariables } from '../core/templates/snippet';
import type { Template } from '../core/templates/template';
import { dateVariables } from '../core/templates/variables';
import { createNewFile } from './files';
import { pickWorkspaceFolder } from './pickWorkspaceFolder';
import { retroContext, type MemorySource } from './retroContext';

// Creating a learning document from a template: `<kind folder>/YYYY-MM-DD-<id>.md` in the
// workspace folder (never over an existing file: `-2`, `-3`, …), filled with the template, the
// previous retro's link and iteration and the memory's open actions, then opened.

/** How often to try the next free name when another process takes ours meanwhile. */
const MAX_CREATE_ATTEMPTS = 5;

/** Creates, fills, saves and opens a document from `template`; resolves to its Uri (undefined when dismissed or failed). */
export async function createFromTemplate(template: Template, memory: MemorySource | undefined): Promise<vscode.Uri | undefined> {
  const workspaceFolder = await pickWorkspaceFolder(vscode.l10n.t('Which workspace folder gets the new document?'));
  if (workspaceFolder === null) return undefined; // the user dismissed the folder pick

  const context = await retroContext(workspaceFolder, undefined, { kind: template.kind, ...(memory ? { memory } : {}) });
  // The dates of the file's name, so the text written first and the snippet agree.
  const variables = { ...dateVariables(context.today), ...context.variables };
  const snippet = new vscode.SnippetString(substituteVariables(template.body, variables));
  if (!context.folder) {
    const document = await vscode.workspace.openTextDocument({ language: MARKDOWN_LANGUAGE, content: '' });
    const editor = await vscode.window.showTextDocument(document);
    await editor.insertSnippet(snippet);
    return document.uri;
  }

  // The file starts with the template's defaults filled in, so it is whole on disk even before
  // the editor saves; the snippet then replaces that same text with its fields to Tab through.
  const uri = await createUniqueFile(context.folder, context.today, template.id, context.names, renderDefaults(template.body, variables));
  if (!uri) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not create a new document in {0}.', vscode.workspace.asRelativePath(context.folder)));
    return undefined;
  }
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const whole = editor.document.validateRange(new vscode.Range(0, 0, editor.document.lineCount, 0));
  if (await editor.insertSnippet(snippet, whole)) await editor.document.save();
  return uri;
}

async function createUniqueFile(folder: vscode.Uri, today: string, id: string, known: ReadonlySet<string>, text: string): Promise<vscode.Uri | undefined> {
  const taken = new Set(known);
  await vscode.workspace.fs.createDirectory(folder);
  for (let attempt = 0; attempt < MAX_CREATE_ATTEMPTS; attempt++) {
    const name = newRetroFileName(today, id, (candidate) => taken.has(candidate));
    const uri = vscode.Uri.joinPath(folder, name);
    if (await createNewFile(uri, text)) return uri;
    taken.add(name); // someone else created it meanwhile: never overwrite, take the next name
  }
  return undefined;
}
