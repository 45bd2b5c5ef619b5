import * as vscode from 'vscode';

/**
 * The workspace folder to work in: the only one, else the user's pick; undefined when no
 * folder is open, null when the user dismissed the pick.
 */
export async function pickWorkspaceFolder(placeHolder: string): Promise<vscode.WorkspaceFolder | undefined | null> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  const picked = await vscode.window.showWorkspaceFolderPick({ placeHolder, ignoreFocusOut: true });
  return picked ?? null;
}
