import * as vscode from 'vscode';
import type { MemoryDocument } from '../../core/memory/model';

/** A document to open, at an optional 0-based line. */
export interface DocumentTarget {
  readonly uri: string;
  readonly document?: MemoryDocument | undefined;
  readonly line?: number;
}

/** Opens a document at its line (top when none), in the active editor group or in `column`. */
export async function openAt(target: DocumentTarget, column?: vscode.ViewColumn): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.parse(target.uri, true);
  const position = new vscode.Position(Math.max(0, target.line ?? 0), 0);
  return vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position), preview: false, ...(column === undefined ? {} : { viewColumn: column }) });
}

/**
 * Opens one document, or offers several in a quick pick (newest first) and opens the one picked.
 * The insights panel passes `ViewColumn.Beside`: the document opens next to the panel, which stays in view.
 */
export async function openDocuments(targets: readonly DocumentTarget[], column?: vscode.ViewColumn): Promise<vscode.TextEditor | undefined> {
  if (targets.length === 0) return undefined;
  const [only] = targets;
  if (targets.length === 1 && only) return openAt(only, column);
  const items = [...targets]
    .sort((a, b) => (b.document?.date ?? '').localeCompare(a.document?.date ?? ''))
    .map((t) => ({ label: t.document?.title ?? vscode.Uri.parse(t.uri).path, description: t.document?.date ?? '', detail: vscode.workspace.asRelativePath(vscode.Uri.parse(t.uri)), target: t }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Open which document?'), matchOnDescription: true, matchOnDetail: true });
  return picked ? openAt(picked.target, column) : undefined;
}
