import * as vscode from 'vscode';
import type { GlossaryEntry, GlossaryParseResult } from '../core/glossary/entry';
import { parseGlossaryJson } from '../core/glossary/parseJson';
import { parseGlossaryMarkdown } from '../core/glossary/parseMarkdown';
import { mergeGlossaries } from '../core/glossary/merge';
import { TermMatcher } from '../core/glossary/matcher';
import { normalizeTerm } from '../core/glossary/normalize';
import { affects, glossaryGlobs } from './config';
import { readText } from './files';
import { dirtyText, followFiles, isWithin } from './fileEvents';
import { compileGlobs, walkForFiles, matchesAny, type WalkResult } from './workspaceWalk';
import { MAX_GLOB_ALTERNATIVES, MAX_GLOB_LENGTH, type Glob } from '../core/glob';
import { ProblemReporter } from './problems';
import { loadEach } from '../core/loadEach';
import { Settings } from '../constants';

/** Wait this long after a burst of events before rebuilding (typing, or a save that fires several). */
const RELOAD_DEBOUNCE_MS = 150;

/**
 * The built-in glossary plus every team glossary of the open workspace folders, merged
 * (team entries win) and compiled into one matcher. Team files are found by walking the
 * workspace with workspace.fs (no `findFiles`: virtual workspaces have no search provider)
 * and followed through document and file-operation events (watchers stay silent there; one is
 * kept as an extra). Rebuilt when a glossary is edited, saved, created or deleted, or the
 * settings change; never on a hover.
 */
export class GlossaryStore implements vscode.Disposable {
  private readonly builtIn: readonly GlossaryEntry[];
  private readonly teamFiles = new Map<string, readonly GlossaryEntry[]>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly reporter = new ProblemReporter('glossary');
  private follower: vscode.Disposable | undefined;
  private globs: { root: vscode.Uri; globs: Glob[] }[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private reloading: Promise<void> = Promise.resolve();
  private current: TermMatcher;
  private byTerm = new Map<string, GlossaryEntry>();
  /** Set by dispose: a reload or load still under way stops at its next step (its diagnostics are gone). */
  private disposed = false;
  /** Folders already said to be unreadable: each is said once, not at every reload. */
  private readonly unreadableSaid = new Set<string>();

  /** Fires after the matcher has been rebuilt. */
  readonly onDidChange = this.changed.event;

  /**
   * `builtInGlossary`: the built-in glossary's JSON data (src/content, in the display language);
   * `warn` shows a warning (a window message; tests pass their own to read what was said).
   */
  constructor(builtInGlossary: unknown, private readonly warn: (message: string) => void = showWarning) {
    this.builtIn = parseGlossaryJson(JSON.stringify(builtInGlossary), 'built-in').entries;
    this.current = TermMatcher.build(this.builtIn);
    this.subscriptions.push(
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reloadAll()),
      vscode.workspace.onDidOpenTextDocument((document) => this.onOpened(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.onClosed(document)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        // Turning VS Code's JSON validation on or off changes who shows a syntax error.
        if (affects(e, Settings.glossaryFiles) || e.affectsConfiguration(JSON_VALIDATE)) void this.reloadAll();
      }),
    );
  }

  /** The entry a term or alias names (as the hover's links name them), if any. */
  entryFor(term: string): GlossaryEntry | undefined {
    if (this.byTerm.size === 0) this.index(this.builtIn);
    return this.byTerm.get(normalizeTerm(term));
  }

  private index(entries: readonly GlossaryEntry[]): void {
    // Aliases first, so a term wins over another entry's alias with the same spelling.
    const byTerm = new Map<string, GlossaryEntry>();
    for (const entry of entries) for (const alias of entry.aliases) byTerm.set(normalizeTerm(alias), entry);
    for (const entry of entries) byTerm.set(normalizeTerm(entry.term), entry);
    this.byTerm = byTerm;
  }

  /** The compiled matcher for everything loaded so far. */
  get matcher(): TermMatcher {
    return this.current;
  }

  /** Finds and loads every team glossary and starts following them (one reload at a time). */
  reloadAll(): Promise<void> {
    this.reloading = this.reloading.then(() => this.reload(), () => this.reload());
    return this.reloading;
  }

