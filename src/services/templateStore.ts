import * as vscode from 'vscode';
import { parseTemplate, type Template } from '../core/templates/template';
import { TemplateRegistry } from '../core/templates/registry';
import { Settings } from '../constants';
import { affects, templatesFolder } from './config';
import { fileNames, readText } from './files';
import { dirtyText, followFiles, isWithin } from './fileEvents';
import { ProblemReporter } from './problems';
import { loadEach } from '../core/loadEach';

/**
 * Built-in templates plus the team's (`*.md` in each folder's templates folder). The folder is
 * listed with workspace.fs on every use (no `findFiles`: virtual workspaces have no search
 * provider) and a file is re-read only when its size or modification time changed, so edits
 * made anywhere are seen at the next command even where watchers stay silent. Document and
 * file events (and a watcher, where one works) refresh the diagnostics of a broken file
 * at once; a broken one is reported and left out.
 */
export class TemplateStore implements vscode.Disposable {
  private parsedBuiltIns: Template[] | undefined;
  private readonly builtInTexts = new Map<string, string>();
  /** Team templates by file URI, with the stat they were read at. */
  private readonly team = new Map<string, { template: Template | undefined; stamp: string }>();
  private readonly reporter = new ProblemReporter('template');
  private follower: vscode.Disposable | undefined;
  private readonly subscriptions: vscode.Disposable[];
  private refreshing: Promise<void> = Promise.resolve();

  /** `builtInFiles`: the built-in templates (file name → text) in the display language. */
  constructor(private readonly builtInFiles: Readonly<Record<string, string>>) {
    this.subscriptions = [
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.follow()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affects(e, Settings.templatesFolder)) this.follow();
      }),
    ];
    this.follow();
  }

  /** The registry of everything loaded, the team folders listed afresh. */
  async registry(): Promise<TemplateRegistry> {
    // One refresh at a time; a failed one is reported by the next command trying again.
    this.refreshing = this.refreshing.then(() => this.refresh(), () => this.refresh());
    await this.refreshing;
    // Sorted by file, so the same team template wins a shared id every time.
    const team = [...this.team.entries()].sort(([a], [b]) => a.localeCompare(b)).flatMap(([, { template }]) => (template ? [template] : []));
    return new TemplateRegistry(this.builtIns, team);
  }

  /** The built-in templates only, parsed on first use so activation stays cheap. */
  get builtInTemplates(): readonly Template[] {
    return this.builtIns;
  }

  private get builtIns(): Template[] {
    this.parsedBuiltIns ??= Object.entries(this.builtInFiles).flatMap(([name, text]) => {
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

  private folders(): vscode.Uri[] {
    return (vscode.workspace.workspaceFolders ?? []).map((folder) => vscode.Uri.joinPath(folder.uri, templatesFolder(folder)));
  }

  /** (Re)subscribes to the events of every templates folder. */
  private follow(): void {
    this.follower?.dispose();
    const folders = this.folders();
    const isTemplate = (uri: vscode.Uri): boolean => /\.md$/i.test(uri.path) && folders.some((f) => vscode.Uri.joinPath(uri, '..').toString() === f.toString());
    this.follower = followFiles({
      matches: isTemplate,
      changed: (uri, text) => void this.loadReporting([uri], (file) => this.loadFile(file, text)),
      removed: (uri) => {
        for (const key of [...this.team.keys()]) {
          if (!isWithin(vscode.Uri.parse(key), uri)) continue;
          this.team.delete(key);
          this.reporter.clear(vscode.Uri.parse(key));
        }
      },
    }, folders.map((f) => new vscode.RelativePattern(f, '*.md')));
  }

  /** Lists every templates folder; reads new and changed files, forgets vanished ones. */
  private async refresh(): Promise<void> {
    const seen = new Set<string>();
    for (const folder of this.folders()) {
      const names = (await fileNames(folder)).filter((name) => /\.md$/i.test(name)).sort();
      if (names.length > MAX_TEAM_TEMPLATES) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Learning Loop: {0} holds {1} templates; only the first {2} (by name) are used.', vscode.workspace.asRelativePath(folder), names.length, MAX_TEAM_TEMPLATES));
      }
      const uris = names.slice(0, MAX_TEAM_TEMPLATES).map((name) => vscode.Uri.joinPath(folder, name));
      for (const uri of uris) seen.add(uri.toString());
      await this.loadReporting(uris, async (uri) => {
        const stamp = await stampOf(uri);
        if (stamp !== undefined && this.team.get(uri.toString())?.stamp !== stamp) await this.loadFile(uri, undefined, stamp);
      });
    }
    // Files no longer there lose their template and their diagnostics.
    for (const key of [...this.team.keys()]) {
      if (seen.has(key)) continue;
      this.team.delete(key);
      this.reporter.clear(vscode.Uri.parse(key));
    }
  }

  /** Runs `load` on each file; one that fails is reported at its first line and left out, the others load. */
  private async loadReporting(uris: readonly vscode.Uri[], load: (uri: vscode.Uri) => Promise<void>): Promise<void> {
    const failures = await loadEach(uris, load);
    for (const { item } of failures) this.team.delete(item.toString());
    this.reporter.failed(failures);
  }

  private async loadFile(uri: vscode.Uri, text?: string, stamp?: string): Promise<void> {
    const content = text ?? dirtyText(uri) ?? await readText(uri);
    if (content === undefined) {
      this.team.delete(uri.toString());
      this.reporter.clear(uri);
      return;
    }
    const { template, problems } = parseTemplate(content, uri.toString());
    // Text from an editor has no stamp: the next refresh reads the file as saved.
    this.team.set(uri.toString(), { template, stamp: stamp ?? (text === undefined ? await stampOf(uri) ?? '' : '') });
    this.reporter.report(uri, problems);
  }

  dispose(): void {
    for (const d of [...this.subscriptions, this.reporter]) d.dispose();
    this.follower?.dispose();
  }
}

/** Size and modification time: a changed file changes one of them. */
async function stampOf(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    return `${stat.size}:${stat.mtime}`;
  } catch {
    return undefined;
  }
}

/** A templates folder with more files than this is not a templates folder. */
const MAX_TEAM_TEMPLATES = 500;
