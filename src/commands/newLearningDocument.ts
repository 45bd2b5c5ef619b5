import * as vscode from 'vscode';
import type { Command } from './commandManager';
import { Commands } from '../constants';
import { resolveTemplate } from '../services/pickTemplate';
import { createFromTemplate } from '../services/newDocument';
import type { MemorySource } from '../services/retroContext';
import type { TemplateStore } from '../services/templateStore';

/**
 * `learningLoop.newLearningDocument [id]`: a postmortem, lessons-learned review or learning plan
 * from its template, created in the folder of its kind. Resolves to its Uri.
 */
export function newLearningDocumentCommand(store: TemplateStore, memory?: MemorySource): Command {
  return {
    id: Commands.newLearningDocument,
    execute: async (id?: unknown): Promise<vscode.Uri | undefined> => {
      const template = await resolveTemplate(await store.registry(), id, vscode.l10n.t('Which kind of learning document?'), (t) => t.kind !== 'retrospective');
      return template && createFromTemplate(template, memory);
    },
  };
}