  private async reload(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.follower?.dispose();
    const before = [...this.teamFiles.keys()];
    this.teamFiles.clear();
    const found: vscode.Uri[] = [];
    const watched: vscode.RelativePattern[] = [];
    this.globs = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const patterns = glossaryGlobs(folder);
      this.globs.push({ root: folder.uri, globs: compileGlobs(patterns).globs });
      watched.push(...patterns.map((glob) => new vscode.RelativePattern(folder, glob)));
      const walk = await walkForFiles(folder.uri, patterns, MAX_GLOSSARY_FILES, (unlisted, error) => this.unreadable(unlisted, error));
      if (this.disposed) return;
      reportWalk(folder, walk, this.warn);
      found.push(...walk.files);
    }
    this.follower = followFiles({
      matches: (uri) => this.globs.some(({ root, globs }) => matchesAny(root, uri, globs)),
      changed: (uri, text) => void this.load([uri], text).then(() => this.scheduleRebuild()),
      removed: (uri) => this.forget(uri),
    }, watched);
    await this.load(found);
    if (this.disposed) return;
    // Files no longer matched lose their diagnostics; the others keep theirs (and are not warned about twice).
    for (const uri of before) if (!this.teamFiles.has(uri)) this.reporter.clear(vscode.Uri.parse(uri));
    this.rebuild();
  }

  /** A folder a glossary pattern reaches into that cannot be listed: said once, the walk goes on. */
  private unreadable(folder: vscode.Uri, error: unknown): void {
    const key = folder.toString();
    if (this.unreadableSaid.has(key)) return;
    this.unreadableSaid.add(key);
    const why = error instanceof Error ? error.message : String(error);
    this.warn(vscode.l10n.t('Learning Loop: the folder {0} could not be read ({1}), so team glossaries in it were not loaded.', vscode.workspace.asRelativePath(folder), why));
  }

  /** Opening a glossary hands its syntax errors to VS Code's JSON service: show ours without them. */
  private onOpened(document: vscode.TextDocument): void {
    if (this.teamFiles.has(document.uri.toString())) void this.load([document.uri], document.getText());
  }

  /** Closing one takes VS Code's JSON errors with it: its syntax errors are ours again, so none goes silent. */
  private onClosed(document: vscode.TextDocument): void {
    if (this.teamFiles.has(document.uri.toString())) void this.load([document.uri]);
  }

  /** Loads each file; one that fails is reported at its first line and leaves the matcher, the others load. */
  private async load(uris: readonly vscode.Uri[], text?: string): Promise<void> {
    const failures = await loadEach(uris, (uri) => this.loadFile(uri, text));
    if (this.disposed) return;
    for (const { item } of failures) this.teamFiles.delete(item.toString());
    this.reporter.failed(failures);
  }

  private async loadFile(uri: vscode.Uri, text?: string): Promise<void> {
    const content = text ?? dirtyText(uri) ?? await readText(uri);
    if (this.disposed) return;
    if (content === undefined) {
      this.teamFiles.delete(uri.toString());
      this.reporter.clear(uri);
      return;
    }
    const result = parseGlossary(uri, content);
    this.teamFiles.set(uri.toString(), result.entries);
    // An open JSON file's syntax errors are VS Code's to show (one mistake, one entry); a closed one's are ours.
    this.reporter.report(uri, jsonServiceShows(uri) ? result.problems.filter((p) => !p.syntax) : result.problems);
  }

  /** A deleted glossary, or a deleted folder holding some, leaves the matcher. */
  private forget(deleted: vscode.Uri): void {
    let any = false;
    for (const key of [...this.teamFiles.keys()]) {
      const uri = vscode.Uri.parse(key);
      if (!isWithin(uri, deleted)) continue;
      this.teamFiles.delete(key);
      this.reporter.clear(uri);
      any = true;
    }
    if (any) this.scheduleRebuild();
  }

  private scheduleRebuild(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.rebuild(), RELOAD_DEBOUNCE_MS);
  }

  private rebuild(): void {
    // Sorted by URI so the same files always merge in the same order.
    const team = [...this.teamFiles.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, entries]) => entries);
    const merged = mergeGlossaries([this.builtIn, ...team]);
    this.current = TermMatcher.build(merged);
    this.index(merged);
    this.changed.fire();
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const d of [...this.subscriptions, this.reporter, this.changed]) d.dispose();
    this.follower?.dispose();
  }
}

/** A pattern that cannot be used, or a walk cut short, is said once in the log and a warning. */
function reportWalk(folder: vscode.WorkspaceFolder, walk: WalkResult, warn: (message: string) => void): void {
  for (const { pattern, problem } of walk.invalid) {
    const why = problem === 'empty' ? vscode.l10n.t('empty')
      : problem === 'too-long' ? vscode.l10n.t('longer than {0} characters', MAX_GLOB_LENGTH)
        : vscode.l10n.t('more than {0} alternatives in braces', MAX_GLOB_ALTERNATIVES);
    warn(vscode.l10n.t('Learning Loop: the glossary pattern “{0}” in {1} is {2}, so it was skipped.', pattern, folder.name, why));
  }
  if (walk.truncated) {
    warn(vscode.l10n.t('Learning Loop: {0} has more files than the glossary search looks at; some team glossaries may be missing. Make “learningLoop.glossary.files” more specific.', folder.name));
  }
}

function showWarning(message: string): void {
  void vscode.window.showWarningMessage(message);
}

/**
 * Whether VS Code's JSON language service validates `uri` now: it does for an open document in
 * JSON (not JSONC, which allows the comments we report) unless `json.validate.enable` is off.
 */
function jsonServiceShows(uri: vscode.Uri): boolean {
  const key = uri.toString();
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed);
  return document?.languageId === JSON_LANGUAGE && vscode.workspace.getConfiguration(undefined, uri).get<boolean>(JSON_VALIDATE, true);
}

const JSON_LANGUAGE = 'json';
const JSON_VALIDATE = 'json.validate.enable';

/** More than this many glossary files in one folder is a misconfigured glob, not a glossary. */
const MAX_GLOSSARY_FILES = 200;

function parseGlossary(uri: vscode.Uri, text: string): GlossaryParseResult {
  const isMarkdown = /\.(md|markdown)$/i.test(uri.path);
  return isMarkdown ? parseGlossaryMarkdown(text, uri.toString()) : parseGlossaryJson(text, uri.toString());
}
