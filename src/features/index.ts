// Every feature of Learning Loop: what it registers with VS Code, created in one place.
import * as vscode from 'vscode';
import MarkdownIt from 'markdown-it';
import type { Content } from '../content';
import { compareQueryFor, parseComparison } from '../core/concepts/comparison';
import { glossaryPlugin } from '../core/glossary/markdownItPlugin';
import type { GlossaryEntry } from '../core/glossary/entry';
import type { GlossaryStore } from '../services/glossaryStore';
import type { MemoryService } from '../services/memoryService';
import type { TemplateStore } from '../services/templateStore';
import { registerComparison, type ComparisonFeature } from './comparison';
import { registerHover } from './hover';
import { registerPreview } from './preview';
import { registerOpenActionsView } from './openActions/view';
import { registerInsights, type InsightsFeature } from './insights';
import type { SearchIndex } from '../core/memory/search';
import { showWalkthroughOnFirstStart } from './welcome';

/** The services the features read. */
export interface FeatureDeps {
  readonly glossary: GlossaryStore;
  readonly templates: TemplateStore;
  /** The built-in content in the display language. */
  readonly content: Content;
  readonly memory: MemoryService;
  /** The memory's search index (one of its sinks). */
  readonly search: SearchIndex;
}

/** The features (hover, preview, comparison panel, Open Actions view, the walkthrough on first start), for the commands that drive them; `disposable` unregisters them all. */
export interface Features {
  /** The Markdown preview's term marks: handed to VS Code as `extendMarkdownIt`. */
  readonly extendMarkdownIt: (md: MarkdownIt) => MarkdownIt;
  /** The comparison panel. */
  readonly comparison: ComparisonFeature;
  /** The insights panel, its CodeLens and the insights' API. */
  readonly insights: InsightsFeature;
  /** What "Compare the two concepts" opens for a glossary entry: a row query, '' (the panel), or nothing. */
  readonly compareQuery: (entry: GlossaryEntry) => string | undefined;
  readonly disposable: vscode.Disposable;
}

/** Creates every feature. */
export function registerFeatures(context: vscode.ExtensionContext, { glossary, templates, content, memory, search }: FeatureDeps): Features {
  const preview = registerPreview(glossary);
  const { model } = parseComparison(content.comparison);
  const compareQuery = (entry: GlossaryEntry): string | undefined => (model ? compareQueryFor(model, entry) : undefined);
  const hover = registerHover(glossary, compareQuery);
  const panel = registerComparison(context, {
    content: content.comparison,
    // The panel renders in the extension host: HTML off, glossary terms marked.
    createMarkdown: () => new MarkdownIt({ html: false, linkify: false }).use(glossaryPlugin, { getMatcher: () => glossary.matcher }),
    onGlossaryChanged: glossary.onDidChange,
    templateName: (id) => templates.builtInTemplates.find((t) => t.id === id)?.name,
  });
  const openActions = registerOpenActionsView(memory, context.workspaceState);
  const insights = registerInsights(context, memory, search);
  showWalkthroughOnFirstStart(context);
  return {
    extendMarkdownIt: preview.hook,
    comparison: panel,
    insights,
    compareQuery,
    disposable: vscode.Disposable.from(preview.disposable, hover, panel, openActions, insights),
  };
}
