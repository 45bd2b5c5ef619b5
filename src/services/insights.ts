import * as vscode from 'vscode';
import type { ActionRecord, MemoryDocument } from '../core/memory/model';
import type { Insights } from '../core/insights/model';
import { computeInsights } from '../core/insights/compute';
import { localDate } from '../core/dates';

/** What the insights read of the memory: its documents and linked actions, and when they change. */
export interface MemoryReader {
  documents(): readonly MemoryDocument[];
  actions(): readonly ActionRecord[];
  readonly onDidChange: vscode.Event<void>;
}

/** The memory's insights, computed from the index (no file read) and kept until the memory or the day changes. */
export class InsightsService implements vscode.Disposable {
  private cached: Insights | undefined;
  private byUri: Map<string, MemoryDocument> | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires after the memory changed: the figures will be computed again on the next read. */
  readonly onDidChange = this.emitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly memory: MemoryReader, private readonly today: () => string = () => localDate(new Date())) {
    this.subscription = memory.onDidChange(() => {
      this.cached = undefined;
      this.byUri = undefined;
      this.emitter.fire();
    });
  }

  /** Every figure, for today. */
  insights(): Insights {
    const today = this.today();
    if (this.cached?.today !== today) this.cached = computeInsights(this.memory.documents(), this.memory.actions(), today);
    return this.cached;
  }

  /** The memory's document of this uri. */
  document(uri: string): MemoryDocument | undefined {
    this.byUri ??= new Map(this.memory.documents().map((d) => [d.uri, d]));
    return this.byUri.get(uri);
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
