import type * as vscode from 'vscode';

/** What a panel does when its webview speaks, hides or closes. */
export interface PanelEvents {
  /** A raw message from the page (untrusted: validate it). */
  message(raw: unknown): void;
  /** Without retainContextWhenHidden a hidden webview is torn down and loads again when shown. */
  hidden(): void;
  /** The panel closed; its listeners are gone already. */
  disposed(): void;
}

/** Follows one webview panel until it closes, for both panels alike. */
export function followPanel(panel: vscode.WebviewPanel, on: PanelEvents): void {
  const subscriptions = [
    panel.webview.onDidReceiveMessage((raw: unknown) => on.message(raw)),
    panel.onDidChangeViewState(() => {
      if (!panel.visible) on.hidden();
    }),
  ];
  subscriptions.push(panel.onDidDispose(() => {
    for (const d of subscriptions) d.dispose();
    on.disposed();
  }));
}
