import * as vscode from 'vscode';
import { DOCUMENT_KINDS, type DocumentKind } from '../core/memory/model';
import { kindFolder } from './config';
import { isWithin } from './fileEvents';
import { folderEntries, type UnreadableFolder } from './workspaceWalk';

// Where the memory's documents are and how they are read: every Markdown file under each kind's
// folder, walked with workspace.fs.readDirectory (findFiles finds nothing on some virtual file
// systems, and only committed files on github.dev), read through a bounded pool of concurrent
// workspace.fs.readFile calls (one at a time costs 10–30 ms each in a remote host).

/** Reads in flight at once: enough to hide a remote host's latency, few enough not to flood it. */
export const READ_CONCURRENCY = 8;
/** Documents one index takes; past it the rest are left out and that is said once. */
export const MAX_DOCUMENTS = 50_000;
/** Folders never walked into: dependencies and VCS data. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules', '.hg', '.svn']);
const MARKDOWN = /\.(?:md|markdown)$/i;

/** One folder of learning documents of one kind. */
export interface KindRoot {
  readonly kind: DocumentKind;
  readonly uri: vscode.Uri;
}

/** Each workspace folder's kind folders; a folder inside another one counts as the inner kind. */
export function kindRoots(): KindRoot[] {
  return (vscode.workspace.workspaceFolders ?? []).flatMap((folder) =>
    DOCUMENT_KINDS.map((kind) => ({ kind, uri: vscode.Uri.joinPath(folder.uri, kindFolder(folder, kind)) })));
}

/** The kind of the document at `uri`: the innermost kind folder holding it, if any. */
export function kindOf(uri: vscode.Uri, roots: readonly KindRoot[]): DocumentKind | undefined {
  if (!MARKDOWN.test(uri.path)) return undefined;
  let best: KindRoot | undefined;
  for (const root of roots) if (isWithin(uri, root.uri) && (!best || root.uri.path.length > best.uri.path.length)) best = root;
  return best?.kind;
}

/**
 * Every Markdown file under the roots (breadth first), each once, up to MAX_DOCUMENTS; a folder
 * that exists but cannot be listed goes to `unreadable`.
 */
export async function walkRoots(roots: readonly KindRoot[], token?: vscode.CancellationToken, unreadable?: UnreadableFolder): Promise<{ files: vscode.Uri[]; truncated: boolean }> {
  const found = new Map<string, vscode.Uri>();
  const seenFolders = new Set<string>();
  for (const root of roots) {
    const queue = [root.uri];
    for (let folder = queue.shift(); folder && !token?.isCancellationRequested; folder = queue.shift()) {
      if (seenFolders.has(folder.toString())) continue; // an overlapping kind folder is walked once
      seenFolders.add(folder.toString());
      for (const [name, type] of await folderEntries(folder, unreadable)) {
        const uri = vscode.Uri.joinPath(folder, name);
        if ((type & vscode.FileType.Directory) !== 0) {
          if (!SKIPPED_FOLDERS.has(name)) queue.push(uri);
        } else if ((type & vscode.FileType.File) !== 0 && MARKDOWN.test(name)) {
          if (found.size >= MAX_DOCUMENTS) return { files: [...found.values()], truncated: true };
          found.set(uri.toString(), uri);
        }
      }
    }
  }
  return { files: [...found.values()], truncated: false };
}

/** Runs `work` on every item with at most `limit` in flight; stops starting new ones once cancelled. */
export async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>, token?: vscode.CancellationToken): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length && !token?.isCancellationRequested) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

const decoder = new TextDecoder('utf-8');

/** The text of `uri`: an open editor's (unsaved edits win), else the file's. Throws when unreadable. */
export async function readDocumentText(uri: vscode.Uri): Promise<string> {
  const key = uri.toString();
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  if (open) return open.getText();
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}
