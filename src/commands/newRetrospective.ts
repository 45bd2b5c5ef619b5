import * as vscode from 'vscode';
import type { Command } from './commandManager';
import { Commands } from '../constants';
import { resolveTemplate } from '../services/pickTemplate';
import { createFromTemplate } from '../services/newDocument';
import type { MemorySource } from '../services/retroContext';
import type { TemplateStore } from '../services/templateStore';

/**
 * `learningLoop.newRetrospective [id]`: a new retrospective from a retrospective format (the
 * picker offers those only; an id of another kind still goes into that kind's folder), with
 * every open action of earlier retrospectives carried forward. Resolves to its Uri.
 */
export function newRetrospectiveCommand(store: TemplateStore, memory?: MemorySource): Command {
  return {
    id: Commands.newRetrospective,
    execute: async (id?: unknown): Promise<vscode.Uri | undefined> => {
      const template = await resolveTemplate(await store.registry(), id, vscode.l10n.t('Which format for the new retrospective?'), (t) => t.kind === 'retrospective');
      return template && createFromTemplate(template, memory);
    },
  };
}
