import * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import { glossaryPlugin } from '../core/glossary/markdownItPlugin';
import { taskListPlugin } from '../core/preview/taskListPlugin';
import { Settings } from '../constants';
import { affects, previewEnabled } from '../services/config';
import type { GlossaryStore } from '../services/glossaryStore';

/** The built-in preview's refresh command: re-renders open previews with our new terms. */
const REFRESH_PREVIEW_COMMAND = 'markdown.preview.refresh';

/**
 * Returns the `extendMarkdownIt` hook for the built-in Markdown preview (returned from
 * activate) and refreshes open previews when the glossary or the setting changes.
 */
export function registerPreview(glossary: GlossaryStore): { hook: (md: MarkdownIt) => MarkdownIt; disposable: vscode.Disposable } {
  const refresh = (): void => void vscode.commands.executeCommand(REFRESH_PREVIEW_COMMAND).then(undefined, () => undefined);
  const disposable = vscode.Disposable.from(
    glossary.onDidChange(refresh),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affects(e, Settings.previewEnabled)) refresh();
    }),
  );
  // Action items are task-list lines: the built-in preview shows `[ ]` literally without this.
  const hook = (md: MarkdownIt): MarkdownIt => md
    .use(glossaryPlugin, { getMatcher: () => glossary.matcher, enabled: previewEnabled })
    .use(taskListPlugin);
  return { hook, disposable };
}
