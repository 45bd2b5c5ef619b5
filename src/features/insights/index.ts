// The insights feature: the panel (and its serializer), the CodeLens, and what the insights
// commands and the public API call (the commands are registered with the others in src/commands).
import * as vscode from 'vscode';
import type { Insights } from '../../core/insights/model';
import type { SearchIndex, SearchResult } from '../../core/memory/search';
import { InsightsService, type MemoryReader } from '../../services/insights';
import { MarkdownEditors } from '../../services/markdownEditors';
import { registerInsightsPanel, type OpenInsightsResult } from './panel';
import { registerRelatedLens } from './relatedLens';

export type { OpenInsightsResult } from './panel';

/** The insights' part of the public `memory` API. */
export interface InsightsApi {
  insights(): Insights;
  search(query: string, limit?: number): SearchResult[];
}

/** What the insights commands call. */
export interface InsightsFeature extends vscode.Disposable {
  readonly service: InsightsService;
  readonly memory: MemoryReader;
  readonly search: SearchIndex;
  /** The Markdown editor the summary goes into (the active one, else the last one). */
  readonly editors: MarkdownEditors;
  open(): OpenInsightsResult;
  readonly api: InsightsApi;
}

/** Creates the insights panel and the CodeLens over the memory and its search index. */
export function registerInsights(context: vscode.ExtensionContext, memory: MemoryReader, search: SearchIndex): InsightsFeature {
  const service = new InsightsService(memory);
  const editors = new MarkdownEditors();
  const panel = registerInsightsPanel(context, service);
  const lens = registerRelatedLens(memory);
  return {
    service,
    memory,
    search,
    editors,
    open: () => panel.open(),
    api: {
      insights: () => service.insights(),
      // A bad argument from another extension finds nothing rather than throwing.
      search: (query, limit) => (typeof query === 'string' ? search.search(query, typeof limit === 'number' ? limit : undefined) : []),
    },
    dispose: () => {
      for (const d of [lens, panel, editors, service]) d.dispose();
    },
  };
}
