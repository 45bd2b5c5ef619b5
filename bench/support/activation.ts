// Activation time of the built extension (dist/node/extension.js), measured in Node with a stand-in
// for the `vscode` module: real Uri, events, configuration defaults and a workspace.fs over the
// disk; everything else answers with inert objects. activate() on a workspace holding the
// generated memory is compared with activate() on an empty one, in one run: the index must not
// be on the activation path. The time until memory.ready() is printed next to it.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';

const RUNS = 15;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const BUNDLE = resolve(__dirname, '../../dist/node/extension.js');
const PACKAGE = resolve(__dirname, '../../package.json');

/** Something that answers every property and call with itself: an inert editor API. */
function inert(): unknown {
  const target = function () { /* inert */ };
  const proxy: unknown = new Proxy(target, {
    get: (_t, key) => (key === 'then' ? undefined : key === Symbol.toPrimitive ? () => '' : proxy),
    apply: () => proxy,
    construct: () => proxy as object,
    set: () => true,
  });
  return proxy;
}

class Uri {
  constructor(readonly scheme: string, readonly authority: string, readonly path: string) {}
  static file(path: string): Uri { return new Uri('file', '', path); }
  static parse(value: string): Uri {
    const m = /^([a-z][\w+.-]*):(?:\/\/([^/]*))?(.*)$/i.exec(value);
    return m ? new Uri(m[1] ?? 'file', m[2] ?? '', decodeURIComponent(m[3] ?? '')) : Uri.file(value);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri { return new Uri(base.scheme, base.authority, [base.path, ...parts].join('/').replace(/\/+/g, '/')); }
  get fsPath(): string { return this.path; }
  with(change: { path?: string }): Uri { return new Uri(this.scheme, this.authority, change.path ?? this.path); }
  toString(): string { return `${this.scheme}://${this.authority}${encodeURI(this.path)}`; }
}

class EventEmitter<T> {
  private listeners: ((e: T) => void)[] = [];
  readonly event = (listener: (e: T) => void): { dispose(): void } => {
    this.listeners.push(listener);
    return { dispose: () => { this.listeners = this.listeners.filter((l) => l !== listener); } };
  };
  fire(e: T): void { for (const l of this.listeners) l(e); }
  dispose(): void { this.listeners = []; }
}

class Disposable {
  constructor(private readonly fn: () => void) {}
  static from(...items: { dispose(): unknown }[]): Disposable { return new Disposable(() => items.forEach((i) => i.dispose())); }
  dispose(): void { this.fn(); }
}

/** The errors `workspace.fs` throws; a missing entry is `FileNotFound`, as in VS Code. */
class FileSystemError extends Error {
  constructor(readonly code: string, message: string) { super(message); }
  static FileNotFound(uri: Uri): FileSystemError { return new FileSystemError('FileNotFound', uri.toString()); }
}

/** Runs a disk call as `workspace.fs` would: a missing entry throws FileSystemError.FileNotFound. */
async function fsCall<T>(uri: Uri, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') throw FileSystemError.FileNotFound(uri);
    throw error;
  }
}

class CancellationTokenSource {
  readonly token = { isCancellationRequested: false, onCancellationRequested: () => new Disposable(() => undefined) };
  cancel(): void { this.token.isCancellationRequested = true; }
  dispose(): void { /* nothing held */ }
}

