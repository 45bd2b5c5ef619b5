// The insights panel's page around its body: a strict CSP (nothing but our stylesheet and one
// nonced script), the labels and initial state in data attributes, no inline style or handler.

import { newNonce, renderWebviewPage } from '../webviewPage';

/** What the page needs besides the body. */
export interface InsightsPageParts {
  readonly body: string;
  /** A fresh nonce per render (`crypto.randomUUID()`). */
  readonly nonce: string;
  /** `webview.cspSource`. */
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  readonly title: string;
  /** The words the script shows itself (the theme's document list), as JSON. */
  readonly scriptLabels: Readonly<Record<string, string>>;
  /** The page's language (`vscode.env.language`). */
  readonly lang?: string;
}

/** The full page of the insights panel. */
export function renderInsightsPage(parts: InsightsPageParts): string {
  const { scriptLabels, ...page } = parts;
  return renderWebviewPage({ ...page, bodyAttributes: { class: 'll-insights', 'data-labels': JSON.stringify(scriptLabels) } });
}

export { newNonce };
