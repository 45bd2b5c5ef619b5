// The one message protocol between the insights panel (extension host) and its webview script,
// and the page's element ids. Both tsconfigs compile this file: nothing but the language.
export { InsightsDomIds } from '../core/insights/dom';

/** A document in the list a theme opens. */
export interface ThemeDocument {
  readonly uri: string;
  readonly title: string;
  readonly date: string;
}

/** Messages the extension posts to the webview. */
export type InsightsToWebview =
  /** The documents a theme appears in, oldest first (the answer to `showTheme`). */
  | { readonly type: 'themeDocuments'; readonly name: string; readonly documents: readonly ThemeDocument[] }
  /** A short notice in the panel's status line ('' clears it). */
  | { readonly type: 'notice'; readonly text: string };

/** Messages the webview posts to the extension. */
export type InsightsFromWebview =
  /** The script has loaded and listens. */
  | { readonly type: 'ready' }
  /** Open these documents (a bar's or a row's): one opens, several are offered in a quick pick. */
  | { readonly type: 'openDocuments'; readonly uris: readonly string[] }
  /** List the documents of the theme of this name. */
  | { readonly type: 'showTheme'; readonly name: string }
  | { readonly type: 'startRetro' }
  | { readonly type: 'insertSummary' }
  | { readonly type: 'exportCsv' };

/** Longest text a message may carry; more is not ours. */
const MAX_TEXT = 1000;
/** Most documents one message may name. */
export const MAX_MESSAGE_URIS = 10_000;

type Fields = Readonly<Record<string, unknown>>;

function asFields(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;
}

function isText(value: unknown, max = MAX_TEXT): value is string {
  return typeof value === 'string' && value.length <= max;
}

function asUris(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_MESSAGE_URIS) return undefined;
  return value.every((u) => isText(u) && u !== '') ? (value as string[]) : undefined;
}

/** Validates a message from the webview; `undefined` for anything that is not exactly one of ours. */
export function parseInsightsFromWebview(message: unknown): InsightsFromWebview | undefined {
  const m = asFields(message);
  switch (m?.['type']) {
    case 'ready':
    case 'startRetro':
    case 'insertSummary':
    case 'exportCsv':
      return { type: m['type'] };
    case 'openDocuments': {
      const uris = asUris(m['uris']);
      return uris ? { type: 'openDocuments', uris } : undefined;
    }
    case 'showTheme': {
      const name = m['name'];
      return isText(name) && name !== '' ? { type: 'showTheme', name } : undefined;
    }
    default:
      return undefined;
  }
}

function asThemeDocuments(value: unknown): ThemeDocument[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_MESSAGE_URIS) return undefined;
  const out: ThemeDocument[] = [];
  for (const v of value) {
    const d = asFields(v);
    if (!d || !isText(d['uri']) || !isText(d['title']) || !isText(d['date'])) return undefined;
    out.push({ uri: d['uri'], title: d['title'], date: d['date'] });
  }
  return out;
}

/** Validates a message from the extension (the webview trusts nothing it did not check). */
export function parseInsightsToWebview(message: unknown): InsightsToWebview | undefined {
  const m = asFields(message);
  switch (m?.['type']) {
    case 'themeDocuments': {
      const documents = asThemeDocuments(m['documents']);
      const name = m['name'];
      return documents && isText(name) ? { type: 'themeDocuments', name, documents } : undefined;
    }
    case 'notice': {
      const text = m['text'];
      return isText(text, 500) ? { type: 'notice', text } : undefined;
    }
    default:
      return undefined;
  }
}
