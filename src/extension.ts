import * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import { allCommands, registerCommands } from './commands';
import { registerFeatures } from './features';
import { GlossaryStore } from './services/glossaryStore';
import { MemoryService } from './services/memoryService';
import { TemplateStore } from './services/templateStore';
import { MAX_LINE_CHARS, SearchIndex, type SearchResult } from './core/memory/search';
import type { Insights } from './core/insights/model';
import { contentFor } from './content';
import type { ActionRecord } from './core/memory/model';

/** The team's memory for other extensions and tests (documented in the README). */
export interface MemoryApi {
  /** Resolves when the first full index is done. */
  ready(): Promise<void>;
  /** Every action, whatever its status. */
  actions(): ActionRecord[];
  /** Drops the index and reads every document again. */
  reindex(): Promise<{ documents: number; actions: number }>;
  /** Follow-through, time to done, stuck actions, cadence, themes, scores, owners (see the README). */
  insights(): Insights;
  /** Full-text search over every learning document: the best `limit` (20) documents at their best line. */
  search(query: string, limit?: number): SearchResult[];
}

/** What `activate()` returns: a contract, kept stable. */
export interface LearningLoopApi {
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
  readonly memory: MemoryApi;
}

/**
 * Wires services, features and commands together and nothing else. Returns `extendMarkdownIt`
 * so the built-in Markdown preview marks glossary terms too, and the memory's API.
 */
export function activate(context: vscode.ExtensionContext): LearningLoopApi {
  // Content in the display language; English until a translation exists (src/content/index.ts).
  const content = contentFor(vscode.env.language);
  const glossary = new GlossaryStore(content.glossary);
  const templates = new TemplateStore(content.templates);
  // A line longer than the search index reads is said in the memory's output (called only once the memory reads).
  const search = new SearchIndex((uri, line, length) => memory.noteLongLine(uri, line, length, MAX_LINE_CHARS));
  const memory = new MemoryService({ termsIn: (body) => glossary.matcher.find(body).map((m) => m.entry.term), sinks: [search] });
  const features = registerFeatures(context, { glossary, templates, content, memory, search });
  context.subscriptions.push(
    glossary,
    templates,
    memory,
    features.disposable,
    registerCommands(allCommands({ templates, glossary, features, memory })),
  );
  // Team glossaries and the memory load in the background: activation never waits for them.
  void glossary.reloadAll();
  memory.start();
  return {
    extendMarkdownIt: features.extendMarkdownIt,
    memory: { ready: () => memory.ready(), actions: () => memory.actions(), reindex: () => memory.reindex(), insights: () => features.insights.api.insights(), search: (query, limit) => features.insights.api.search(query, limit) },
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
