import * as vscode from 'vscode';
import { folderEntries } from './workspaceWalk';

// File access through vscode.workspace.fs only, so it works on vscode.dev and in remote
// and virtual workspaces alike.

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/** The file's text, or undefined when it cannot be read (missing, unreadable, a folder). */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** UTF-8 bytes of a string. */
export function encode(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Names of the files directly in a folder; empty when it does not exist. */
export async function fileNames(folder: vscode.Uri): Promise<string[]> {
  const entries = await folderEntries(folder);
  return entries.filter(([, type]) => (type & vscode.FileType.File) !== 0).map(([name]) => name);
}

/** Whether something exists at `uri`. */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates a file with `text`, failing (false) rather than overwriting when it already exists:
 * a WorkspaceEdit with `overwrite: false` is checked by VS Code itself, so there is no
 * window between our check and the write.
 */
export async function createNewFile(uri: vscode.Uri, text: string): Promise<boolean> {
  if (await exists(uri)) return false;
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: false, ignoreIfExists: false, contents: encode(text) });
  return vscode.workspace.applyEdit(edit);
}
