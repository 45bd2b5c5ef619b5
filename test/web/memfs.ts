// An in-memory file system for the web worker tier: the workspace folder lives on a scheme of
// our own, like vscode.dev's virtual workspaces. It has no search provider (findFiles never
// resolves on it) and it fires no change events (a FileSystemWatcher stays quiet), so every
// feature must read it with workspace.fs and follow changes through document events.
import * as vscode from 'vscode';

/** The scheme of the virtual workspace; the launcher's .code-workspace names `<scheme>:/ws`. */
export const MEMFS_SCHEME = 'll-memfs';

interface FileNode { readonly type: vscode.FileType.File; ctime: number; mtime: number; data: Uint8Array }
interface DirNode { readonly type: vscode.FileType.Directory; ctime: number; mtime: number; readonly entries: Map<string, Node> }
type Node = FileNode | DirNode;

// Writes within the same millisecond must still change mtime (the stores compare it).
let clock = 0;
function now(): number {
  clock = Math.max(clock + 1, Date.now());
  return clock;
}

function parts(uri: vscode.Uri): string[] {
  return uri.path.split('/').filter((p) => p !== '');
}

/** A FileSystemProvider kept in a Map tree; `watch` is accepted and never reports anything. */
export class MemFs implements vscode.FileSystemProvider {
  private readonly root: DirNode = { type: vscode.FileType.Directory, ctime: now(), mtime: now(), entries: new Map() };
  private readonly never = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  /** Never fires: virtual workspaces on vscode.dev report no watcher events either. */
  readonly onDidChangeFile = this.never.event;

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const node = this.find(uri);
    return { type: node.type, ctime: node.ctime, mtime: node.mtime, size: node.type === vscode.FileType.File ? node.data.byteLength : 0 };
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    return [...this.dir(uri).entries].map(([name, node]) => [name, node.type]);
  }

  createDirectory(uri: vscode.Uri): void {
    const { parent, name } = this.parentOf(uri);
    if (parent.entries.has(name)) throw vscode.FileSystemError.FileExists(uri);
    parent.entries.set(name, { type: vscode.FileType.Directory, ctime: now(), mtime: now(), entries: new Map() });
    parent.mtime = now();
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const node = this.find(uri);
    if (node.type !== vscode.FileType.File) throw vscode.FileSystemError.FileIsADirectory(uri);
    return node.data;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array, options: { readonly create: boolean; readonly overwrite: boolean }): void {
    const { parent, name } = this.parentOf(uri);
    const existing = parent.entries.get(name);
    if (existing?.type === vscode.FileType.Directory) throw vscode.FileSystemError.FileIsADirectory(uri);
    if (!existing && !options.create) throw vscode.FileSystemError.FileNotFound(uri);
    if (existing && !options.overwrite) throw vscode.FileSystemError.FileExists(uri);
    if (existing) {
      existing.data = content.slice();
      existing.mtime = now();
    } else {
      parent.entries.set(name, { type: vscode.FileType.File, ctime: now(), mtime: now(), data: content.slice() });
      parent.mtime = now();
    }
  }

  delete(uri: vscode.Uri, options: { readonly recursive: boolean }): void {
    const { parent, name } = this.parentOf(uri);
    const node = parent.entries.get(name);
    if (!node) throw vscode.FileSystemError.FileNotFound(uri);
    if (node.type === vscode.FileType.Directory && node.entries.size > 0 && !options.recursive) throw vscode.FileSystemError.NoPermissions(uri);
    parent.entries.delete(name);
    parent.mtime = now();
  }

  rename(oldUri: vscode.Uri, newUri: vscode.Uri, options: { readonly overwrite: boolean }): void {
    const from = this.parentOf(oldUri);
    const node = from.parent.entries.get(from.name);
    if (!node) throw vscode.FileSystemError.FileNotFound(oldUri);
    const to = this.parentOf(newUri);
    if (to.parent.entries.has(to.name) && !options.overwrite) throw vscode.FileSystemError.FileExists(newUri);
    from.parent.entries.delete(from.name);
    to.parent.entries.set(to.name, node);
    from.parent.mtime = to.parent.mtime = now();
  }

  /** Writes a file, creating its folders (for filling the fixture in). */
  put(uri: vscode.Uri, text: string): void {
    let dir = this.root;
    const names = parts(uri);
    for (const name of names.slice(0, -1)) {
      let next = dir.entries.get(name);
      if (!next) {
        next = { type: vscode.FileType.Directory, ctime: now(), mtime: now(), entries: new Map() };
        dir.entries.set(name, next);
      }
      if (next.type !== vscode.FileType.Directory) throw vscode.FileSystemError.FileNotADirectory(uri);
      dir = next;
    }
    const last = names[names.length - 1];
    if (last === undefined) throw vscode.FileSystemError.FileIsADirectory(uri);
    dir.entries.set(last, { type: vscode.FileType.File, ctime: now(), mtime: now(), data: new TextEncoder().encode(text) });
  }

  private find(uri: vscode.Uri): Node {
    let node: Node = this.root;
    for (const name of parts(uri)) {
      const next: Node | undefined = node.type === vscode.FileType.Directory ? node.entries.get(name) : undefined;
      if (!next) throw vscode.FileSystemError.FileNotFound(uri);
      node = next;
    }
    return node;
  }

  private dir(uri: vscode.Uri): DirNode {
    const node = this.find(uri);
    if (node.type !== vscode.FileType.Directory) throw vscode.FileSystemError.FileNotADirectory(uri);
    return node;
  }

  private parentOf(uri: vscode.Uri): { parent: DirNode; name: string } {
    const names = parts(uri);
    const name = names.pop();
    if (name === undefined) throw vscode.FileSystemError.NoPermissions(uri);
    return { parent: this.dir(uri.with({ path: `/${names.join('/')}` })), name };
  }
}

/** Registers a MemFs for MEMFS_SCHEME holding `files` (path relative to `/ws` → text). */
export function mountVirtualWorkspace(files: Readonly<Record<string, string>>): { fs: MemFs; disposable: vscode.Disposable } {
  const fs = new MemFs();
  for (const [relative, text] of Object.entries(files)) fs.put(vscode.Uri.from({ scheme: MEMFS_SCHEME, path: `/ws/${relative}` }), text);
  const disposable = vscode.workspace.registerFileSystemProvider(MEMFS_SCHEME, fs, { isCaseSensitive: true });
  return { fs, disposable };
}
