import * as vscode from 'vscode';
import type { Command } from './commandManager';
import { Commands } from '../constants';
import { relatedTo } from '../features/insights/relatedLens';
import { openAt } from '../features/insights/openDocuments';
import type { MemoryReader } from '../services/insights';

/**
 * `learningLoop.showRelatedDocuments [uri]` (the CodeLens's command): lists the earlier documents
 * that share a glossary term or tag with the postmortem or lessons-learned document `uri` (a
 * string or Uri; default the active editor's) and opens the one picked.
 */
export function showRelatedDocumentsCommand(memory: MemoryReader): Command {
  return {
    id: Commands.showRelatedDocuments,
    execute: async (uri?: unknown): Promise<vscode.TextEditor | undefined> => {
      const key = uri instanceof vscode.Uri ? uri.toString() : typeof uri === 'string' ? uri : vscode.window.activeTextEditor?.document.uri.toString();
      const found = key === undefined ? [] : relatedTo(memory, key);
      if (found.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No earlier document shares a glossary term or tag with this one.'));
        return undefined;
      }
      const picked = await vscode.window.showQuickPick(found.map((r) => ({
        label: r.document.title, description: r.document.date, detail: r.shared.join(', '), uri: r.document.uri,
      })), { placeHolder: vscode.l10n.t('Earlier documents on the same terms (most shared first)'), matchOnDetail: true });
      return picked ? openAt({ uri: picked.uri }) : undefined;
    },
  };
}
