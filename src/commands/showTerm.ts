import * as vscode from 'vscode';
import { Commands } from '../constants';
import { BUILT_IN_ORIGIN, type GlossaryEntry } from '../core/glossary/entry';
import type { Command } from './commandManager';

/** What the glossary commands need: the entry a term names. */
export interface EntrySource {
  entryFor(term: string): GlossaryEntry | undefined;
}

/** Shows a glossary term (the hover's "Related:" links): its definition, and where to go from there. */
export function showTermCommand(glossary: EntrySource, compareQuery: (entry: GlossaryEntry) => string | undefined): Command {
  return {
    id: Commands.showTerm,
    async execute(term: unknown): Promise<void> {
      if (typeof term !== 'string') return;
      const entry = glossary.entryFor(term);
      if (entry === undefined) {
        void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” is not in the glossary.', term));
        return;
      }
      const open = vscode.l10n.t('Open Entry');
      const compare = vscode.l10n.t('Compare the Two Concepts');
      const query = compareQuery(entry);
      const actions = [...(entry.origin === BUILT_IN_ORIGIN ? [] : [open]), ...(query === undefined ? [] : [compare])];
      const detail = [entry.definition, entry.details ?? '', entry.see.length > 0 ? vscode.l10n.t('Related: {0}', entry.see.join(', ')) : '']
        .filter((part) => part.trim() !== '').join('\n\n');
      const choice = await vscode.window.showInformationMessage(entry.term, { modal: true, detail }, ...actions);
      if (choice === open) await vscode.commands.executeCommand(Commands.openGlossaryEntry, entry.term);
      else if (choice === compare) await vscode.commands.executeCommand(Commands.openComparison, ...(query === '' || query === undefined ? [] : [query]));
    },
  };
}
