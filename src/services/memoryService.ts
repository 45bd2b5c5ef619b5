import * as vscode from 'vscode';
import { ActionIndex } from '../core/memory/actionIndex';
import { readDocument } from '../core/memory/document';
import type { FormOptions } from '../core/memory/forms';
import { ProblemsListedOnce } from '../core/memory/forms/listedOnce';
import type { ActionRecord, DocumentSink, MemoryDocument } from '../core/memory/model';
import { localDate } from '../core/dates';
import { problemMessage } from './coreMessages';
import { affectsFormOptions, affectsKindFolders, formOptions } from './config';
import { followFiles, isWithin } from './fileEvents';
import { kindOf, kindRoots, pool, readDocumentText, READ_CONCURRENCY, walkRoots, type KindRoot } from './memoryFiles';

// The team's memory, read back: every learning document under the kind folders, read once into
// the action index and every other DocumentSink (the search), then kept current one document at
// a time. The first index runs off the activation path; when it takes over a second it shows
// progress in the window and can be cancelled.

/** An edit is re-read this long after the last keystroke. */
export const EDIT_DEBOUNCE_MS = 300;
/** Where watchers work, changes made outside the editor are followed too. */
const WATCHED_FILES = '**/*.{md,markdown}';
/** A first index slower than this shows its progress. */
const PROGRESS_AFTER_MS = 1000;
/** Listeners hear of changes at most this often. */
const CHANGE_DEBOUNCE_MS = 50;

/** What the memory service needs from the rest of the extension. */
export interface MemoryServiceOptions {
  /** Names of the glossary terms in a document's body (the glossary matcher). */
  readonly termsIn?: (body: string) => readonly string[];
  /** Further sinks fed with every document (the search index). */
  readonly sinks?: readonly DocumentSink[];
  /** Where unreadable files are listed, once each (default: a "Learning Loop Memory" output channel of its own). */
  readonly output?: vscode.OutputChannel;
}

/** The memory: its documents, their actions, and the first index's progress. */
export class MemoryService implements vscode.Disposable {
  readonly index = new ActionIndex(() => localDate(new Date()));
  private readonly sinks: DocumentSink[];
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires (debounced) whenever documents or actions changed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly pendingText = new Map<string, string | undefined>();
  private readonly reported = new Set<string>();
  /** Lines the search index cut short, by document: said once each until their document goes. */
  private readonly longLinesSaid = new Map<string, Set<number>>();
  /** What a document holds that cannot be read (a status, a due date), listed once in the output channel. */
  private readonly problems = new ProblemsListedOnce();
  /** How each workspace folder's documents are read (its action headings, date order), read from the settings once. */
  private readonly forms = new Map<string, FormOptions>();
  private roots: KindRoot[] = [];
  private first: Promise<void> | undefined;
  private building: Promise<void> | undefined;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly output: vscode.OutputChannel;

