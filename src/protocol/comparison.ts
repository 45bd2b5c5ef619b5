// The one message protocol between the comparison panel (extension host) and its webview
// script, and the page's element ids both sides rely on. Both tsconfigs compile this file
// (WebWorker and DOM libs), so it uses nothing but the language: no DOM, no `vscode`, no Node.
import { isConceptKey, isRowId, type ConceptKey } from '../core/concepts/keys';

export { isConceptKey, type ConceptKey } from '../core/concepts/keys';

/** Ids in the page that the webview script and the stylesheet rely on. */
export const DomIds = {
  filter: 'll-filter',
  filterStatus: 'll-filter-status',
  notice: 'll-notice',
  table: 'll-table',
} as const;

/** The element id of a row, from its (slug) row id. */
export function rowElementId(rowId: string): string {
  return `ll-row-${rowId}`;
}

/** Longest notice the webview shows; longer ones are not ours. */
export const MAX_NOTICE_LENGTH = 500;


/** Messages the extension posts to the webview. */
export type ToWebview =
  /** Scroll to a row, highlight it and move keyboard focus to its header. */
  | { readonly type: 'focusRow'; readonly rowId: string }
  /** Show a short notice in the panel's status line ('' clears it). */
  | { readonly type: 'notice'; readonly text: string };

/** Messages the webview posts to the extension. */
export type FromWebview =
  /** The script has loaded and listens: queued messages may be sent now. */
  | { readonly type: 'ready' }
  /** Start a retrospective from the template that serves this side. */
  | { readonly type: 'startRetro'; readonly side: ConceptKey }
  /** Insert the comparison as a Markdown table into the last active Markdown editor (only `rows` when filtered). */
  | { readonly type: 'insertTable'; readonly rows?: readonly string[] }
  /** Copy the comparison as a Markdown table to the clipboard (only `rows` when filtered). */
  | { readonly type: 'copyMarkdown'; readonly rows?: readonly string[] };

/** Most row ids a message may carry: far more than the comparison has, so only a forged message hits it. */
export const MAX_ROW_IDS = 100;

/** The rows a filtered panel shows: undefined for none given, null for anything malformed. */
function parseRows(value: unknown): readonly string[] | undefined | null {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > MAX_ROW_IDS) return null;
  const rows: string[] = [];
  for (const id of value as unknown[]) {
    if (!isRowId(id)) return null;
    rows.push(id);
  }
  return rows;
}

/**
 * What the page needs before any message arrives, carried in the body's `data-initial`
 * attribute. The webview applies it only on its first load (saved state wins afterwards).
 */
export interface InitialState {
  readonly focusRow?: string;
  /** The script's own words, translated in the extension host (the script has no l10n). */
  readonly labels?: WebviewLabels;
}

/** Filter status lines: `{0}` the query / the rows shown, `{1}` all rows. */
export interface WebviewLabels {
  readonly noRowsMatchQuery: string;
  readonly rowsShown: string;
}

/** The script's words in English, used when the page carries none. */
export const ENGLISH_WEBVIEW_LABELS: WebviewLabels = {
  noRowsMatchQuery: 'No rows match “{0}”.',
  rowsShown: '{0} of {1} rows',
};

/** Longest label the page accepts. */
const MAX_LABEL_LENGTH = 200;

function readLabels(value: unknown): WebviewLabels | undefined {
  const v = asFields(value);
  const ok = (x: unknown): x is string => typeof x === 'string' && x.length <= MAX_LABEL_LENGTH;
  const noRowsMatchQuery = v?.['noRowsMatchQuery'];
  const rowsShown = v?.['rowsShown'];
  return ok(noRowsMatchQuery) && ok(rowsShown) ? { noRowsMatchQuery, rowsShown } : undefined;
}

/** A label with `{0}`, `{1}` … replaced by the values, in one pass (a value's own braces stay). */
export function formatLabel(label: string, ...values: readonly (string | number)[]): string {
  return label.replace(/\{(\d)\}/g, (whole, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? whole : String(value);
  });
}

type Fields = Readonly<Record<string, unknown>>;

function asFields(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;
}

/** Validates a message from the webview; `undefined` for anything that is not exactly one of ours. */
export function parseFromWebview(message: unknown): FromWebview | undefined {
  const m = asFields(message);
  switch (m?.['type']) {
    case 'ready':
      return { type: 'ready' };
    case 'insertTable':
    case 'copyMarkdown': {
      const rows = parseRows(m['rows']);
      if (rows === null) return undefined;
      return rows === undefined ? { type: m['type'] } : { type: m['type'], rows };
    }
    case 'startRetro': {
      const side = m['side'];
      return isConceptKey(side) ? { type: 'startRetro', side } : undefined;
    }
    default:
      return undefined;
  }
}

/** Validates a message from the extension (the webview trusts nothing it did not check). */
export function parseToWebview(message: unknown): ToWebview | undefined {
  const m = asFields(message);
  switch (m?.['type']) {
    case 'focusRow': {
      const rowId = m['rowId'];
      return isRowId(rowId) ? { type: 'focusRow', rowId } : undefined;
    }
    case 'notice': {
      const text = m['text'];
      return typeof text === 'string' && text.length <= MAX_NOTICE_LENGTH ? { type: 'notice', text } : undefined;
    }
    default:
      return undefined;
  }
}

/** Reads the page's initial state from its JSON text; unknown or malformed parts are dropped. */
export function parseInitialState(json: string | undefined): InitialState {
  if (!json) return {};
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return {};
  }
  const focusRow = asFields(value)?.['focusRow'];
  const labels = readLabels(asFields(value)?.['labels']);
  return { ...(isRowId(focusRow) ? { focusRow } : {}), ...(labels ? { labels } : {}) };
}
