// The comparison panel's message handling, apart from VS Code: what each message from the
// webview does, and which messages to the webview wait for its `ready`. Everything it does to
// the outside goes through the PanelHost seam, so the unit tests drive it without a window.
import type { Comparison } from '../../core/concepts/comparison';
import { toMarkdownTable } from '../../core/concepts/markdownTable';
import { parseFromWebview, type FromWebview, type ToWebview } from '../../protocol/comparison';
import { ReadyQueue } from '../readyQueue';

/** What the controller asks of the extension host (VS Code in the product, a fake in the tests). */
export interface PanelHost {
  /** Posts to the webview; resolves to false when it was not delivered (the panel hid meanwhile). */
  post(message: ToWebview): PromiseLike<boolean>;
  /** Runs New Retrospective with the template that serves a side. */
  startRetrospective(templateId: string): PromiseLike<unknown>;
  /** Inserts (these rows of) the comparison as a Markdown table into the last active Markdown editor. */
  insertTable(model: Comparison): PromiseLike<unknown>;
  /** Puts the comparison's Markdown on the clipboard and says so. */
  copyMarkdown(markdown: string): PromiseLike<unknown>;
  /** Shows a failed action to the user (never swallowed). */
  showError(error: unknown): void;
}

/** Messages between the extension and one webview page, in order, never lost to a reload. */
export class PanelController {
  /** What waits for the page's `ready`. */
  private readonly queue: ReadyQueue<ToWebview>;

  constructor(private readonly model: Comparison, private readonly host: PanelHost) {
    this.queue = new ReadyQueue<ToWebview>((message) => host.post(message), (error) => host.showError(error));
  }

  /** A page starts loading: wait for its `ready`. A new panel drops what was queued for the old one. */
  loading(newPanel: boolean): void {
    this.queue.notReady(newPanel);
  }

  /** Without retainContextWhenHidden a hidden webview is torn down and reloads when shown. */
  hidden(): void {
    this.queue.notReady();
  }

  /** Sends now when the page listens, else keeps the message for its `ready`. */
  send(message: ToWebview): void {
    this.queue.send(message);
  }

  /** Handles a raw message from the page; anything that is not exactly one of ours is ignored. */
  async receive(raw: unknown): Promise<void> {
    const message = parseFromWebview(raw);
    if (!message) return;
    try {
      await this.handle(message);
    } catch (error) {
      this.host.showError(error);
    }
  }

  private async handle(message: FromWebview): Promise<void> {
    if (this.queue.tookReady(message)) return;
    switch (message.type) {
      case 'startRetro':
        await this.host.startRetrospective(this.model.sides[message.side].template);
        return;
      case 'insertTable':
        await this.host.insertTable(this.shown(message.rows));
        return;
      case 'copyMarkdown':
        await this.host.copyMarkdown(toMarkdownTable(this.shown(message.rows)));
        return;
    }
  }

  /** The comparison as the page shows it: only the rows its filter left, in the model's order. */
  private shown(rows: readonly string[] | undefined): Comparison {
    if (rows === undefined) return this.model;
    const keep = new Set(rows);
    return { ...this.model, rows: this.model.rows.filter((row) => keep.has(row.id)) };
  }
}
