import * as vscode from 'vscode';
import type { Command } from './commandManager';
import { Commands } from '../constants';
import { invalidTemplateId, teamCopyText } from '../core/templates/teamCopy';
import type { Template } from '../core/templates/template';
import { templatesFolder } from '../services/config';
import { createNewFile, exists } from '../services/files';
import { resolveTemplate, type TemplateSource } from '../services/pickTemplate';
import { pickWorkspaceFolder } from '../services/pickWorkspaceFolder';
import type { TemplateStore } from '../services/templateStore';

/**
 * `learningLoop.createTemplate [id] [newId]`: copies a built-in template into the team's templates
 * folder under an id the user names (asked when not given). An id a built-in has replaces that
 * built-in, only after the user confirms; an existing file is opened, never overwritten.
 * Resolves to the new file's Uri.
 */
export function createTemplateCommand(store: TemplateStore): Command {
  return {
    id: Commands.createTemplate,
    execute: async (id?: unknown, newId?: unknown): Promise<vscode.Uri | undefined> => {
      const source = await resolveTemplate(builtIns(store.builtInTemplates), id, vscode.l10n.t('Copy which built-in template into the team’s templates folder?'));
      const text = source && store.builtInText(source.id);
      if (!source || text === undefined) return undefined;
      const folder = await pickWorkspaceFolder(vscode.l10n.t('Which workspace folder keeps the team template?'));
      if (!folder) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: team templates live in the repository.'));
        return undefined;
      }
      // A name given by a caller is explicit; a typed one that shadows a built-in is confirmed first.
      const teamId = typeof newId === 'string' && invalidTemplateId(newId) === undefined ? newId : await askTeamId(source, store.builtInTemplates);
      if (teamId === undefined) return undefined;
      const target = vscode.Uri.joinPath(folder.uri, templatesFolder(folder), `${teamId}.md`);
      if (await exists(target)) {
        await vscode.window.showTextDocument(target);
        void vscode.window.showInformationMessage(vscode.l10n.t('{0} already exists: opened it unchanged.', vscode.workspace.asRelativePath(target)));
        return target;
      }
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
      if (!await createNewFile(target, teamCopyText(text, teamId, source.id))) return undefined;
      await vscode.window.showTextDocument(target);
      return target;
    },
  };
}

/** Asks for the team template's id, prefilled; undefined when the user cancels or declines to replace a built-in. */
async function askTeamId(source: Template, builtIn: readonly Template[]): Promise<string | undefined> {
  const suggested = `team-${source.id}`;
  const typed = await vscode.window.showInputBox({
    title: vscode.l10n.t('Name the team template'),
    prompt: vscode.l10n.t('The id the team template goes by (also its file name).'),
    value: suggested,
    valueSelection: [0, suggested.length],
    ignoreFocusOut: true,
    validateInput: (value) => {
      const problem = invalidTemplateId(value);
      if (problem === 'empty') return vscode.l10n.t('Give the template an id.');
      if (problem === 'pattern') return vscode.l10n.t('Use lowercase letters, digits and single hyphens, such as “team-retro”.');
      return builtIn.some((t) => t.id === value)
        ? { message: vscode.l10n.t('A built-in template has this id: the team template will replace it.'), severity: vscode.InputBoxValidationSeverity.Warning }
        : undefined;
    },
  });
  if (typed === undefined) return undefined;
  const shadowed = builtIn.find((t) => t.id === typed);
  if (!shadowed) return typed;
  const replace = vscode.l10n.t('Replace the Built-in');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('“{0}” is the id of the built-in template “{1}”: the team template will replace it in every picker. Replace it?', typed, shadowed.name),
    { modal: true }, replace);
  return answer === replace ? typed : undefined;
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
