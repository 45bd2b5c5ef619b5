import * as vscode from 'vscode';
import type { Command } from './commandManager';
import { Commands } from '../constants';
import { blockPadding } from '../core/concepts/markdownTable';
import { insightsDigest } from '../core/insights/digest';
import { relativePath } from '../core/paths';
import type { InsightsService } from '../services/insights';
import type { MarkdownEditors } from '../services/markdownEditors';
import { insightsLabels } from '../features/insights/labels';

/**
 * `learningLoop.insertInsightsSummary`: puts a dated Markdown digest of the insights at the
 * cursor of the current Markdown editor, as one undo step. Resolves to whether it inserted.
 */
export function insertInsightsSummaryCommand(service: InsightsService, editors: MarkdownEditors): Command {
  return {
    id: Commands.insertInsightsSummary,
    execute: async (): Promise<boolean> => {
      const editor = await editors.target();
      if (!editor) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a Markdown file and put the cursor where the summary should go, then try again.'));
        return false;
      }
      const { document } = editor;
      const readOnly = vscode.l10n.t('{0} is read-only: the summary was not inserted.', vscode.workspace.asRelativePath(document.uri));
      if (vscode.workspace.fs.isWritableFileSystem(document.uri.scheme) === false) {
        void vscode.window.showWarningMessage(readOnly);
        return false;
      }
      const here = document.uri;
      const dir = here.path.slice(0, here.path.lastIndexOf('/')) || '/';
      const linkOf = (uri: string): string | undefined => {
        const target = vscode.Uri.parse(uri);
        // Links only within the same file system; an untitled document links nowhere.
        return document.isUntitled || target.scheme !== here.scheme || target.authority !== here.authority ? undefined : relativePath(dir, target.path);
      };
      const text = document.getText();
      const position = editor.selection.active;
      const offset = document.offsetAt(position);
      const { prefix, suffix } = blockPadding(text.slice(0, offset), text.slice(offset));
      const digest = insightsDigest(service.insights(), {
        labels: insightsLabels(), titleOf: (uri) => service.document(uri)?.title, linkOf, headingLevel: /^# /m.test(text) ? 2 : 1,
      }).replace(/\n/g, document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n');
      const inserted = await editor.edit((edit) => edit.insert(position, `${prefix}${digest}${suffix}`), { undoStopBefore: true, undoStopAfter: true });
      if (!inserted) {
        void vscode.window.showWarningMessage(readOnly);
        return false;
      }
      vscode.window.setStatusBarMessage(vscode.l10n.t('Inserted the insights summary.'), 3000);
      return true;
    },
  };
}
