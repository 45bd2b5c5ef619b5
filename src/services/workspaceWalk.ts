import * as vscode from 'vscode';
import { compileGlob, type Glob, type GlobProblem } from '../core/glob';

// Finding files without `workspace.findFiles`: on vscode.dev's virtual file systems there is no
// search provider (the promise never settles), so folders are walked with workspace.fs.

/** Folders a `**` never descends into: dependencies and VCS data, never a team's documents. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules', '.hg', '.svn']);
/** Directory entries one walk looks at before it stops (and says so). */
export const MAX_WALK_ENTRIES = 20_000;

/** What a walk found, and why it may be incomplete. */
export interface WalkResult {
  readonly files: vscode.Uri[];
  /** Patterns that could not be used, with the reason. */
  readonly invalid: readonly { pattern: string; problem: GlobProblem }[];
  /** True when MAX_WALK_ENTRIES (or the caller's maxFiles) cut the walk short. */
  readonly truncated: boolean;
}

/** Compiles the patterns that can be compiled; the others come back in `invalid`. */
export function compileGlobs(patterns: readonly string[]): { globs: Glob[]; invalid: { pattern: string; problem: GlobProblem }[] } {
  const globs: Glob[] = [];
  const invalid: { pattern: string; problem: GlobProblem }[] = [];
  for (const pattern of patterns) {
    const compiled = compileGlob(pattern);
    if ('glob' in compiled) globs.push(compiled.glob);
    else invalid.push({ pattern, problem: compiled.problem });
  }
  return { globs, invalid };
}

/**
 * Every file under `root` matching one of `patterns` (relative to `root`), found with
 * workspace.fs only: a pattern without wildcards is one `stat`, the others walk from their
 * literal base folder, no deeper than the pattern reaches. A folder that exists but cannot be
 * listed goes to `unreadable` (so a walk is never silently short).
 */
export async function walkForFiles(root: vscode.Uri, patterns: readonly string[], maxFiles: number, unreadable?: UnreadableFolder): Promise<WalkResult> {
  const { globs, invalid } = compileGlobs(patterns);
  const found = new Map<string, vscode.Uri>();
  let budget = MAX_WALK_ENTRIES;
  let truncated = false;
  for (const alternative of globs.flatMap((g) => g.alternatives)) {
    if (found.size >= maxFiles) {
      truncated = true;
      break;
    }
    if (alternative.literal !== undefined) {
      const uri = vscode.Uri.joinPath(root, alternative.literal);
      if (await isFile(uri)) found.set(uri.toString(), uri);
      continue;
    }
    // Breadth first from the base folder; each queued folder carries its path below the base.
    const queue: { uri: vscode.Uri; relative: string[]; depth: number }[] = [{ uri: vscode.Uri.joinPath(root, ...alternative.base), relative: [...alternative.base], depth: 0 }];
    for (let next = queue.shift(); next && !truncated; next = queue.shift()) {
      for (const [name, type] of await folderEntries(next.uri, unreadable)) {
        if (--budget < 0 || found.size >= maxFiles) {
          truncated = true;
          break;
        }
        const relative = [...next.relative, name];
        const uri = vscode.Uri.joinPath(next.uri, name);
        if ((type & vscode.FileType.Directory) !== 0) {
          const deeper = alternative.depth === undefined || next.depth + 1 < alternative.depth;
          if (deeper && !SKIPPED_FOLDERS.has(name)) queue.push({ uri, relative, depth: next.depth + 1 });
        } else if ((type & vscode.FileType.File) !== 0 && alternative.matches(relative.join('/'))) {
          found.set(uri.toString(), uri);
        }
      }
    }
  }
  return { files: [...found.values()], invalid, truncated };
}

/** Whether `uri`, relative to `root`, matches one of the compiled globs. */
export function matchesAny(root: vscode.Uri, uri: vscode.Uri, globs: readonly Glob[]): boolean {
  if (uri.scheme !== root.scheme || uri.authority !== root.authority) return false;
  const base = root.path.endsWith('/') ? root.path : `${root.path}/`;
  if (!uri.path.startsWith(base)) return false;
  const relative = uri.path.slice(base.length);
  return globs.some((g) => g.matches(relative));
}

/** Called with a folder that exists but could not be listed (a permission error, a file in its place). */
export type UnreadableFolder = (folder: vscode.Uri, error: unknown) => void;

/**
 * A folder's entries through `workspace.fs`; none when it does not exist. Any other failure is
 * passed to `unreadable` (if given), so a folder that cannot be read is not silently empty.
 */
export async function folderEntries(folder: vscode.Uri, unreadable?: UnreadableFolder): Promise<[string, vscode.FileType][]> {
  try {
    return await vscode.workspace.fs.readDirectory(folder);
  } catch (error) {
    if (!isNotFound(error)) unreadable?.(folder, error);
    return []; // a missing folder holds nothing
  }
}

/** Whether `error` says the entry does not exist (the one failure that means "empty"). */
export function isNotFound(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'EntryNotFound');
}

async function isFile(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.File) !== 0;
  } catch {
    return false;
  }
}
