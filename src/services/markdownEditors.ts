import * as vscode from 'vscode';
import { MARKDOWN_LANGUAGE } from '../constants';

/**
 * The Markdown editor a command should write into: the active one, else the last one the user
 * was in (a webview panel takes focus, so its buttons would otherwise find no editor).
 */
export class MarkdownEditors implements vscode.Disposable {
  private last: vscode.TextEditor | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.track(vscode.window.activeTextEditor);
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor((e) => this.track(e)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (this.last?.document === d) this.last = undefined;
      }),
    ];
  }

  /**
   * The active Markdown editor, else the last one (shown again when hidden, keeping the focus
   * where it is when `preserveFocus`); undefined when none.
   */
  async target(options: { readonly preserveFocus?: boolean } = {}): Promise<vscode.TextEditor | undefined> {
    const active = vscode.window.activeTextEditor;
    if (active?.document.languageId === MARKDOWN_LANGUAGE) return active;
    const last = this.last;
    if (!last || last.document.isClosed || last.document.languageId !== MARKDOWN_LANGUAGE) return undefined;
    const visible = vscode.window.visibleTextEditors;
    const shown = visible.find((e) => e === last) ?? visible.find((e) => e.document === last.document);
    return shown ?? vscode.window.showTextDocument(last.document, { viewColumn: last.viewColumn ?? vscode.ViewColumn.Active, preserveFocus: options.preserveFocus === true, selection: last.selection });
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }

  private track(editor: vscode.TextEditor | undefined): void {
    if (editor?.document.languageId === MARKDOWN_LANGUAGE) this.last = editor;
  }
}
