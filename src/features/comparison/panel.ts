import * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import comparison from '../../content/comparison.json';
import { registerCommands } from '../../commands/commandManager';
import { Commands, COMPARISON_VIEW_TYPE, MARKDOWN_LANGUAGE } from '../../constants';
import { findRow, parseComparison, type Comparison } from '../../core/concepts/model';
import { blockPadding, toMarkdownTable } from '../../core/concepts/markdownTable';
import { parseFromWebview, type FromWebview, type InitialState, type ToWebview } from '../../protocol/comparison';
import { newNonce, renderComparisonBody, renderComparisonPage } from './render';

/** What the panel needs from the rest of the extension. */
export interface ComparisonPanelDeps {
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

/** Registers the comparison panel's commands and its serializer (restores it after a reload). */
export function registerComparisonPanel(context: vscode.ExtensionContext, deps: ComparisonPanelDeps): vscode.Disposable {
  const { model, problems } = parseComparison(comparison);
  if (!model) {
    // The content is bundled and unit-tested, so this is a build mistake, not a user's.
    const fail = (): void => void vscode.window.showErrorMessage(
      vscode.l10n.t('Learning Loop: the comparison content is broken: {0}', problems.join('; ')));
    return vscode.Disposable.from(
      registerCommands([{ id: Commands.openComparison, execute: fail }, { id: Commands.insertComparisonTable, execute: fail }]),
    );
  }
  const controller = new ComparisonPanel(context.extensionUri, model, deps);
  return vscode.Disposable.from(
    controller,
    registerCommands([
      { id: Commands.openComparison, execute: (query?: unknown) => controller.open(typeof query === 'string' ? query : undefined) },
      // Inserts the comparison as a Markdown table into the active (or last active) Markdown
      // editor; the panel's "Insert as Markdown table" button runs the same.
      { id: Commands.insertComparisonTable, execute: () => controller.insertTable() },
    ]),
    vscode.window.registerWebviewPanelSerializer(COMPARISON_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => controller.restore(panel),
    }),
  );
}

