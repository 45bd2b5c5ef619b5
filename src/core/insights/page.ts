// The insights panel's page around its body: a strict CSP (nothing but our stylesheet and one
// nonced script), the labels and initial state in data attributes, no inline style or handler.

import { newNonce, renderWebviewPage, type WebviewPageParts } from '../webviewPage';

/** What the page needs besides the body: the shell's parts, and the script's own words. */
export interface InsightsPageParts extends Omit<WebviewPageParts, 'bodyAttributes' | 'dataImages'> {
  /** The words the script shows itself (the theme's document list), as JSON. */
  readonly scriptLabels: Readonly<Record<string, string>>;
}

/** The full page of the insights panel. */
export function renderInsightsPage(parts: InsightsPageParts): string {
  const { scriptLabels, ...page } = parts;
  return renderWebviewPage({ ...page, bodyAttributes: { class: 'll-insights', 'data-labels': JSON.stringify(scriptLabels) } });
}

export { newNonce };
