import * as vscode from 'vscode';
import { orderCandidates, carryForward, nextIteration, buildVariables } from '../core/retro/carryForward';
import { nextRoster } from '../core/retro/roster';
import { dateFromFileName, readRetroMeta } from '../core/retro/retroDoc';
import { localDate } from '../core/dates';
import { relativePath } from '../core/paths';
import { carryFromMemory } from '../core/memory/carry';
import type { ActionRecord, DocumentKind } from '../core/memory/model';
import { Variables } from '../core/templates/variables';
import { kindFolder, retrospectivesFolder, teamName } from './config';
import { fileNames, readText } from './files';

/** What a new retrospective needs to know about the folder it goes into. */
export interface RetroContext {
  readonly folder: vscode.Uri | undefined;
  readonly names: ReadonlySet<string>;
  readonly today: string;
  readonly variables: Readonly<Record<string, string>>;
  /** The previous retrospective the open actions came from, if any. */
  readonly previous: vscode.Uri | undefined;
}

/**
 * Finds the most recent earlier retrospective in the folder's retrospectives folder and
 * builds the template variables (team, iteration, link back, open actions, the roster with
 * the next facilitator). Reads only the
 * files it needs: the newest dated one that can be read, and the few without a date in
 * their name. `target` is the document being filled in: it is skipped, and links are made
 * relative to its folder (default: the retrospectives folder itself).
 */
/** The memory as carry-forward needs it (the memory service). */
export interface MemorySource {
  /** Resolves when the memory holds every document as it is now. */
  upToDate(): Promise<void>;
  actions(): readonly ActionRecord[];
}

/** Where the new document goes and where its open actions come from. */
export interface ContextOptions {
  /** Its kind decides its folder (default: retrospective). */
  readonly kind?: DocumentKind;
  /** With the memory, every open action of earlier retrospectives is carried, not only the last one's. */
  readonly memory?: MemorySource;
}

export async function retroContext(workspaceFolder: vscode.WorkspaceFolder | undefined, target?: vscode.Uri, options: ContextOptions = {}): Promise<RetroContext> {
  const today = localDate(new Date());
  const team = teamName(workspaceFolder);
  if (!workspaceFolder) {
    return { folder: undefined, names: new Set(), today, previous: undefined, variables: buildVariables({ team, today, previous: undefined }) };
  }
  // Only retrospectives count as the previous retro, whatever kind the new document is.
  const folder = vscode.Uri.joinPath(workspaceFolder.uri, retrospectivesFolder(workspaceFolder));
  const home = vscode.Uri.joinPath(workspaceFolder.uri, kindFolder(workspaceFolder, options.kind ?? 'retrospective'));
  const names = await fileNames(folder);
  const exclude = target && vscode.Uri.joinPath(target, '..').toString() === folder.toString() ? baseName(target) : undefined;
  const { dated: byName, undated } = orderCandidates(names.filter((n) => n !== exclude), today);
  const dated = await newestFirstOnSameDay(folder, byName);

  let best: { name: string; text: string; date: string } | undefined;
  for (const name of dated) {
    const text = await readText(vscode.Uri.joinPath(folder, name));
    if (text === undefined) continue; // unreadable: try the next newest
    best = { name, text, date: safeMeta(text).date ?? dateFromFileName(name) ?? '' };
    break;
  }
  for (const name of undated) {
    const text = await readText(vscode.Uri.joinPath(folder, name));
    const date = text === undefined ? undefined : safeMeta(text).date;
    if (text !== undefined && date && date <= today && (!best || date > best.date)) best = { name, text, date };
  }

  const fromDir = target ? vscode.Uri.joinPath(target, '..').path : home.path;
  const link = best && encodeURI(relativePath(fromDir, vscode.Uri.joinPath(folder, best.name).path));
  const previous = best && link !== undefined ? { text: best.text, link, label: best.name.replace(/\.md$/i, '') } : undefined;
  const meta = best ? safeMeta(best.text) : undefined;
  const variables = buildVariables({ team, today, previous, iteration: nextIteration(meta), carried: carryForward(previous, today), roster: nextRoster(meta) });
  if (options.memory) {
    await options.memory.upToDate();
    const linkTo = (uri: string): string => encodeURI(relativePath(fromDir, vscode.Uri.parse(uri).path));
    const carried = carryFromMemory({ actions: options.memory.actions(), today, linkTo, ...(target ? { exclude: target.toString() } : {}) });
    // With no retro and nothing open anywhere, "no earlier retrospective" says more.
    if (previous || carried.retrospective + carried.postmortem + carried.learning > 0) variables[Variables.openActions] = carried.markdown;
  }
  return {
    folder: home,
    names: new Set(home.toString() === folder.toString() ? names : await fileNames(home)),
    today,
    previous: best && vscode.Uri.joinPath(folder, best.name),
    variables,
  };
}

/** A retro's front matter; a file we cannot make sense of counts as having none. */
function safeMeta(text: string): ReturnType<typeof readRetroMeta> {
  try {
    return readRetroMeta(text);
  } catch {
    return {};
  }
}

/**
 * Several retros of the newest day (a 4Ls and a sailboat on the same Friday): names cannot
 * tell which came last, their modification times can. Only those few files are stat'ed.
 */
async function newestFirstOnSameDay(folder: vscode.Uri, dated: readonly string[]): Promise<string[]> {
  const day = dated[0] === undefined ? undefined : dateFromFileName(dated[0]);
  const sameDay = dated.filter((name) => dateFromFileName(name) === day);
  if (sameDay.length < 2) return [...dated];
  const times = new Map(await Promise.all(sameDay.map(async (name) => {
    const mtime = await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, name)).then((s) => s.mtime, () => 0);
    return [name, mtime] as const;
  })));
  const ordered = [...sameDay].sort((a, b) => (times.get(b) ?? 0) - (times.get(a) ?? 0));
  return [...ordered, ...dated.slice(sameDay.length)];
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
