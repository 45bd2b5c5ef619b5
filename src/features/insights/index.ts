import * as vscode from 'vscode';
import { registerCommands } from '../../commands/commandManager';
import { exportActionsCsvCommand } from '../../commands/exportActionsCsv';
import { insertInsightsSummaryCommand } from '../../commands/insertInsightsSummary';
import { searchMemoryCommand } from '../../commands/searchMemory';
import type { Insights } from '../../core/insights/model';
import type { SearchIndex, SearchResult } from '../../core/memory/search';
import { InsightsService, type MemoryReader } from '../../services/insights';
import { MarkdownEditors } from '../../services/markdownEditors';
import { registerInsightsPanel } from './panel';
import { registerRelatedLens } from './relatedLens';

/** The insights' part of the public `memory` API. */
export interface InsightsApi {
  insights(): Insights;
  search(query: string, limit?: number): SearchResult[];
}

/** Registers the insights panel, the export and search commands and the CodeLens; returns their API. */
export function registerInsights(context: vscode.ExtensionContext, memory: MemoryReader, search: SearchIndex): { disposable: vscode.Disposable; api: InsightsApi } {
  const service = new InsightsService(memory);
  const editors = new MarkdownEditors();
  const disposable = vscode.Disposable.from(
    service,
    editors,
    registerInsightsPanel(context, service),
    registerCommands([insertInsightsSummaryCommand(service, editors), exportActionsCsvCommand(memory), searchMemoryCommand(search)]),
    registerRelatedLens(memory),
  );
  const api: InsightsApi = {
    insights: () => service.insights(),
    // A bad argument from another extension finds nothing rather than throwing.
    search: (query, limit) => (typeof query === 'string' ? search.search(query, typeof limit === 'number' ? limit : undefined) : []),
  };
  return { disposable, api };
}
