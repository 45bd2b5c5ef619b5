import * as vscode from 'vscode';
import MarkdownIt from 'markdown-it';
import { glossaryPlugin } from './core/glossary/markdownItPlugin';
import { GlossaryStore } from './services/glossaryStore';
import { registerHover } from './features/hover';
import { registerPreview } from './features/preview';
import { TemplateStore } from './services/templateStore';
import { registerCommands } from './commands/commandManager';
import { insertTemplateCommand } from './commands/insertTemplate';
import { newRetrospectiveCommand } from './commands/newRetrospective';
import { createTemplateCommand } from './commands/createTemplate';
import { registerComparisonPanel } from './features/comparison/panel';
import { showWalkthroughOnFirstStart } from './features/welcome';
import comparison from './content/comparison.json';
import { compareQueryFor, parseComparison } from './core/concepts/model';

/**
 * Wires the features together and nothing else. Returns `extendMarkdownIt` so the built-in
 * Markdown preview marks glossary terms too.
 */
export function activate(context: vscode.ExtensionContext): { extendMarkdownIt: (md: MarkdownIt) => MarkdownIt } {
  const glossary = new GlossaryStore();
  const templates = new TemplateStore();
  const preview = registerPreview(glossary);
  const { model } = parseComparison(comparison);
  context.subscriptions.push(
    glossary,
    templates,
    preview.disposable,
    registerHover(glossary, (entry) => (model ? compareQueryFor(model, entry) : undefined)),
    registerCommands([insertTemplateCommand(templates), newRetrospectiveCommand(templates), createTemplateCommand(templates)]),
    registerComparisonPanel(context, {
      // The panel renders in the extension host: HTML off, glossary terms marked.
      createMarkdown: () => new MarkdownIt({ html: false, linkify: false }).use(glossaryPlugin, { getMatcher: () => glossary.matcher }),
      onGlossaryChanged: glossary.onDidChange,
      templateName: (id) => templates.builtInTemplates.find((t) => t.id === id)?.name,
    }),
  );
  // Team glossaries load in the background: hovers work with the built-in terms meanwhile.
  void glossary.reloadAll();
  showWalkthroughOnFirstStart(context);
  return { extendMarkdownIt: preview.hook };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
