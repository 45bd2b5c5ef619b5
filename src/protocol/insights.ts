// The one message protocol between the insights panel (extension host) and its webview script,
// and the page's element ids. Both tsconfigs compile this file: nothing but the language.
import { INSIGHTS_TABLES, TABLE_PAGE_ROWS, type InsightsCell, type InsightsTableId } from '../core/insights/dom';

export { InsightsDomIds, type InsightsCell, type InsightsTableId } from '../core/insights/dom';

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
  | { readonly type: 'notice'; readonly text: string }
  /** A page of a table's rows from `offset` (the answer to `moreRows`); `more` labels the next page's button, null after the last. */
  | { readonly type: 'rows'; readonly table: InsightsTableId; readonly offset: number; readonly rows: readonly (readonly InsightsCell[])[]; readonly next: number; readonly more: string | null };

/** Messages the webview posts to the extension. */
export type InsightsFromWebview =
  /** The script has loaded and listens. */
  | { readonly type: 'ready' }
  /** Open these documents (a bar's or a row's): one opens, several are offered in a quick pick. */
  | { readonly type: 'openDocuments'; readonly uris: readonly string[] }
  /** List the documents of the theme of this name. */
  | { readonly type: 'showTheme'; readonly name: string }
  /** The rows of a table from `offset` on (a page). */
  | { readonly type: 'moreRows'; readonly table: InsightsTableId; readonly offset: number }
  | { readonly type: 'startRetro' }
  | { readonly type: 'insertSummary' }
  | { readonly type: 'exportCsv' };

/** Longest text a message may carry; more is not ours. */
const MAX_TEXT = 1000;
/** Most documents one message may name. */
export const MAX_MESSAGE_URIS = 10_000;
/** Longest text of a table cell (an action's text may be long; the limit guards the webview). */
const MAX_CELL_TEXT = 20_000;
/** A row offset beyond any memory's size is not ours. */
const MAX_OFFSET = 10_000_000;

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
    case 'moreRows': {
      const table = asTable(m['table']);
      const offset = m['offset'];
      return table !== undefined && isOffset(offset) ? { type: 'moreRows', table, offset } : undefined;
    }
    default:
      return undefined;
  }
}

function asTable(value: unknown): InsightsTableId | undefined {
  return INSIGHTS_TABLES.find((t) => t === value);
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_OFFSET;
}

function asCell(value: unknown): InsightsCell | undefined {
  const c = asFields(value);
  if (!c || !isText(c['text'], MAX_CELL_TEXT)) return undefined;
  const open = c['open'];
  const theme = c['theme'];
  if (open !== undefined && !isText(open, MAX_CELL_TEXT)) return undefined;
  if (theme !== undefined && !isText(theme)) return undefined;
  return { text: c['text'], ...(open === undefined ? {} : { open }), ...(theme === undefined ? {} : { theme }) };
}

function asRows(value: unknown): InsightsCell[][] | undefined {
  if (!Array.isArray(value) || value.length > TABLE_PAGE_ROWS) return undefined;
  const rows: InsightsCell[][] = [];
  for (const r of value) {
    if (!Array.isArray(r)) return undefined;
    const cells = r.map(asCell);
    if (cells.some((c) => c === undefined)) return undefined;
    rows.push(cells as InsightsCell[]);
  }
  return rows;
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
    case 'rows': {
      const table = asTable(m['table']);
      const rows = asRows(m['rows']);
      const { offset, next, more } = m;
      if (table === undefined || !rows || !isOffset(offset) || !isOffset(next) || !(more === null || isText(more))) return undefined;
      return { type: 'rows', table, offset, rows, next, more };
    }
    default:
      return undefined;
  }
}
