import type * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import { allCommands, registerCommands } from './commands';
import { registerFeatures } from './features';
import { GlossaryStore } from './services/glossaryStore';
import { TemplateStore } from './services/templateStore';

/**
 * Wires services, features and commands together and nothing else. Returns `extendMarkdownIt`
 * so the built-in Markdown preview marks glossary terms too.
 */
export function activate(context: vscode.ExtensionContext): { extendMarkdownIt: (md: MarkdownIt) => MarkdownIt } {
  const glossary = new GlossaryStore();
  const templates = new TemplateStore();
  const features = registerFeatures(context, { glossary, templates });
  context.subscriptions.push(
    glossary,
    templates,
    features.disposable,
    registerCommands(allCommands({ templates, features })),
  );
  // Team glossaries load in the background: hovers work with the built-in terms meanwhile.
  void glossary.reloadAll();
  return { extendMarkdownIt: features.extendMarkdownIt };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
