import * as vscode from 'vscode';
import type { WebviewLabels } from '../../protocol/comparison';
import type { PanelLabels } from './render';

// The comparison panel's own words in the display language. The webview script has no l10n of
// its own: its labels travel in the page's initial state. The comparison content stays English.

/** The panel's words in the display language. */
export function panelLabels(): PanelLabels {
  return {
    templates: vscode.l10n.t('Templates'),
    newFromTemplate: vscode.l10n.t('New {0}', '{0}'),
    filterRows: vscode.l10n.t('Filter rows'),
    filterPlaceholder: vscode.l10n.t('e.g. culture, manager'),
    insertTable: vscode.l10n.t('Insert as Markdown table'),
    copyMarkdown: vscode.l10n.t('Copy as Markdown'),
    caption: vscode.l10n.t('{0}, side by side', '{0}'),
    aspect: vscode.l10n.t('Aspect'),
    summary: vscode.l10n.t('Summary'),
    practice: vscode.l10n.t('Put it into practice'),
    sources: vscode.l10n.t('Sources'),
  };
}

/** The webview script's words (filter status) in the display language. */
export function webviewLabels(): WebviewLabels {
  return {
    noRowsMatchQuery: vscode.l10n.t('No rows match “{0}”.', '{0}'),
    rowsShown: vscode.l10n.t('{0} of {1} rows', '{0}', '{1}'),
  };
}
