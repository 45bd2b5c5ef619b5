import * as vscode from 'vscode';
import type { Command } from './commandManager';
import { Commands } from '../constants';
import type { SearchIndex, SearchResult } from '../core/memory/search';
import { openAt } from '../features/insights/openDocuments';
import { readText } from '../services/files';

/** Results shown at once in the quick pick. */
const SHOWN_RESULTS = 30;
/** Documents whose lines are kept while the quick pick is open (to show each hit's line). */
const LINE_CACHE = 60;
/** A matching line longer than this is shortened in the list. */
const MAX_DETAIL = 160;

interface Item extends vscode.QuickPickItem {
  readonly result: SearchResult;
}

/**
 * `learningLoop.searchMemory [query]`: full-text search over every learning document as a quick
 * pick of title, date and matching line; the one picked opens at that line.
 */
export function searchMemoryCommand(index: SearchIndex): Command {
  return {
    id: Commands.searchMemory,
    execute: (query?: unknown): Promise<vscode.TextEditor | undefined> => new Promise((resolve) => {
      const pick = vscode.window.createQuickPick<Item>();
      pick.placeholder = vscode.l10n.t('Search every retrospective, postmortem and lessons-learned document');
      pick.matchOnDescription = true;
      pick.matchOnDetail = true;
      const lines = new Map<string, readonly string[]>();
      let generation = 0;
      const update = (value: string): void => {
        const mine = ++generation;
        const results = index.search(value, SHOWN_RESULTS);
        const item = (r: SearchResult, line?: string): Item => ({
          label: r.title,
          description: index.document(r.uri)?.date ?? '',
          detail: line === undefined ? vscode.workspace.asRelativePath(vscode.Uri.parse(r.uri)) : shorten(line),
          alwaysShow: true, // ranked by the search, not filtered again by the quick pick
          result: r,
        });
        pick.items = results.map((r) => item(r, lines.get(r.uri)?.[r.line]));
        // The matching lines are read after the list shows, then filled in.
        void Promise.all(results.map(async (r) => {
          if (!lines.has(r.uri)) lines.set(r.uri, await linesOf(r.uri));
          if (lines.size > LINE_CACHE) lines.delete(lines.keys().next().value ?? '');
        })).then(() => {
          if (mine === generation) pick.items = results.map((r) => item(r, lines.get(r.uri)?.[r.line]));
        });
      };
      pick.onDidChangeValue(update);
      pick.onDidAccept(() => {
        const chosen = pick.selectedItems[0]?.result;
        pick.hide();
        if (chosen) void openAt(chosen).then(resolve, () => resolve(undefined));
        else resolve(undefined);
      });
      pick.onDidHide(() => {
        pick.dispose();
        resolve(undefined);
      });
      if (typeof query === 'string') {
        pick.value = query;
        update(query);
      }
      pick.show();
    }),
  };
}

function shorten(line: string): string {
  const t = line.trim();
  return t.length > MAX_DETAIL ? `${t.slice(0, MAX_DETAIL)}…` : t;
}

/** The document's lines: from the open editor when there is one, else from the file. */
async function linesOf(uri: string): Promise<readonly string[]> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  const text = open ? open.getText() : await readText(vscode.Uri.parse(uri));
  return (text ?? '').split(/\r?\n/);
}
