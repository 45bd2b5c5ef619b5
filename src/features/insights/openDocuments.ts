import * as vscode from 'vscode';
import type { MemoryDocument } from '../../core/memory/model';

/** A document to open, at an optional 0-based line. */
export interface DocumentTarget {
  readonly uri: string;
  readonly document?: MemoryDocument | undefined;
  readonly line?: number;
}

/** Opens a document at its line (top when none) in the editor beside the panel. */
export async function openAt(target: DocumentTarget): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.parse(target.uri, true);
  const position = new vscode.Position(Math.max(0, target.line ?? 0), 0);
  return vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position), preview: false });
}

/** Opens one document, or offers several in a quick pick (newest first) and opens the one picked. */
export async function openDocuments(targets: readonly DocumentTarget[]): Promise<vscode.TextEditor | undefined> {
  if (targets.length === 0) return undefined;
  const [only] = targets;
  if (targets.length === 1 && only) return openAt(only);
  const items = [...targets]
    .sort((a, b) => (b.document?.date ?? '').localeCompare(a.document?.date ?? ''))
    .map((t) => ({ label: t.document?.title ?? vscode.Uri.parse(t.uri).path, description: t.document?.date ?? '', detail: vscode.workspace.asRelativePath(vscode.Uri.parse(t.uri)), target: t }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Open which document?'), matchOnDescription: true, matchOnDetail: true });
  return picked ? openAt(picked.target) : undefined;
}
