import * as vscode from 'vscode';
import type { Command } from './commandManager';
import { Commands } from '../constants';
import { applyActionEdit, resolveTarget } from '../services/actionEdit';
import type { MemoryService } from '../services/memoryService';

/**
 * `learningLoop.dropAction [action | tree item | { uri, line }] [reason]`: strikes the item
 * through and stamps `dropped:` today, with a one-line reason (asked for when not given).
 */
export function dropActionCommand(memory: MemoryService): Command {
  return {
    id: Commands.dropAction,
    execute: async (arg?: unknown, reason?: unknown): Promise<boolean> => {
      const target = await resolveTarget(memory, arg, ['open', 'done'], vscode.l10n.t('Which action item does the team drop?'));
      if (!target) return false;
      const why = typeof reason === 'string' ? reason : await vscode.window.showInputBox({
        prompt: vscode.l10n.t('Why is it dropped? (one line, may be left empty)'),
        placeHolder: vscode.l10n.t('e.g. no longer needed after the migration'),
        ignoreFocusOut: true,
      });
      if (why === undefined) return false; // dismissed: nothing changes
      return applyActionEdit(memory, target, 'drop', why.replace(/\s+/g, ' ').trim());
    },
  };
}
