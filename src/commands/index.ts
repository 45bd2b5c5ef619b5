// Every command of Learning Loop, listed once (package.json contributes the same ids; the unit
// tests hold the two lists together).
import type { Command } from './commandManager';
import { convertActionsCommand } from './convertActions';
import { createTemplateCommand } from './createTemplate';
import { insertComparisonTableCommand } from './insertComparisonTable';
import { insertTemplateCommand } from './insertTemplate';
import { newRetrospectiveCommand } from './newRetrospective';
import { newLearningDocumentCommand } from './newLearningDocument';
import { completeActionCommand } from './completeAction';
import { reopenActionCommand } from './reopenAction';
import { dropActionCommand } from './dropAction';
import { openActionCommand } from './openAction';
import { openComparisonCommand } from './openComparison';
import { openInsightsCommand } from './openInsights';
import { insertInsightsSummaryCommand } from './insertInsightsSummary';
import { exportActionsCsvCommand } from './exportActionsCsv';
import { searchMemoryCommand } from './searchMemory';
import { showRelatedDocumentsCommand } from './showRelatedDocuments';
import { openGlossaryEntryCommand } from './openGlossaryEntry';
import { showTermCommand } from './showTerm';
import type { Features } from '../features';
import type { GlossaryStore } from '../services/glossaryStore';
import type { MemoryService } from '../services/memoryService';
import type { TemplateStore } from '../services/templateStore';

export { registerCommands, type Command } from './commandManager';

/** What the commands work on. */
export interface CommandDeps {
  readonly templates: TemplateStore;
  readonly glossary: GlossaryStore;
  readonly features: Features;
  readonly memory: MemoryService;
}

/** The commands, one per file in this folder. */
export function allCommands({ templates, glossary, features, memory }: CommandDeps): Command[] {
  return [
    convertActionsCommand(),
    insertTemplateCommand(templates, memory),
    newRetrospectiveCommand(templates, memory),
    newLearningDocumentCommand(templates, memory),
    createTemplateCommand(templates),
    openComparisonCommand(features.comparison),
    insertComparisonTableCommand(features.comparison),
    showTermCommand(glossary, features.compareQuery),
    openGlossaryEntryCommand(glossary),
    completeActionCommand(memory),
    reopenActionCommand(memory),
    dropActionCommand(memory),
    openActionCommand(memory),
    openInsightsCommand(features.insights),
    insertInsightsSummaryCommand(features.insights.service, features.insights.editors),
    exportActionsCsvCommand(memory),
    searchMemoryCommand(features.insights.search),
    showRelatedDocumentsCommand(memory),
  ];
}
