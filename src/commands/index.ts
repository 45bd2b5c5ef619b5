// Every command of Learning Loop, listed once (package.json contributes the same ids; the unit
// tests hold the two lists together).
import type { Command } from './commandManager';
import { convertActionsCommand } from './convertActions';
import { createTemplateCommand } from './createTemplate';
import { insertComparisonTableCommand } from './insertComparisonTable';
import { insertTemplateCommand } from './insertTemplate';
import { newRetrospectiveCommand } from './newRetrospective';
import { openComparisonCommand } from './openComparison';
import { openGlossaryEntryCommand } from './openGlossaryEntry';
import { showTermCommand } from './showTerm';
import type { Features } from '../features';
import type { GlossaryStore } from '../services/glossaryStore';
import type { TemplateStore } from '../services/templateStore';

export { registerCommands, type Command } from './commandManager';

/** What the commands work on. */
export interface CommandDeps {
  readonly templates: TemplateStore;
  readonly glossary: GlossaryStore;
  readonly features: Features;
}

/** The commands, one per file in this folder. */
export function allCommands({ templates, glossary, features }: CommandDeps): Command[] {
  return [
    convertActionsCommand(),
    insertTemplateCommand(templates),
    newRetrospectiveCommand(templates),
    createTemplateCommand(templates),
    openComparisonCommand(features.comparison),
    insertComparisonTableCommand(features.comparison),
    showTermCommand(glossary, features.compareQuery),
    openGlossaryEntryCommand(glossary),
  ];
}
