// "Insert as Markdown table": into the active Markdown editor, or the last one when the panel
// has taken focus, as one undoable edit at the cursor.
import * as vscode from 'vscode';
import { STATUS_MESSAGE_MS } from '../../constants';
import type { Comparison } from '../../core/concepts/comparison';
import { blockPadding, toMarkdownTable } from '../../core/concepts/markdownTable';
import type { MarkdownEditors } from '../../services/markdownEditors';

/**
 * Inserts the comparison as a Markdown table at the cursor of the target editor, as one
 * undoable edit. Resolves to whether it inserted anything.
 */
export async function insertComparisonTable(model: Comparison, editors: MarkdownEditors): Promise<boolean> {
  // The panel keeps focus: the user may insert more rows, or copy.
  const editor = await editors.target({ preserveFocus: true });
  if (!editor) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a Markdown file and put the cursor where the table should go, then try again.'));
    return false;
  }
  const document = editor.document;
  const readOnlyMessage = vscode.l10n.t('{0} is read-only: the table was not inserted. Use “Copy as Markdown” instead.', vscode.workspace.asRelativePath(document.uri));
  if (vscode.workspace.fs.isWritableFileSystem(document.uri.scheme) === false) {
    void vscode.window.showWarningMessage(readOnlyMessage);
    return false;
  }
  const text = document.getText();
  // A cursor still at the very start of a file with text (one only viewed, never clicked into) is
  // no place for a table: above the title. It goes at the end instead.
  const cursor = editor.selection.active;
  const position = cursor.line === 0 && cursor.character === 0 && text.trim() !== '' ? document.positionAt(text.length) : cursor;
  const offset = document.offsetAt(position);
  // Under an existing title the table's own heading becomes a section (one H1 per file).
  const headingLevel = /^# /m.test(text) ? 2 : 1;
  const { prefix, suffix } = blockPadding(text.slice(0, offset), text.slice(offset));
  const table = toMarkdownTable(model, { headingLevel }).replace(/\n/g, document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n');
  const inserted = await editor.edit((edit) => edit.insert(position, `${prefix}${table}${suffix}`), { undoStopBefore: true, undoStopAfter: true });
  if (!inserted) {
    void vscode.window.showWarningMessage(readOnlyMessage);
    return false;
  }
  vscode.window.setStatusBarMessage(vscode.l10n.t('Inserted the comparison as a Markdown table.'), STATUS_MESSAGE_MS);
  return true;
}
