import * as vscode from 'vscode';
import { Commands } from '../constants';
import { BUILT_IN_ORIGIN } from '../core/glossary/entry';
import type { Command } from './commandManager';
import type { EntrySource } from './showTerm';

/** Opens the team glossary file of a term at its entry (the hover's "From:" link). Only files the glossary loaded are opened. */
export function openGlossaryEntryCommand(glossary: EntrySource): Command {
  return {
    id: Commands.openGlossaryEntry,
    async execute(term: unknown): Promise<void> {
      const entry = typeof term === 'string' ? glossary.entryFor(term) : undefined;
      if (entry === undefined || entry.origin === BUILT_IN_ORIGIN) return;
      const at = new vscode.Position(entry.line ?? 0, 0);
      await vscode.window.showTextDocument(vscode.Uri.parse(entry.origin), { selection: new vscode.Range(at, at) });
    },
  };
}
