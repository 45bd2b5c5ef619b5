import * as vscode from 'vscode';
import builtInGlossary from '../content/glossary.json';
import type { GlossaryEntry, ParseResult } from '../core/glossary/model';
import { parseGlossaryJson } from '../core/glossary/parseJson';
import { parseGlossaryMarkdown } from '../core/glossary/parseMarkdown';
import { mergeGlossaries } from '../core/glossary/merge';
import { TermMatcher } from '../core/glossary/matcher';
import { affects, glossaryGlobs } from './config';
import { readText } from './files';
import { ProblemReporter } from './problems';
import { Settings } from '../constants';

/** Wait this long after a burst of file events before rebuilding (a save can fire several). */
const RELOAD_DEBOUNCE_MS = 150;

/**
 * The built-in glossary plus every team glossary of the open workspace folders, merged
 * (team entries win) and compiled into one matcher. Rebuilt when a glossary file is saved,
 * created or deleted, or the settings change; never on a hover.
 */
export class GlossaryStore implements vscode.Disposable {
  private readonly builtIn: readonly GlossaryEntry[];
  private readonly teamFiles = new Map<string, readonly GlossaryEntry[]>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly reporter = new ProblemReporter('glossary');
  private watchers: vscode.Disposable[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private reloading: Promise<void> = Promise.resolve();
  private current: TermMatcher;

  /** Fires after the matcher has been rebuilt. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.builtIn = parseGlossaryJson(JSON.stringify(builtInGlossary), 'built-in').entries;
    this.current = TermMatcher.build(this.builtIn);
    this.subscriptions.push(
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reloadAll()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affects(e, Settings.glossaryFiles)) void this.reloadAll();
      }),
    );
  }

  /** The compiled matcher for everything loaded so far. */
  get matcher(): TermMatcher {
    return this.current;
  }

  /** Finds and loads every team glossary and starts watching them (one reload at a time). */
  reloadAll(): Promise<void> {
    this.reloading = this.reloading.then(() => this.reload(), () => this.reload());
    return this.reloading;
  }

  private async reload(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    const before = [...this.teamFiles.keys()];
    this.teamFiles.clear();
    const found: vscode.Uri[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const glob of glossaryGlobs(folder)) {
        const pattern = new vscode.RelativePattern(folder, glob);
        this.watch(pattern);
        found.push(...await vscode.workspace.findFiles(pattern, undefined, MAX_GLOSSARY_FILES));
      }
    }
    await Promise.all(found.map((uri) => this.loadFile(uri)));
    // Files no longer matched lose their diagnostics; the others keep theirs (and are not warned about twice).
    for (const uri of before) if (!this.teamFiles.has(uri)) this.reporter.clear(vscode.Uri.parse(uri));
    this.rebuild();
  }

  private watch(pattern: vscode.RelativePattern): void {
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    const reload = (uri: vscode.Uri): void => void this.loadFile(uri).then(() => this.scheduleRebuild());
    watcher.onDidCreate(reload);
    watcher.onDidChange(reload);
    watcher.onDidDelete((uri) => {
      this.teamFiles.delete(uri.toString());
      this.reporter.clear(uri);
      this.scheduleRebuild();
    });
    this.watchers.push(watcher);
  }

  private async loadFile(uri: vscode.Uri): Promise<void> {
    const text = await readText(uri);
    if (text === undefined) {
      this.teamFiles.delete(uri.toString());
      this.reporter.clear(uri);
      return;
    }
    const result = parseGlossary(uri, text);
    this.teamFiles.set(uri.toString(), result.entries);
    this.reporter.report(uri, result.problems);
  }

  private scheduleRebuild(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.rebuild(), RELOAD_DEBOUNCE_MS);
  }

  private rebuild(): void {
    // Sorted by URI so the same files always merge in the same order.
    const team = [...this.teamFiles.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, entries]) => entries);
    this.current = TermMatcher.build(mergeGlossaries([this.builtIn, ...team]));
    this.changed.fire();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of [...this.watchers, ...this.subscriptions, this.reporter, this.changed]) d.dispose();
  }
}

/** More than this many glossary files in one folder is a misconfigured glob, not a glossary. */
const MAX_GLOSSARY_FILES = 200;

function parseGlossary(uri: vscode.Uri, text: string): ParseResult {
  const isMarkdown = /\.(md|markdown)$/i.test(uri.path);
  return isMarkdown ? parseGlossaryMarkdown(text, uri.toString()) : parseGlossaryJson(text, uri.toString());
}
