// The comparison feature: the panel, its serializer (restores it after a reload), and what its
// two commands call (registered with the others in src/commands).
import * as vscode from 'vscode';
import { COMPARISON_VIEW_TYPE } from '../../constants';
import { parseComparison } from '../../core/concepts/comparison';
import { ComparisonPanel, type ComparisonPanelDeps, type OpenComparisonResult } from './panel';

export type { ComparisonPanelDeps, OpenComparisonResult } from './panel';

/** What the comparison commands call. */
export interface ComparisonFeature extends vscode.Disposable {
  /** Opens or reveals the panel; `query` (a row id or term) picks the row to focus. */
  open(query: string | undefined): OpenComparisonResult | undefined;
  /** Inserts the comparison as a Markdown table; resolves to whether it inserted anything. */
  insertTable(): Promise<boolean>;
}

/** Creates the comparison panel and registers its serializer. */
export function registerComparison(context: vscode.ExtensionContext, deps: ComparisonPanelDeps): ComparisonFeature {
  const { model, problems } = parseComparison(deps.content);
  if (!model) {
    // The content is bundled and unit-tested, so this is a build mistake, not a user's.
    const fail = (): void => void vscode.window.showErrorMessage(
      vscode.l10n.t('Learning Loop: the comparison content is broken: {0}', problems.join('; ')));
    return { open: () => { fail(); return undefined; }, insertTable: () => { fail(); return Promise.resolve(false); }, dispose: () => undefined };
  }
  const panel = new ComparisonPanel(context.extensionUri, model, deps);
  const serializer = vscode.window.registerWebviewPanelSerializer(COMPARISON_VIEW_TYPE, {
    deserializeWebviewPanel: async (restored) => panel.restore(restored),
  });
  return {
    open: (query) => panel.open(query),
    insertTable: () => panel.insertTable(),
    dispose: () => {
      serializer.dispose();
      panel.dispose();
    },
  };
}
