import * as vscode from 'vscode';
import type { Command } from './commandManager';
import { Commands, MARKDOWN_LANGUAGE } from '../constants';
import { dateFromFileName } from '../core/memory/dates';
import { localDate } from '../core/dates';
import { planConversion } from '../core/memory/forms/convert';
import { readLines } from '../core/markdown';
import type { LineEdit } from '../core/memory/model';
import { formOptions } from '../services/config';

/** What the command did: how many items became task lines (0 when nothing changed). */
export interface ConvertResult {
  readonly converted: number;
}

/**
 * `learningLoop.convertActions`: rewrites the active Markdown document's action items written
 * as bullets under an action heading or as marker lines into task-list lines (owner, due,
 * done/dropped kept), in one undo step, after saying how many it will change. Action tables
 * become task lists where they stand only when the user picks that too.
 */
export function convertActionsCommand(): Command {
  return {
    id: Commands.convertActions,
    execute: async (): Promise<ConvertResult> => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== MARKDOWN_LANGUAGE) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown document to convert its action items.'));
        return { converted: 0 };
      }
      const document = editor.document;
      const version = document.version;
      const name = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
      const stampDate = dateFromFileName(name) ?? localDate(new Date());
      const plan = planConversion(readLines(document.getText()), formOptions(document.uri), stampDate);
      const lists = plan.listEdits.length;
      const rows = plan.tableItems;
      if (lists === 0 && rows === 0) {
        const why = plan.skipped > 0
          ? vscode.l10n.t('{0} action items could not be written as task lines without changing them, so none were converted.', plan.skipped)
          : vscode.l10n.t('No action items to convert: this document has none, or only task-list items.');
        void vscode.window.showInformationMessage(why);
        return { converted: 0 };
      }
      const convert = vscode.l10n.t('Convert');
      const withTables = vscode.l10n.t('Convert, Tables Too');
      const onlyTables = vscode.l10n.t('Convert Tables');
      const message = lists > 0
        ? vscode.l10n.t('Rewrite {0} action items (bullets and marker lines) as task-list lines?', lists)
        : vscode.l10n.t('This document has no bullets or marker lines to convert.');
      const detail = [
        rows > 0 ? vscode.l10n.t('{0} table rows can become a task list in place of their table, if you choose so.', rows) : '',
        plan.skipped > 0 ? vscode.l10n.t('{0} items are left as they are: their task line would not read back the same.', plan.skipped) : '',
        vscode.l10n.t('One undo step takes it all back.'),
      ].filter((l) => l !== '').join('\n');
      const choices = lists > 0 ? (rows > 0 ? [convert, withTables] : [convert]) : [onlyTables];
      const choice = await vscode.window.showInformationMessage(message, { modal: true, detail }, ...choices);
      if (choice === undefined) return { converted: 0 };
      if (document.version !== version) {
        void vscode.window.showWarningMessage(vscode.l10n.t('The document changed meanwhile: nothing was converted. Run the command again.'));
        return { converted: 0 };
      }
      const edits: LineEdit[] = [...(choice === onlyTables ? [] : plan.listEdits), ...(choice === convert ? [] : plan.tableEdits)];
      const applied = await editor.edit((builder) => {
        for (const edit of edits) builder.replace(lineRange(document, edit), edit.text);
      });
      if (!applied) {
        void vscode.window.showErrorMessage(vscode.l10n.t('The action items could not be converted: the editor refused the edit.'));
        return { converted: 0 };
      }
      return { converted: (choice === onlyTables ? 0 : lists) + (choice === convert ? 0 : rows) };
    },
  };
}

/** The range of whole lines `startLine..endLine`, without the last line's end of line. */
function lineRange(document: vscode.TextDocument, edit: LineEdit): vscode.Range {
  return new vscode.Range(edit.startLine, 0, edit.endLine, document.lineAt(edit.endLine).text.length);
}
