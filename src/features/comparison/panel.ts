// The one comparison panel (never two): creation, reveal, restore after a reload and
// rendering. Its messages go through PanelController; VS Code is reached through the host here.
import * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import { Commands, COMPARISON_VIEW_TYPE, STATUS_MESSAGE_MS } from '../../constants';
import { findRow, type Comparison } from '../../core/concepts/comparison';
import type { InitialState } from '../../protocol/comparison';
import { MarkdownEditors } from '../../services/markdownEditors';
import { followPanel } from '../panelEvents';
import { PanelController, type PanelHost } from './controller';
import { newNonce, renderComparisonBody, renderComparisonPage } from './render';
import { insertComparisonTable } from './tableInsert';
import { panelLabels, webviewLabels } from './labels';

/** What the panel needs from the rest of the extension. */
export interface ComparisonPanelDeps {
  /** The comparison content (raw, checked by registerComparison) in the display language. */
  readonly content: unknown;
  /** A markdown-it with `html: false` and the glossary plugin; called again after the glossary changes. */
  readonly createMarkdown: () => MarkdownIt;
  /** Fires when the glossary changes, so the panel re-renders its term marks. */
  readonly onGlossaryChanged?: vscode.Event<void>;
  /** Display name of a template id. */
  readonly templateName: (id: string) => string | undefined;
}

/** What `learningLoop.openComparison` resolves to (tests assert on it instead of the DOM). */
export interface OpenComparisonResult {
  /** True when this call created the panel, false when it revealed the existing one. */
  readonly created: boolean;
  /** The row the argument pointed at and the panel focuses. */
  readonly rowId?: string;
  /** The notice shown in the panel (an argument that matches no row). */
  readonly notice?: string;
}

/** Longest query quoted back in a notice: the webview refuses notices over its own limit. */
const MAX_QUOTED_QUERY = 100;

/** The panel's lifecycle around one PanelController. */
export class ComparisonPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** Rendered once per glossary version; the page around it gets a fresh nonce every time. */
  private body: string | undefined;
  /** The row last asked for: a re-render starts there (the webview's saved state still wins). */
  private focusedRowId: string | undefined;
  private readonly editors = new MarkdownEditors();
  private readonly controller: PanelController;
  private readonly subscriptions: vscode.Disposable[] = [this.editors];

  constructor(private readonly extensionUri: vscode.Uri, private readonly model: Comparison, private readonly deps: ComparisonPanelDeps) {
    this.controller = new PanelController(model, this.host());
    if (deps.onGlossaryChanged) this.subscriptions.push(deps.onGlossaryChanged(() => this.rerender()));
  }

  /** Opens or reveals the panel; `query` (a row id or term) picks the row to focus. */
  open(query: string | undefined): OpenComparisonResult {
    const row = query === undefined ? undefined : findRow(this.model, query);
    const notice = query !== undefined && !row ? vscode.l10n.t('The comparison has no row about “{0}”: it is shown from the top.', shorten(query.trim())) : undefined;
    const preserveFocus = notice !== undefined;
    const created = !this.panel;
    if (row) this.focusedRowId = row.id;
    if (this.panel) {
      this.panel.reveal(undefined, preserveFocus);
      if (row) this.controller.send({ type: 'focusRow', rowId: row.id });
    } else {
      const panel = vscode.window.createWebviewPanel(
        COMPARISON_VIEW_TYPE,
        this.model.title,
        { viewColumn: vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preserveFocus },
        { ...this.webviewOptions(), enableFindWidget: true },
      );
      this.focusedRowId = row?.id;
      this.adopt(panel, this.initialState());
    }
    // An argument always replaces the last notice: a found row clears it.
    if (query !== undefined) this.controller.send({ type: 'notice', text: notice ?? '' });
    return { created, ...(row ? { rowId: row.id } : {}), ...(notice !== undefined ? { notice } : {}) };
  }

  /** Takes over a panel VS Code restored after a window reload. */
  restore(panel: vscode.WebviewPanel): void {
    if (this.panel) {
      panel.dispose(); // one panel only
      return;
    }
    panel.webview.options = this.webviewOptions();
    this.focusedRowId = undefined;
    this.adopt(panel, {});
  }

  /** Inserts the comparison as a Markdown table; resolves to whether it inserted anything. */
  insertTable(): Promise<boolean> {
    return insertComparisonTable(this.model, this.editors);
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.subscriptions) d.dispose();
  }

  /** The seam between the controller and VS Code. */
  private host(): PanelHost {
    return {
      post: (message) => this.panel?.webview.postMessage(message) ?? Promise.resolve(false),
      startRetrospective: (templateId) => vscode.commands.executeCommand(Commands.newRetrospective, templateId),
      insertTable: (model) => insertComparisonTable(model, this.editors),
      copyMarkdown: async (markdown) => {
        await vscode.env.clipboard.writeText(markdown);
        vscode.window.setStatusBarMessage(vscode.l10n.t('Copied the comparison as a Markdown table.'), STATUS_MESSAGE_MS);
      },
      showError: (error) => {
        void vscode.window.showErrorMessage(vscode.l10n.t('Learning Loop: {0}', error instanceof Error ? error.message : String(error)));
      },
    };
  }

  private webviewOptions(): vscode.WebviewOptions {
    return {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview')],
    };
  }

  private adopt(panel: vscode.WebviewPanel, initialState: InitialState): void {
    this.panel = panel;
    this.controller.loading(true);
    followPanel(panel, {
      message: (raw) => void this.controller.receive(raw),
      hidden: () => this.controller.hidden(),
      disposed: () => {
        if (this.panel === panel) this.panel = undefined;
      },
    });
    panel.webview.html = this.html(panel.webview, initialState);
  }

  private html(webview: vscode.Webview, initialState: InitialState): string {
    this.body ??= renderComparisonBody(this.model, this.deps.createMarkdown(), {
      templateName: this.deps.templateName,
      labels: panelLabels(),
    });
    const asset = (...path: string[]): string => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, ...path)).toString();
    return renderComparisonPage({
      body: this.body,
      nonce: newNonce(),
      cspSource: webview.cspSource,
      scriptUri: asset('dist', 'webview', 'panel.js'),
      styleUris: [asset('media', 'base.css'), asset('media', 'panel.css')],
      initialState,
      title: this.model.title,
      lang: vscode.env.language,
    });
  }

  /** New glossary terms: render the body again; the webview keeps its filter and scroll state. */
  private rerender(): void {
    this.body = undefined;
    if (!this.panel) return;
    this.controller.loading(false);
    this.panel.webview.html = this.html(this.panel.webview, this.initialState());
  }

  private initialState(): InitialState {
    const labels = webviewLabels();
    return this.focusedRowId === undefined ? { labels } : { focusRow: this.focusedRowId, labels };
  }
}

function shorten(query: string): string {
  return query.length > MAX_QUOTED_QUERY ? `${query.slice(0, MAX_QUOTED_QUERY)}…` : query;
}
