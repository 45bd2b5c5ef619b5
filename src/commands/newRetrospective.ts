import * as vscode from 'vscode';
import type { Command } from './commandManager';
import { Commands, MARKDOWN_LANGUAGE } from '../constants';
import { newRetroFileName } from '../core/retro/carryForward';
import { renderDefaults, substituteVariables } from '../core/templates/snippet';
import { dateVariables } from '../core/templates/variables';
import { createNewFile } from '../services/files';
import { pickWorkspaceFolder, resolveTemplate } from '../services/pickTemplate';
import { retroContext } from '../services/retroContext';
import type { TemplateStore } from '../services/templateStore';

/** How often to try the next free name when another process takes ours meanwhile. */
const MAX_CREATE_ATTEMPTS = 5;

/**
 * `learningLoop.newRetrospective [id]`: creates `<folder>/YYYY-MM-DD-<id>.md` in the workspace
 * folder (never over an existing file: `-2`, `-3`, …), fills it with the template and the last
 * retro's open actions, opens it and resolves to its Uri. With no folder open it fills an
 * untitled document instead.
 */
export function newRetrospectiveCommand(store: TemplateStore): Command {
  return {
    id: Commands.newRetrospective,
    execute: async (id?: unknown): Promise<vscode.Uri | undefined> => {
      const template = await resolveTemplate(await store.registry(), id, vscode.l10n.t('Which format for the new retrospective?'));
      if (!template) return undefined;
      const workspaceFolder = await pickWorkspaceFolder(vscode.l10n.t('Which workspace folder gets the new retrospective?'));
      if (workspaceFolder === null) return undefined; // the user dismissed the folder pick

      const context = await retroContext(workspaceFolder);
      // The dates of the file's name, so the text written first and the snippet agree.
      const variables = { ...dateVariables(context.today), ...context.variables };
      const snippet = new vscode.SnippetString(substituteVariables(template.body, variables));
      if (!context.folder) {
        const document = await vscode.workspace.openTextDocument({ language: MARKDOWN_LANGUAGE, content: '' });
        const editor = await vscode.window.showTextDocument(document);
        await editor.insertSnippet(snippet);
        return document.uri;
      }

      // The file is born whole (every placeholder at its default), so nothing that fails later
      // (opening it, the snippet) leaves an empty or half-written retro behind.
      const rendered = renderDefaults(template.body, variables);
      const uri = await createUniqueFile(context.folder, context.today, template.id, context.names, rendered);
      if (!uri) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not create a new retrospective in {0}.', vscode.workspace.asRelativePath(context.folder)));
        return undefined;
      }
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      // The same text again as a snippet, so its tab stops lead through the fields.
      const whole = editor.document.validateRange(new vscode.Range(0, 0, editor.document.lineCount, 0));
      if (await editor.insertSnippet(snippet, whole)) await editor.document.save();
      return uri;
    },
  };
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
