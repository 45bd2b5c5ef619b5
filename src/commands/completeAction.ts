import * as vscode from 'vscode';
import type { Command } from './commandManager';
import { Commands } from '../constants';
import { applyActionEdit, resolveTarget } from '../services/actionEdit';
import type { MemoryService } from '../services/memoryService';

/** `learningLoop.completeAction [action | tree item | { uri, line }]`: checks the box and stamps `done:` today. */
export function completeActionCommand(memory: MemoryService): Command {
  return {
    id: Commands.completeAction,
    execute: async (arg?: unknown): Promise<boolean> => {
      const target = await resolveTarget(memory, arg, ['open'], vscode.l10n.t('Which action item is done?'));
      return target ? applyActionEdit(memory, target, 'complete') : false;
    },
  };
}
