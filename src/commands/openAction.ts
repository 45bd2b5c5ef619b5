import * as vscode from 'vscode';
import type { Command } from './commandManager';
import { Commands } from '../constants';
import { resolveTarget } from '../services/actionEdit';
import type { MemoryService } from '../services/memoryService';

/** `learningLoop.openAction [action | tree item | { uri, line }]`: opens the item's latest occurrence at its line. */
export function openActionCommand(memory: MemoryService): Command {
  return {
    id: Commands.openAction,
    execute: async (arg?: unknown): Promise<vscode.TextEditor | undefined> => {
      const target = await resolveTarget(memory, arg, ['open', 'done', 'dropped'], vscode.l10n.t('Open which action item?'));
      if (!target) return undefined;
      try {
        const document = await vscode.workspace.openTextDocument(target.uri);
        const line = Math.min(target.line, Math.max(0, document.lineCount - 1));
        const at = new vscode.Range(line, 0, line, 0);
        return await vscode.window.showTextDocument(document, { selection: at, preview: true });
      } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not open {0}: {1}', vscode.workspace.asRelativePath(target.uri), error instanceof Error ? error.message : String(error)));
        return undefined;
      }
    },
  };
}
