// The page around every webview panel's body (comparison, insights): a strict CSP that allows
// our stylesheets (the shared base, then the panel's own) and one nonced script only, the panel's data in attributes, no inline style or
// handler. One shell, so a CSP fix reaches every panel.

/** What a panel's page needs besides its body. */
export interface WebviewPageParts {
  readonly body: string;
  /** A fresh nonce per render (`newNonce()`). */
  readonly nonce: string;
  /** `webview.cspSource`. */
  readonly cspSource: string;
  readonly scriptUri: string;
  /** The stylesheets in order: media/base.css first, then the panel's own (all from `cspSource`). */
  readonly styleUris: readonly string[];
  readonly title: string;
  /** The page's language (BCP 47, `vscode.env.language`); default `en`. */
  readonly lang?: string;
  /** Attributes of `<body>` (class, data-…), escaped here. */
  readonly bodyAttributes: Readonly<Record<string, string>>;
  /** Also allow `data:` images (the comparison's inline icons). */
  readonly dataImages?: boolean;
}

/** Escapes text for an HTML text node or a double-quoted attribute (the CSP keeps its `'`). */
function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The full page: strict CSP, one nonced script. */
export function renderWebviewPage(parts: WebviewPageParts): string {
  const a = escapeAttribute;
  const csp = [
    "default-src 'none'",
    `img-src ${parts.cspSource}${parts.dataImages === true ? ' data:' : ''}`,
    `style-src ${parts.cspSource}`,
    `script-src 'nonce-${parts.nonce}'`,
    `font-src ${parts.cspSource}`,
  ].join('; ');
  const attributes = Object.entries(parts.bodyAttributes).map(([name, value]) => ` ${name}="${a(value)}"`).join('');
  return `<!DOCTYPE html>
<html lang="${a(parts.lang ?? 'en')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${a(csp)};">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${parts.styleUris.map((uri) => `<link rel="stylesheet" href="${a(uri)}">\n`).join('')}<title>${a(parts.title)}</title>
</head>
<body${attributes}>
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
