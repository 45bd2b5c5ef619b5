import * as vscode from 'vscode';
import type { Command } from './commandManager';
import { Commands } from '../constants';
import { applyActionEdit, resolveTarget } from '../services/actionEdit';
import type { MemoryService } from '../services/memoryService';

/** `learningLoop.reopenAction [action | tree item | { uri, line }]`: unchecks the box and removes the done or dropped stamp. */
export function reopenActionCommand(memory: MemoryService): Command {
  return {
    id: Commands.reopenAction,
    execute: async (arg?: unknown): Promise<boolean> => {
      const target = await resolveTarget(memory, arg, ['done', 'dropped'], vscode.l10n.t('Which action item is open again?'));
      return target ? applyActionEdit(memory, target, 'reopen') : false;
    },
  };
}
