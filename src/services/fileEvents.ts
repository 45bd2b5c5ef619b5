import * as vscode from 'vscode';

// Following a set of workspace files where file watchers may stay silent (vscode.dev's virtual
// file systems): edits come from document events (typing, saving, closing), creations,
// deletions and renames from the file-operation events that workspace edits and the explorer
// fire. A FileSystemWatcher is added on top, for changes made outside the editor where one works.

/** What a follower does when one of its files changes. */
export interface FileFollower {
  /** Whether `uri` is one of the followed files. */
  matches(uri: vscode.Uri): boolean;
  /** The file changed (its text is in `text` when an editor holds it, else re-read it). */
  changed(uri: vscode.Uri, text: string | undefined): void;
  /** The file, or a folder holding it (`uri` is then that folder), was deleted or moved away. */
  removed(uri: vscode.Uri): void;
}

/** Subscribes `follower` to document, file-operation and (where they work) watcher events. */
export function followFiles(follower: FileFollower, watchPatterns: readonly vscode.GlobPattern[] = []): vscode.Disposable {
  const changedIfMatching = (uri: vscode.Uri, text?: string): void => {
    if (follower.matches(uri)) follower.changed(uri, text);
  };
  const disposables: vscode.Disposable[] = [
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0) changedIfMatching(e.document.uri, e.document.getText());
    }),
    vscode.workspace.onDidSaveTextDocument((document) => changedIfMatching(document.uri, document.getText())),
    // Closed unsaved: the file's own text counts again.
    vscode.workspace.onDidCloseTextDocument((document) => changedIfMatching(document.uri)),
    vscode.workspace.onDidCreateFiles((e) => e.files.forEach((uri) => changedIfMatching(uri))),
    vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => follower.removed(uri))),
    vscode.workspace.onDidRenameFiles((e) => e.files.forEach(({ oldUri, newUri }) => {
      follower.removed(oldUri);
      changedIfMatching(newUri);
    })),
  ];
  for (const pattern of watchPatterns) {
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    watcher.onDidCreate((uri) => changedIfMatching(uri));
    watcher.onDidChange((uri) => changedIfMatching(uri, dirtyText(uri)));
    watcher.onDidDelete((uri) => follower.removed(uri));
    disposables.push(watcher);
  }
  return vscode.Disposable.from(...disposables);
}

/** The text of an open document with unsaved edits (they win over the file), else undefined. */
export function dirtyText(uri: vscode.Uri): string | undefined {
  const key = uri.toString();
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  return document?.isDirty ? document.getText() : undefined;
}

/** Whether `uri` is `folder` or inside it. */
export function isWithin(uri: vscode.Uri, folder: vscode.Uri): boolean {
  if (uri.scheme !== folder.scheme || uri.authority !== folder.authority) return false;
  const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  return uri.path === folder.path || uri.path.startsWith(base);
}
