// Shared helpers for the in-host integration tests.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** The extension under test, activated. */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension('learning-loop.learning-loop');
  assert.ok(extension, 'learning-loop.learning-loop is loaded');
  await extension.activate();
  return extension;
}

/** The first workspace folder (the test fixture copy). */
export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return folder;
}

/** How often `waitFor` asks again: the interval of a poll, never a wait for its own sake. */
const POLL_INTERVAL_MS = 100;

/** Polls `check` until it returns a value (not undefined/false) or the time runs out. */
export async function waitFor<T>(check: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, POLL_INTERVAL_MS));
  }
}

let untitledCount = 0;

/**
 * Opens a new untitled Markdown editor with `content` and the cursor at `offset` (default:
 * end). Each gets a unique name: VS Code may hand back a just-closed "Untitled-1" model with
 * its old text if the name is reused.
 */
export async function markdownEditor(content: string, offset = content.length): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `learning-loop-test-${++untitledCount}.md` });
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  if (content !== '') await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), content));
  assert.equal(document.languageId, 'markdown');
  assert.equal(document.getText(), content);
  const position = document.positionAt(offset);
  editor.selection = new vscode.Selection(position, position);
  return editor;
}

/** The hover texts VS Code gathers at a position. */
export async function hoverTexts(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)));
}

/** Writes a file in the workspace through VS Code's file system. */
export async function writeFile(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/** Reads a file in the workspace through VS Code's file system. */
export async function readFile(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** Closes every editor without a "save changes?" prompt: dirty untitled documents are reverted first. */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isUntitled || !document.isDirty || document.isClosed) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Replaces a file's text the way a user does: in an editor, saved. Document events carry it,
 * so it is seen on virtual file systems too, where a workspace.fs write fires no watcher.
 */
export async function editInEditor(uri: vscode.Uri, text: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(0, 0, document.lineCount, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit), `edited ${uri.toString()}`);
  assert.ok(await document.save(), `saved ${uri.toString()}`);
}

/** Whether file watchers report changes here: not on the web tier's virtual file system (like vscode.dev's). */
export function watchersWork(): boolean {
  return workspaceFolder().uri.scheme !== 'll-memfs';
}

let scratchCount = 0;

/** A fresh folder inside the workspace for one test, and how to remove it with all it holds. */
export interface Scratch {
  readonly uri: vscode.Uri;
  /** Its path relative to the workspace folder (what a setting takes). */
  readonly relative: string;
  remove(): Promise<void>;
}

/** Creates a new, empty folder `.ll-test-<name>-…` at the workspace root that no other test uses. */
export async function scratchFolder(name: string): Promise<Scratch> {
  const relative = `.ll-test-${name}-${Date.now().toString(36)}-${++scratchCount}`;
  const uri = vscode.Uri.joinPath(workspaceFolder().uri, ...relative.split('/'));
  await vscode.workspace.fs.createDirectory(uri);
  return {
    uri,
    relative,
    remove: async () => {
      await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false });
    },
  };
}

/** Deletes a file a test created (nothing when it is gone already). */
export async function removeFile(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.workspace.fs.delete(uri, { useTrash: false });
  } catch (error) {
    if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) throw error;
  }
}

/** Sets one of our settings in the workspace for the time of `run`, then puts it back. */
export async function withSetting<T>(key: string, value: unknown, run: () => Promise<T>): Promise<T> {
  const config = vscode.workspace.getConfiguration('learningLoop');
  const previous = config.inspect(key)?.workspaceValue;
  await config.update(key, value, vscode.ConfigurationTarget.Workspace);
  try {
    return await run();
  } finally {
    await vscode.workspace.getConfiguration('learningLoop').update(key, previous, vscode.ConfigurationTarget.Workspace);
  }
}

/**
 * Runs `undo` in `editor`'s document: shows it and waits until it is the active editor first,
 * since `undo` goes to whatever has focus (after a webview panel took it, that is the panel).
 */
export async function undoIn(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document, editor.viewColumn);
  await waitFor(() => vscode.window.activeTextEditor?.document === editor.document, 'the editor to have focus again');
  const version = editor.document.version;
  // activeTextEditor can name the editor while the keyboard focus is still in a webview panel
  // (the comparison keeps its focus), and then `undo` goes to the panel and does nothing: move the
  // focus into the editor group, undo, and do both again while the document has not changed.
  const undo = async (): Promise<number> => {
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('undo');
    return Date.now();
  };
  let sent = await undo();
  // The command can resolve before the undone text reaches this host's copy of the document.
  await waitFor(async () => {
    if (editor.document.version !== version) return true;
    if (Date.now() - sent > UNDO_RETRY_MS) sent = await undo();
    return false;
  }, 'the undo to reach the document', UNDO_TIMEOUT_MS);
}

/** An undo not seen in the document after this long went elsewhere (the focus was not in the editor yet): sent again. */
const UNDO_RETRY_MS = 2_000;
const UNDO_TIMEOUT_MS = 15_000;
