// The insights panel's page around its body: a strict CSP (nothing but our stylesheet and one
// nonced script), the labels and initial state in data attributes, no inline style or handler.

import { escapeHtml } from './escape';

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
  const a = escapeHtml;
  const csp = [
    "default-src 'none'",
    `img-src ${parts.cspSource}`,
    `style-src ${parts.cspSource}`,
    `script-src 'nonce-${parts.nonce}'`,
    `font-src ${parts.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${a(parts.lang ?? 'en')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${a(csp)};">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${a(parts.styleUri)}">
<title>${a(parts.title)}</title>
</head>
<body class="ll-insights" data-labels="${a(JSON.stringify(parts.scriptLabels))}">
${parts.body}
<script nonce="${a(parts.nonce)}" src="${a(parts.scriptUri)}"></script>
</body>
</html>
`;
}

/** A fresh nonce from Web Crypto's randomUUID (Node 18+, browsers, web workers), never a predictable generator. */
export function newNonce(): string {
  const c: Crypto | undefined = globalThis.crypto;
  if (typeof c?.randomUUID !== 'function') throw new Error('Web Crypto is not available: cannot make a nonce');
  return c.randomUUID().replace(/-/g, '');
}