/** The `vscode` stand-in for a workspace folder at `root`. */
function vscodeFor(root: string): unknown {
  const folder = { uri: Uri.file(root), name: 'bench', index: 0 };
  const onEvent = (): Disposable => new Disposable(() => undefined);
  const api: Record<string, unknown> = {
    Uri, EventEmitter, Disposable, CancellationTokenSource, FileSystemError,
    ...Object.fromEntries(['TreeItem', 'ThemeIcon', 'ThemeColor', 'MarkdownString', 'Range', 'Position', 'Selection', 'RelativePattern',
      'SnippetString', 'WorkspaceEdit', 'Hover', 'Diagnostic', 'Location', 'TreeItemCollapsibleState', 'StatusBarAlignment', 'ProgressLocation', 'QuickPickItemKind',
      'ViewColumn', 'DiagnosticSeverity', 'ConfigurationTarget', 'UIKind', 'ExtensionKind', 'TextEditorRevealType', 'languages', 'env', 'extensions'].map((name) => [name, inert()])),
    commands: { executeCommand: async () => undefined, registerCommand: () => new Disposable(() => undefined), getCommands: async () => [] },
    // Calls that answer later (messages, progress) answer with a promise; the rest are inert.
    window: new Proxy({}, { get: (_t, key: string) => (/^show|^withProgress/.test(key) ? async () => undefined : key.startsWith('on') ? onEvent : key === 'createOutputChannel' ? () => ({ appendLine: (line: string) => { if (process.env.LL_DEBUG) console.log(line); }, dispose: () => undefined }) : inert()) }),
    FileType: { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 },
    l10n: { t: (message: string, ...args: unknown[]) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)])) },
    workspace: new Proxy({
      workspaceFolders: [folder],
      textDocuments: [],
      getConfiguration: () => ({ get: <T>(_key: string, fallback?: T) => fallback, update: async () => undefined, inspect: () => undefined }),
      getWorkspaceFolder: () => folder,
      asRelativePath: (uri: Uri) => uri.path,
      fs: {
        readDirectory: (uri: Uri) => fsCall(uri, async () => (await readdir(uri.path, { withFileTypes: true })).map((e) => [e.name, e.isDirectory() ? 2 : 1])),
        readFile: (uri: Uri) => fsCall(uri, async () => new Uint8Array(await readFile(uri.path))),
        stat: (uri: Uri) => fsCall(uri, async () => { const s = await stat(uri.path); return { type: s.isDirectory() ? 2 : 1, mtime: s.mtimeMs, ctime: s.ctimeMs, size: s.size }; }),
        isWritableFileSystem: () => true,
      },
      createFileSystemWatcher: () => ({ onDidCreate: onEvent, onDidChange: onEvent, onDidDelete: onEvent, dispose: () => undefined }),
    }, { get: (t: Record<string, unknown>, key: string) => (key in t ? t[key] : key.startsWith('on') ? onEvent : inert()) }),
  };
  return new Proxy(api, { get: (t, key: string) => (key in t ? t[key] : inert()) });
}

interface Activated { memory: { ready(): Promise<void>; actions(): unknown[] } }

/** activate() in a fresh module instance over `root`; its time, and the time until memory.ready(). */
async function activateOnce(root: string): Promise<{ activate: number; ready: number; actions: number }> {
  const vscode = vscodeFor(root);
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  loader._load = (request: string, ...rest: unknown[]) => (request === 'vscode' ? vscode : original(request, ...rest));
  try {
    const load = createRequire(__filename);
    delete load.cache[BUNDLE];
    const extension = load(BUNDLE) as { activate: (context: unknown) => Activated };
    const context = { extension: { id: 'learning-loop.learning-loop' }, subscriptions: [] as { dispose(): void }[], workspaceState: { get: () => undefined, update: async () => undefined }, globalState: { get: () => undefined, update: async () => undefined }, extensionUri: Uri.file(resolve(__dirname, '../..')), extensionPath: resolve(__dirname, '../..') };
    const start = performance.now();
    const api = extension.activate(context);
    const activated = performance.now() - start;
    await api.memory.ready();
    const ready = performance.now() - start;
    const actions = api.memory.actions().length;
    for (const d of context.subscriptions) d.dispose();
    return { activate: activated, ready, actions };
  } finally {
    loader._load = original;
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Prints activate() on the memory at `root` next to activate() on an empty workspace. */
export async function measureActivation(root: string): Promise<void> {
  // Always built afresh: a bundle left from an older checkout would measure older code.
  execFileSync(process.execPath, [resolve(__dirname, '../../esbuild.js')], { stdio: 'ignore' });
  if (!existsSync(BUNDLE) || JSON.parse(readFileSync(PACKAGE, 'utf8')).main !== './dist/node/extension.js') throw new Error(`no ${BUNDLE} after the build`);
  const empty = mkdtempSync(join(tmpdir(), 'll-empty-'));
  try {
    const full: number[] = [];
    const bare: number[] = [];
    let ready = 0;
    let actions = 0;
    const bareAgain: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Each activate() starts from a collected heap: the last run's memory is not this one's cost.
      gc();
      const withMemory = await activateOnce(root);
      full.push(withMemory.activate);
      ready = withMemory.ready;
      actions = withMemory.actions;
      gc();
      bare.push((await activateOnce(empty)).activate);
      gc();
      bareAgain.push((await activateOnce(empty)).activate);
    }
    const noise = Math.max(median(bare), median(bareAgain)) / Math.min(median(bare), median(bareAgain));
    console.log(`activation (activate() of dist/node/extension.js, median of ${RUNS}): ${median(full).toFixed(2)} ms with the generated memory vs ${median(bare).toFixed(2)} ms on an empty workspace: ${(median(full) / median(bare)).toFixed(2)}× (target: unchanged within noise)`);
    console.log(`  noise: a second empty-workspace series in the same loop, ${median(bareAgain).toFixed(2)} ms: ${noise.toFixed(2)}× apart`);
    console.log(`  the memory's first index finished ${ready.toFixed(0)} ms after activate() began (${actions} actions), off the activation path`);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
}
