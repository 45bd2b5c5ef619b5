import * as vscode from 'vscode';
import { Commands, INSIGHTS_VIEW_TYPE } from '../../constants';
import { renderInsightsBody } from '../../core/insights/render';
import { newNonce, renderInsightsPage } from '../../core/insights/page';
import { tablePage } from '../../core/insights/tables';
import { themeKey } from '../../core/insights/themes';
import { parseInsightsFromWebview, type InsightsFromWebview, type InsightsToWebview } from '../../protocol/insights';
import type { InsightsService } from '../../services/insights';
import { followPanel } from '../panelEvents';
import { ReadyQueue } from '../readyQueue';
import { insightsLabels } from './labels';
import { openDocuments } from './openDocuments';

/** What `learningLoop.openInsights` resolves to (tests assert on it instead of the DOM). */
export interface OpenInsightsResult {
  /** True when this call created the panel, false when it revealed the one already open. */
  readonly created: boolean;
}

/** Creates the insights panel and registers the serializer that restores it after a reload. */
export function registerInsightsPanel(context: vscode.ExtensionContext, service: InsightsService): { open(): OpenInsightsResult; dispose(): void } {
  const panel = new InsightsPanel(context.extensionUri, service);
  const serializer = vscode.window.registerWebviewPanelSerializer(INSIGHTS_VIEW_TYPE, { deserializeWebviewPanel: async (p) => panel.restore(p) });
  return {
    open: () => panel.open(),
    dispose: () => {
      serializer.dispose();
      panel.dispose();
    },
  };
}

/** The one insights panel (never two tabs): creation, restore, messages and rendering. */
class InsightsPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** What waits for the page's `ready` (the latest per type). */
  private readonly queue = new ReadyQueue<InsightsToWebview>(
    (message) => this.panel?.webview.postMessage(message) ?? Promise.resolve(false),
    (error) => showError(error),
  );
  private readonly subscription: vscode.Disposable;

  constructor(private readonly extensionUri: vscode.Uri, private readonly service: InsightsService) {
    // New figures re-render the page; the webview restores its own state.
    this.subscription = service.onDidChange(() => this.render());
  }

  open(): OpenInsightsResult {
    if (this.panel) {
      this.panel.reveal();
      return { created: false };
    }
    const labels = insightsLabels();
    const panel = vscode.window.createWebviewPanel(INSIGHTS_VIEW_TYPE, labels.title, vscode.ViewColumn.Active, { ...this.options(), enableFindWidget: true });
    this.adopt(panel);
    return { created: true };
  }

  /** Takes over a panel VS Code restored after a reload (a second one is closed: one tab only). */
  restore(panel: vscode.WebviewPanel): void {
    if (this.panel) {
      panel.dispose();
      return;
    }
    panel.webview.options = this.options();
    this.adopt(panel);
  }

  dispose(): void {
    this.panel?.dispose();
    this.subscription.dispose();
  }

  private options(): vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview')] };
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    followPanel(panel, {
      message: (raw) => this.receive(raw),
      hidden: () => this.queue.notReady(),
      disposed: () => {
        if (this.panel === panel) this.panel = undefined;
      },
    });
    this.render();
  }

  private render(): void {
    const panel = this.panel;
    if (!panel) return;
    this.queue.notReady();
    const labels = insightsLabels();
    const asset = (...path: string[]): string => panel.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, ...path)).toString();
    const body = renderInsightsBody({ insights: this.service.insights(), labels, titleOf: (uri) => this.service.document(uri)?.title, locale: vscode.env.language });
    panel.title = labels.title;
    panel.webview.html = renderInsightsPage({
      body, nonce: newNonce(), cspSource: panel.webview.cspSource, title: labels.title, lang: vscode.env.language,
      scriptUri: asset('dist', 'webview', 'insights.js'), styleUris: [asset('media', 'base.css'), asset('media', 'insights.css')],
      scriptLabels: { themeDocuments: labels.themeDocuments, close: labels.close },
    });
  }

  private receive(raw: unknown): void {
    const message = parseInsightsFromWebview(raw);
    if (!message) return; // not ours
    void this.handle(message).catch(showError);
  }

  private async handle(message: InsightsFromWebview): Promise<void> {
    if (this.queue.tookReady(message)) return;
    switch (message.type) {
      case 'openDocuments':
        // Only documents of the memory: a message never opens an arbitrary URI.
        // Beside the panel: the figures stay in view next to the document they came from.
        await openDocuments(message.uris.filter((u) => this.service.document(u) !== undefined).map((uri) => ({ uri, document: this.service.document(uri) })), vscode.ViewColumn.Beside);
        return;
      case 'showTheme': {
        const key = themeKey(message.name);
        const theme = this.service.insights().themes.find((t) => themeKey(t.name) === key);
        const documents = (theme?.uris ?? []).map((uri) => {
          const doc = this.service.document(uri);
          return { uri, title: doc?.title ?? uri, date: doc?.date ?? '' };
        });
        this.queue.send({ type: 'themeDocuments', name: theme?.name ?? message.name, documents });
        return;
      }
      case 'moreRows': {
        const page = tablePage(message.table, { insights: this.service.insights(), labels: insightsLabels(), titleOf: (uri) => this.service.document(uri)?.title }, message.offset);
        this.queue.send({ type: 'rows', table: message.table, offset: message.offset, rows: page.rows, next: page.next, more: page.more });
        return;
      }
      case 'startRetro':
        await vscode.commands.executeCommand(Commands.newRetrospective);
        return;
      case 'insertSummary':
        await vscode.commands.executeCommand(Commands.insertInsightsSummary);
        return;
      case 'exportCsv':
        await vscode.commands.executeCommand(Commands.exportActionsCsv);
        return;
    }
  }
}

/** A failed action, told to the user (never swallowed). */
function showError(error: unknown): void {
  void vscode.window.showErrorMessage(vscode.l10n.t('Learning Loop: {0}', error instanceof Error ? error.message : String(error)));
}
