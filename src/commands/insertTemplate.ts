import * as vscode from 'vscode';
import type { Command } from './commandManager';
import { Commands, MARKDOWN_LANGUAGE } from '../constants';
import { hasFrontMatter } from '../core/markdown';
import { fitTemplateToDocument } from '../core/templates/fitToDocument';
import { stripFrontMatter, substituteVariables } from '../core/templates/snippet';
import { resolveTemplate } from '../services/pickTemplate';
import { retroContext, type MemorySource } from '../services/retroContext';
import type { TemplateStore } from '../services/templateStore';

/**
 * `learningLoop.insertTemplate [id]`: inserts a template at the cursor of the active Markdown
 * editor as one undo step, with the last retro's open actions filled in. With no Markdown
 * editor it opens a new untitled Markdown document. Resolves to true when text was inserted.
 */
export function insertTemplateCommand(store: TemplateStore, memory?: MemorySource): Command {
  return {
    id: Commands.insertTemplate,
    execute: async (id?: unknown): Promise<boolean> => {
      const template = await resolveTemplate(await store.registry(), id, vscode.l10n.t('Insert which template at the cursor?'));
      if (!template) return false;

      let editor = vscode.window.activeTextEditor;
      if (editor && editor.document.languageId !== MARKDOWN_LANGUAGE) {
        void vscode.window.showInformationMessage(
          vscode.l10n.t('Learning Loop inserts templates into Markdown only, so “{0}” went into a new Markdown file.', template.name));
        editor = undefined;
      }
      if (!editor) {
        const document = await vscode.workspace.openTextDocument({ language: MARKDOWN_LANGUAGE, content: '' });
        editor = await vscode.window.showTextDocument(document);
      }
      const { document, selection } = editor;
      // `false` only for a known read-only file system (undefined: not a file system, e.g. untitled).
      if (vscode.workspace.fs.isWritableFileSystem(document.uri.scheme) === false) {
        void vscode.window.showWarningMessage(vscode.l10n.t('This document is read-only: nothing was inserted.'));
        return false;
      }

      // An untitled document belongs to no folder: it still continues the workspace's retros.
      const folder = vscode.workspace.getWorkspaceFolder(document.uri)
        ?? (document.isUntitled ? vscode.workspace.workspaceFolders?.[0] : undefined);
      const context = await retroContext(folder, document.isUntitled ? undefined : document.uri, memory ? { memory } : {});
      // Front matter belongs at the very top, once: below other text, or in a document that has
      // its own already, the template's block would only be a rule and a stray heading.
      const cursor = selection.active;
      const before = document.getText(new vscode.Range(new vscode.Position(0, 0), cursor));
      const keepFrontMatter = before.trim() === '' && !hasFrontMatter(document.getText());
      // A document with a title or sections of its own gets neither a second H1 nor a repeated section heading.
      const body = fitTemplateToDocument(keepFrontMatter ? template.body : stripFrontMatter(template.body), document.getText());
      // At the cursor, never over a selection: the user's text stays.
      const inserted = await editor.insertSnippet(new vscode.SnippetString(substituteVariables(body, context.variables)), cursor);
      if (!inserted) {
        void vscode.window.showWarningMessage(vscode.l10n.t('The editor did not accept the template (is it read-only?). Nothing was changed.'));
      }
      return inserted;
    },
  };
}

