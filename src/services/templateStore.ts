import * as vscode from 'vscode';
import builtInFiles from 'learning-loop:templates';
import { parseTemplate, type Template } from '../core/templates/template';
import { TemplateRegistry } from '../core/templates/registry';
import { Settings } from '../constants';
import { affects, templatesFolder } from './config';
import { readText } from './files';
import { ProblemReporter } from './problems';

/**
 * Built-in templates plus the team's (`*.md` in each folder's templates folder). Team files
 * are re-read when created, changed or deleted; a broken one is reported and left out.
 */
export class TemplateStore implements vscode.Disposable {
  private parsedBuiltIns: Template[] | undefined;
  private readonly builtInTexts = new Map<string, string>();
  private readonly team = new Map<string, Template>();
  private readonly reporter = new ProblemReporter('template');
  private watchers: vscode.Disposable[] = [];
  private readonly subscriptions: vscode.Disposable[];
  private loaded: Promise<void> | undefined;

  constructor() {
    this.subscriptions = [
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.invalidate()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affects(e, Settings.templatesFolder)) this.invalidate();
      }),
    ];
  }

  /** The registry of everything loaded (team templates are read on first use). */
  async registry(): Promise<TemplateRegistry> {
    // A failed load is forgotten, so the next command tries again instead of failing forever.
    this.loaded ??= this.loadTeam().catch(() => this.invalidate());
    await this.loaded;
    // Sorted by file, so the same team template wins a shared id every time.
    const team = [...this.team.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, template]) => template);
    return new TemplateRegistry(this.builtIns, team);
  }

  /** The built-in templates only, parsed on first use so activation stays cheap. */
  get builtInTemplates(): readonly Template[] {
    return this.builtIns;
  }

  private get builtIns(): Template[] {
    this.parsedBuiltIns ??= Object.entries(builtInFiles).flatMap(([name, text]) => {
      const { template } = parseTemplate(text, `built-in:${name}`);
      if (template) this.builtInTexts.set(template.id, text);
      return template ? [template] : [];
    });
    return this.parsedBuiltIns;
  }

  /** The file text of a built-in template, front matter included. */
  builtInText(id: string): string | undefined {
    return this.builtIns.length > 0 ? this.builtInTexts.get(id) : undefined;
  }

  private invalidate(): void {
    this.loaded = undefined;
  }

  private async loadTeam(): Promise<void> {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    const before = [...this.team.keys()];
    this.team.clear();
    const files: vscode.Uri[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const pattern = new vscode.RelativePattern(vscode.Uri.joinPath(folder.uri, templatesFolder(folder)), '*.md');
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      watcher.onDidCreate((uri) => void this.loadFile(uri));
      watcher.onDidChange((uri) => void this.loadFile(uri));
      watcher.onDidDelete((uri) => {
        this.team.delete(uri.toString());
        this.reporter.clear(uri);
      });
      this.watchers.push(watcher);
      files.push(...await vscode.workspace.findFiles(pattern, undefined, MAX_TEAM_TEMPLATES));
    }
    await Promise.all(files.map((uri) => this.loadFile(uri)));
    // Files no longer found lose their diagnostics; the others keep theirs (and are not warned about twice).
    for (const key of before) if (!this.team.has(key)) this.reporter.clear(vscode.Uri.parse(key));
  }

  private async loadFile(uri: vscode.Uri): Promise<void> {
    const text = await readText(uri);
    this.team.delete(uri.toString());
    if (text === undefined) return;
    const { template, problems } = parseTemplate(text, uri.toString());
    if (template) this.team.set(uri.toString(), template);
    this.reporter.report(uri, problems);
  }

  dispose(): void {
    for (const d of [...this.watchers, ...this.subscriptions, this.reporter]) d.dispose();
  }
}

/** A templates folder with more files than this is not a templates folder. */
const MAX_TEAM_TEMPLATES = 500;
