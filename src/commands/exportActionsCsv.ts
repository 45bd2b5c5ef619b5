import * as vscode from 'vscode';
import type { Command } from './commandManager';
import { Commands } from '../constants';
import { actionsCsv } from '../core/insights/csv';
import type { MemoryReader } from '../services/insights';
import { createNewFile, encode } from '../services/files';
import { localDate } from '../core/dates';

/**
 * `learningLoop.exportActionsCsv [target]`: writes every action as CSV to a file the user picks
 * in the save dialog (which asks before replacing a file). A `vscode.Uri` argument (tests,
 * other extensions) is written only when no file is there yet. Resolves to the file written.
 */
export function exportActionsCsvCommand(memory: MemoryReader): Command {
  return {
    id: Commands.exportActionsCsv,
    execute: async (target?: unknown): Promise<vscode.Uri | undefined> => {
      const today = localDate(new Date());
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const actions = memory.actions();
      const relative = (u: string): string => vscode.workspace.asRelativePath(vscode.Uri.parse(u), false);
      const csv = actionsCsv(actions, today, relative);
      let uri: vscode.Uri | undefined;
      if (target instanceof vscode.Uri) {
        // No dialog asked: never replace a file.
        if (!(await createNewFile(target, csv))) {
          void vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists: the actions were not exported.', vscode.workspace.asRelativePath(target)));
          return undefined;
        }
        uri = target;
      } else {
        uri = await vscode.window.showSaveDialog({
          title: vscode.l10n.t('Export every action item as CSV'),
          saveLabel: vscode.l10n.t('Export'),
          filters: { [vscode.l10n.t('CSV files')]: ['csv'] },
          ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, `actions-${today}.csv`) } : {}),
        });
        if (!uri) return undefined;
        // The save dialog has asked before replacing an existing file.
        await vscode.workspace.fs.writeFile(uri, encode(csv));
      }
      vscode.window.setStatusBarMessage(vscode.l10n.t('Exported {0} action items to {1}.', actions.length, vscode.workspace.asRelativePath(uri)), 5000);
      return uri;
    },
  };
}