/** The one comparison panel (never two): creation, restore, messages and rendering. */
class ComparisonPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelSubscriptions: vscode.Disposable[] = [];
  /** The webview answered `ready` since it last (re)loaded; until then messages wait in `pending`. */
  private ready = false;
  /** At most one message per type: only the latest focus and notice matter. */
  private readonly pending = new Map<ToWebview['type'], ToWebview>();
  /** Rendered once per glossary version; the page around it gets a fresh nonce every time. */
  private body: string | undefined;
  /** The row last asked for: a re-render starts there (the webview's saved state still wins). */
  private focusedRowId: string | undefined;
  /** The panel takes focus, so remember the Markdown editor the user came from. */
  private lastMarkdownEditor: vscode.TextEditor | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly extensionUri: vscode.Uri, private readonly model: Comparison, private readonly deps: ComparisonPanelDeps) {
    this.trackEditor(vscode.window.activeTextEditor);
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor((editor) => this.trackEditor(editor)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.lastMarkdownEditor?.document === document) this.lastMarkdownEditor = undefined;
      }),
    ];
    if (deps.onGlossaryChanged) this.subscriptions.push(deps.onGlossaryChanged(() => this.rerender()));
  }

  /** Opens or reveals the panel; `query` (a row id or term) picks the row to focus. */
  open(query: string | undefined): OpenComparisonResult {
    const row = query === undefined ? undefined : findRow(this.model, query);
    const notice = query !== undefined && !row ? vscode.l10n.t('No row of the comparison matches “{0}”.', shorten(query.trim())) : undefined;
    const preserveFocus = notice !== undefined;
    const created = !this.panel;
    if (row) this.focusedRowId = row.id;
    if (this.panel) {
      this.panel.reveal(undefined, preserveFocus);
      if (row) this.send({ type: 'focusRow', rowId: row.id });
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
    if (query !== undefined) this.send({ type: 'notice', text: notice ?? '' });
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

  /**
   * Inserts the comparison as a Markdown table at the cursor of the active or last active
   * Markdown editor, as one undoable edit. Resolves to whether it inserted anything.
   */
  async insertTable(): Promise<boolean> {
    const editor = await this.targetEditor();
    if (!editor) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a Markdown file and put the cursor where the table should go, then try again.'));
      return false;
    }
    const document = editor.document;
    const readOnlyMessage = vscode.l10n.t('{0} is read-only: the table was not inserted. Use “Copy as Markdown” instead.', vscode.workspace.asRelativePath(document.uri));
    if (vscode.workspace.fs.isWritableFileSystem(document.uri.scheme) === false) {
      void vscode.window.showWarningMessage(readOnlyMessage);
      return false;
    }
    const position = editor.selection.active;
    const text = document.getText();
    const offset = document.offsetAt(position);
    // Under an existing title the table's own heading becomes a section (one H1 per file).
    const headingLevel = /^# /m.test(text) ? 2 : 1;
    const { prefix, suffix } = blockPadding(text.slice(0, offset), text.slice(offset));
    const table = toMarkdownTable(this.model, { headingLevel }).replace(/\n/g, document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n');
    const inserted = await editor.edit((edit) => edit.insert(position, `${prefix}${table}${suffix}`), { undoStopBefore: true, undoStopAfter: true });
    if (!inserted) {
      void vscode.window.showWarningMessage(readOnlyMessage);
      return false;
    }
    vscode.window.setStatusBarMessage(vscode.l10n.t('Inserted the comparison as a Markdown table.'), 3000);
    return true;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.subscriptions) d.dispose();
  }

  private webviewOptions(): vscode.WebviewOptions {
    return {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview')],
    };
  }

  private adopt(panel: vscode.WebviewPanel, initialState: InitialState): void {
    this.panel = panel;
    this.ready = false;
    this.pending.clear();
    this.panelSubscriptions = [
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      // Without retainContextWhenHidden a hidden webview is torn down and reloads when shown.
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.ready = false;
      }),
      panel.onDidDispose(() => {
        for (const d of this.panelSubscriptions) d.dispose();
        this.panelSubscriptions = [];
        if (this.panel === panel) this.panel = undefined;
      }),
    ];
    panel.webview.html = this.html(panel.webview, initialState);
  }

  private html(webview: vscode.Webview, initialState: InitialState): string {
    this.body ??= renderComparisonBody(this.model, this.deps.createMarkdown(), {
      templateName: this.deps.templateName,
    });
    const asset = (...path: string[]): string => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, ...path)).toString();
    return renderComparisonPage({
      body: this.body,
      nonce: newNonce(),
      cspSource: webview.cspSource,
      scriptUri: asset('dist', 'webview', 'panel.js'),
      styleUri: asset('media', 'panel.css'),
      initialState,
      title: this.model.title,
    });
  }

  /** New glossary terms: render the body again; the webview keeps its filter and scroll state. */
  private rerender(): void {
    this.body = undefined;
    if (!this.panel) return;
    this.ready = false;
    this.panel.webview.html = this.html(this.panel.webview, this.initialState());
  }

  private initialState(): InitialState {
    return this.focusedRowId === undefined ? {} : { focusRow: this.focusedRowId };
  }

  private send(message: ToWebview): void {
    const panel = this.panel;
    if (!panel || !this.ready) {
      this.pending.set(message.type, message);
      return;
    }
    void panel.webview.postMessage(message).then((delivered) => {
      // A webview hidden meanwhile drops the message: keep it for the next `ready`.
      if (!delivered && !this.pending.has(message.type)) this.pending.set(message.type, message);
    });
  }

  private receive(raw: unknown): void {
    const message = parseFromWebview(raw);
    if (!message) return; // not ours: ignore
    void this.handle(message).catch((error: unknown) => {
      void vscode.window.showErrorMessage(vscode.l10n.t('Learning Loop: {0}', error instanceof Error ? error.message : String(error)));
    });
  }

  private async handle(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'ready': {
        this.ready = true;
        const queued = [...this.pending.values()];
        this.pending.clear();
        for (const m of queued) this.send(m);
        return;
      }
      case 'startRetro':
        await vscode.commands.executeCommand(Commands.newRetrospective, this.model.sides[message.side].template);
        return;
      case 'insertTable':
        await this.insertTable();
        return;
      case 'copyMarkdown':
        await vscode.env.clipboard.writeText(toMarkdownTable(this.model));
        vscode.window.setStatusBarMessage(vscode.l10n.t('Copied the comparison as a Markdown table.'), 3000);
        return;
    }
  }

  private trackEditor(editor: vscode.TextEditor | undefined): void {
    if (editor?.document.languageId === MARKDOWN_LANGUAGE) this.lastMarkdownEditor = editor;
  }

  /** The active Markdown editor, else the last one (shown again if it is no longer visible). */
  private async targetEditor(): Promise<vscode.TextEditor | undefined> {
    const active = vscode.window.activeTextEditor;
    if (active?.document.languageId === MARKDOWN_LANGUAGE) return active;
    const last = this.lastMarkdownEditor;
    if (!last || last.document.isClosed || last.document.languageId !== MARKDOWN_LANGUAGE) return undefined;
    const visible = vscode.window.visibleTextEditors;
    const shown = visible.find((e) => e === last) ?? visible.find((e) => e.document === last.document);
    if (shown) return shown;
    return vscode.window.showTextDocument(last.document, { viewColumn: last.viewColumn ?? vscode.ViewColumn.Active, preserveFocus: true, selection: last.selection });
  }
}

/** Longest query quoted back in a notice: the webview refuses notices over its own limit. */
const MAX_QUOTED_QUERY = 100;

function shorten(query: string): string {
  return query.length > MAX_QUOTED_QUERY ? `${query.slice(0, MAX_QUOTED_QUERY)}…` : query;
}
