import * as vscode from 'vscode';

/** The walkthrough's id in package.json (`contributes.walkthroughs`). */
const WALKTHROUGH_ID = 'learningLoop.start';
/** Global state key: set once the walkthrough has been shown to this user. */
const WALKTHROUGH_SHOWN_KEY = 'learningLoop.walkthroughShown';

/**
 * Opens the walkthrough the first time the extension starts for this user, beside nothing the
 * user opened. A user (or a test run) whose `workbench.startupEditor` is `none` asked for no
 * startup editor, so gets none.
 */
export function showWalkthroughOnFirstStart(context: vscode.ExtensionContext): void {
  if (context.globalState.get<boolean>(WALKTHROUGH_SHOWN_KEY)) return;
  if (vscode.workspace.getConfiguration('workbench').get<string>('startupEditor') === 'none') return;
  void context.globalState.update(WALKTHROUGH_SHOWN_KEY, true);
  void vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#${WALKTHROUGH_ID}`, true);
}
