import * as vscode from 'vscode';
import type { Command } from './commandManager';
import { Commands } from '../constants';
import type { Template } from '../core/templates/template';
import { templatesFolder } from '../services/config';
import { createNewFile, exists } from '../services/files';
import { pickWorkspaceFolder, resolveTemplate, type TemplateSource } from '../services/pickTemplate';
import type { TemplateStore } from '../services/templateStore';

/**
 * `learningLoop.createTemplate [id]`: copies a built-in template into the team's templates
 * folder so the team can edit it. Keeping the id overrides the built-in one; an existing
 * file is opened, never overwritten. Resolves to the new file's Uri.
 */
export function createTemplateCommand(store: TemplateStore): Command {
  return {
    id: Commands.createTemplate,
    execute: async (id?: unknown): Promise<vscode.Uri | undefined> => {
      const source = await resolveTemplate(builtIns(store.builtInTemplates), id, vscode.l10n.t('Copy which built-in template into the team’s templates folder?'));
      const text = source && store.builtInText(source.id);
      if (!source || text === undefined) return undefined;
      const folder = await pickWorkspaceFolder(vscode.l10n.t('Which workspace folder keeps the team template?'));
      if (!folder) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: team templates live in the repository.'));
        return undefined;
      }
      const target = vscode.Uri.joinPath(folder.uri, templatesFolder(folder), `${source.id}.md`);
      if (await exists(target)) {
        await vscode.window.showTextDocument(target);
        void vscode.window.showInformationMessage(vscode.l10n.t('{0} already exists: opened it unchanged.', vscode.workspace.asRelativePath(target)));
        return target;
      }
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
      if (!await createNewFile(target, text)) return undefined;
      await vscode.window.showTextDocument(target);
      return target;
    },
  };
}

/** The built-in templates as a pick's source: an unknown id names the built-in ids. */
function builtIns(templates: readonly Template[]): TemplateSource {
  return {
    get: (id) => templates.find((t) => t.id === id),
    all: () => [...templates],
    ids: () => templates.map((t) => t.id),
    notFound: (id) => vscode.l10n.t('No built-in template “{0}”. Built-in ids: {1}', id, templates.map((t) => t.id).join(', ')),
  };
}