  constructor(private readonly options: MemoryServiceOptions) {
    this.sinks = [this.index, ...(options.sinks ?? [])];
    this.output = options.output ?? vscode.window.createOutputChannel(vscode.l10n.t('Learning Loop Memory'));
    if (!options.output) this.disposables.push(this.output);
    this.disposables.push(
      this.changed,
      followFiles({
        matches: (uri) => kindOf(uri, this.roots) !== undefined,
        changed: (uri, text) => this.schedule(uri, text),
        removed: (uri) => this.removeWithin(uri),
      }, [WATCHED_FILES]),
      vscode.workspace.onDidOpenTextDocument((d) => {
        if (kindOf(d.uri, this.roots)) this.schedule(d.uri, d.getText());
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        // Other headings or another date order change what every document holds: read all again.
        const forms = affectsFormOptions(e);
        if (forms) this.forms.clear();
        if (forms || affectsKindFolders(e)) this.rebuild();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rebuild()),
    );
  }

  /** Starts the first index in the background; activation does not wait for it. */
  start(): void {
    this.first ??= this.build();
  }

  /**
   * Resolves when the first full index is done (or was cancelled), and any rebuild or edit
   * waiting for its debounce has been read too: what follows sees the memory as it is now.
   */
  async ready(): Promise<void> {
    this.start();
    await this.first;
    await this.building;
    await this.flush();
  }

  /**
   * {@link ready}, and every Markdown file that appeared in the folders without an event (written
   * by another program where watchers stay quiet) read too: one walk, new files only.
   */
  async upToDate(): Promise<void> {
    await this.ready();
    const { files } = await walkRoots(this.roots, undefined, (folder, error) => this.reportOnce(folder, error));
    const missing = files.filter((uri) => !this.index.document(uri.toString()));
    await pool(missing, READ_CONCURRENCY, (uri) => this.update(uri, undefined, false));
    if (missing.length > 0) this.fireChanged();
  }

  /** Reads every document whose debounce is still running, now. */
  private async flush(): Promise<void> {
    const waiting = [...this.pending.keys()];
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    await Promise.all(waiting.map((key) => this.update(vscode.Uri.parse(key), this.pendingText.get(key))));
    for (const key of waiting) this.pendingText.delete(key);
  }

  /** Every action, whatever its status. */
  actions(): ActionRecord[] {
    return [...this.index.actions()];
  }

  /** Every indexed document. */
  documents(): MemoryDocument[] {
    return this.index.documents();
  }

  /** Drops everything and reads every document again. */
  async reindex(): Promise<{ documents: number; actions: number }> {
    this.start();
    await this.build();
    return { documents: this.index.documents().length, actions: this.index.actions().length };
  }

  /** Re-reads one document now (after a command edited it), instead of waiting for the debounce. */
  async refresh(uri: vscode.Uri): Promise<void> {
    clearTimeout(this.pending.get(uri.toString()));
    this.pending.delete(uri.toString());
    this.pendingText.delete(uri.toString());
    await this.update(uri, undefined);
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    clearTimeout(this.changeTimer);
    vscode.Disposable.from(...this.disposables).dispose();
  }

  /** A rebuild nobody awaits (a setting or the folders changed): its failure is logged, not lost. */
  private rebuild(): void {
    this.build().catch((error: unknown) => this.log(vscode.l10n.t('The memory could not be read again: {0}', error instanceof Error ? error.message : String(error))));
  }

  private build(): Promise<void> {
    // One build at a time: a second request waits for the first, then builds afresh.
    const run = (this.building ?? Promise.resolve()).then(() => this.buildNow());
    this.building = run.catch(() => undefined);
    return run;
  }

  private async buildNow(): Promise<void> {
    this.roots = kindRoots();
    this.forms.clear();
    for (const sink of this.sinks) sink.clear();
    const cancel = new vscode.CancellationTokenSource();
    let done = false;
    let finish: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    let read = 0;
    let total = 0;
    let report: ((increment: number) => void) | undefined;
    const timer = setTimeout(() => {
      if (done) return;
      void vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Reading the team\'s memory'), cancellable: true },
        (progress, token) => {
          token.onCancellationRequested(() => cancel.cancel());
          report = (increment) => progress.report({ increment, message: vscode.l10n.t('{0} of {1} documents', read, total) });
          return finished;
        },
      );
    }, PROGRESS_AFTER_MS);
    try {
      const { files, truncated } = await walkRoots(this.roots, cancel.token, (folder, error) => this.reportOnce(folder, error));
      total = files.length;
      if (truncated) this.log(vscode.l10n.t('Only the first {0} documents were read: the folders hold more.', files.length));
      await pool(files, READ_CONCURRENCY, async (uri) => {
        await this.update(uri, undefined, false);
        read++;
        report?.(100 / Math.max(total, 1));
      }, cancel.token);
      if (cancel.token.isCancellationRequested) this.log(vscode.l10n.t('Reading the memory was cancelled after {0} of {1} documents.', read, total));
    } finally {
      done = true;
      finish();
      clearTimeout(timer);
      cancel.dispose();
      this.fireChanged();
    }
  }

  private schedule(uri: vscode.Uri, text: string | undefined): void {
    const key = uri.toString();
    clearTimeout(this.pending.get(key));
    this.pendingText.set(key, text);
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      this.pendingText.delete(key);
      void this.update(uri, text);
    }, EDIT_DEBOUNCE_MS));
  }

  /** Reads one document into every sink; an unreadable one leaves them and is listed once. */
  private async update(uri: vscode.Uri, given: string | undefined, notify = true): Promise<void> {
    const kind = kindOf(uri, this.roots);
    if (!kind) return;
    let text: string;
    try {
      text = given ?? (await readDocumentText(uri));
    } catch (error) {
      this.remove(uri.toString());
      this.reportOnce(uri, error);
      return;
    }
    try {
      const doc = readDocument(uri.toString(), text, { kind, forms: this.formsFor(uri), ...(this.options.termsIn ? { termsIn: this.options.termsIn } : {}) });
      for (const sink of this.sinks) sink.set(doc, text);
      this.reported.delete(uri.toString());
      for (const problem of this.problems.fresh(uri.toString(), doc.problems)) {
        this.log(vscode.l10n.t('{0}, line {1}: {2}', vscode.workspace.asRelativePath(uri), problem.line + 1, problemMessage(problem)));
      }
    } catch (error) {
      this.reportOnce(uri, error);
    }
    if (notify) this.fireChanged();
  }

  /** The settings that say how `uri`'s action items are read, once per workspace folder. */
  private formsFor(uri: vscode.Uri): FormOptions {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const key = folder?.uri.toString() ?? '';
    let options = this.forms.get(key);
    if (!options) {
      options = formOptions(folder?.uri ?? uri);
      this.forms.set(key, options);
    }
    return options;
  }

  private removeWithin(uri: vscode.Uri): void {
    for (const doc of this.index.documents()) {
      const docUri = vscode.Uri.parse(doc.uri);
      if (isWithin(docUri, uri)) this.remove(doc.uri);
    }
    this.fireChanged();
  }

  private remove(uri: string): void {
    for (const sink of this.sinks) sink.delete(uri);
    this.problems.forget(uri);
    this.longLinesSaid.delete(uri);
  }

  /** A line the search index reads only the start of (a sink's cap): said once in the output channel, not at every edit. */
  noteLongLine(uri: string, line: number, length: number, readChars: number): void {
    const said = this.longLinesSaid.get(uri) ?? new Set<number>();
    if (said.has(line)) return;
    this.longLinesSaid.set(uri, said.add(line));
    const name = vscode.workspace.asRelativePath(vscode.Uri.parse(uri));
    this.log(vscode.l10n.t('{0}, line {1}: only the first {2} of its {3} characters can be searched.', name, line + 1, readChars, length));
  }

  private reportOnce(uri: vscode.Uri, error: unknown): void {
    const key = uri.toString();
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const reason = error instanceof Error ? error.message : String(error);
    this.log(vscode.l10n.t('Skipped {0}: {1}', vscode.workspace.asRelativePath(uri), reason));
  }

  private log(line: string): void {
    this.output.appendLine(line);
  }

  private fireChanged(): void {
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => this.changed.fire(), CHANGE_DEBOUNCE_MS);
  }
}
