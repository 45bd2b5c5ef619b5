import * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import { allCommands, registerCommands } from './commands';
import { registerFeatures } from './features';
import { GlossaryStore } from './services/glossaryStore';
import { TemplateStore } from './services/templateStore';
import { contentFor } from './content';

/**
 * Wires services, features and commands together and nothing else. Returns `extendMarkdownIt`
 * so the built-in Markdown preview marks glossary terms too.
 */
export function activate(context: vscode.ExtensionContext): { extendMarkdownIt: (md: MarkdownIt) => MarkdownIt } {
  // Content in the display language; English until a translation exists (src/content/index.ts).
  const content = contentFor(vscode.env.language);
  const glossary = new GlossaryStore(content.glossary);
  const templates = new TemplateStore(content.templates);
  const features = registerFeatures(context, { glossary, templates, content });
  context.subscriptions.push(
    glossary,
    templates,
    features.disposable,
    registerCommands(allCommands({ templates, glossary, features })),
  );
  // Team glossaries load in the background: hovers work with the built-in terms meanwhile.
  void glossary.reloadAll();
  return { extendMarkdownIt: features.extendMarkdownIt };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
