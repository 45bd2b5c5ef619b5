// The insights panel's script (runs in the webview, bundled as an IIFE). It forwards clicks on
// bars, rows and buttons, shows a theme's documents when the extension sends them, and keeps
// its state (scroll, open tables, the theme shown) across hide/show and window reloads.
// Text from messages goes in through textContent only.
import { InsightsDomIds, parseInsightsToWebview, type InsightsCell, type InsightsFromWebview, type InsightsTableId, type ThemeDocument } from '../protocol/insights';
import { connectPage, keepScrollPosition } from './pageState';

/** What survives hiding the panel and reloading the window. */
interface InsightsState {
  readonly scrollY: number;
  /** Indexes of the tables (details) the user opened or closed, with their state. */
  readonly tables: Readonly<Record<string, boolean>>;
  readonly theme?: string;
  /** Rows shown per paged table, when the user asked for more than the first page. */
  readonly rows?: Readonly<Record<string, number>>;
}

function readState(value: unknown): InsightsState {
  const v = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const scrollY = typeof v['scrollY'] === 'number' && Number.isFinite(v['scrollY']) ? v['scrollY'] : 0;
  const tables: Record<string, boolean> = {};
  if (typeof v['tables'] === 'object' && v['tables'] !== null) {
    for (const [k, open] of Object.entries(v['tables'] as Record<string, unknown>)) if (typeof open === 'boolean') tables[k] = open;
  }
  const theme = typeof v['theme'] === 'string' ? v['theme'] : undefined;
  const rows: Record<string, number> = {};
  if (typeof v['rows'] === 'object' && v['rows'] !== null) {
    for (const [k, n] of Object.entries(v['rows'] as Record<string, unknown>)) if (typeof n === 'number' && Number.isInteger(n) && n > 0) rows[k] = n;
  }
  return { scrollY, tables, rows, ...(theme === undefined ? {} : { theme }) };
}

function readLabels(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(document.body.dataset['labels'] ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

const labels = readLabels();
const page = connectPage<InsightsFromWebview, InsightsState>(readState, { scrollY: 0, tables: {} });
const themeList = document.getElementById(InsightsDomIds.themeDocuments);
const notice = document.getElementById(InsightsDomIds.notice);
const tables = Array.from(document.querySelectorAll<HTMLDetailsElement>('details.ll-table-details'));

const save = page.save;
const post = page.post;

function fill(label: string | undefined, value: string): string {
  return (label ?? '{0}').replace('{0}', value);
}

/** Whether the user clicked a theme whose documents have not come yet (only then does the focus move to them). */
let themeAsked = false;

function showThemeDocuments(name: string, documents: readonly ThemeDocument[]): void {
  if (!themeList) return;
  const heading = document.createElement('h3');
  heading.textContent = fill(labels['themeDocuments'], name);
  heading.tabIndex = -1;
  const list = document.createElement('ul');
  for (const d of documents) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'll-link';
    button.dataset['open'] = d.uri;
    button.textContent = `${d.date} · ${d.title}`;
    li.append(button);
    list.append(li);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'll-button ll-button--secondary';
  close.dataset['action'] = 'closeTheme';
  close.textContent = labels['close'] ?? '×';
  themeList.replaceChildren(heading, list, close);
  themeList.dataset['theme'] = name;
  themeList.hidden = false;
  // The focus moves only for a theme the user just asked for: the list shown again after a reload or a
  // re-render (the memory changed) must not pull the keyboard out of the editor the user is typing in.
  if (themeAsked) {
    themeAsked = false;
    heading.focus({ preventScroll: true });
    themeList.scrollIntoView({ block: 'nearest' });
  }
  save({ theme: name });
}

function closeTheme(): void {
  if (!themeList) return;
  themeList.hidden = true;
  themeList.replaceChildren();
  delete themeList.dataset['theme'];
  save({ theme: undefined });
}

/** A date or month in a cell's text: kept on one line (as the body renders it). */
const ISO_DAY_OR_MONTH = /\d{4}-\d{2}(?:-\d{2})?/g;

/** Puts `text` into `el`, each date in a span that does not break at its hyphens. */
function appendText(el: HTMLElement, text: string): void {
  let at = 0;
  for (const m of text.matchAll(ISO_DAY_OR_MONTH)) {
    el.append(text.slice(at, m.index));
    const span = document.createElement('span');
    span.className = 'll-nowrap';
    span.textContent = m[0];
    el.append(span);
    at = m.index + m[0].length;
  }
  el.append(text.slice(at));
}

/** A cell built as the body renders it: the row's first cell heads the row (a screen reader names the row by it). */
function cell(c: InsightsCell, column: number): HTMLTableCellElement {
  const td = document.createElement(column === 0 ? 'th' : 'td');
  if (column === 0) td.scope = 'row';
  if (c.open === undefined && c.theme === undefined) {
    appendText(td, c.text);
    return td;
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'll-link';
  if (c.open !== undefined) button.dataset['open'] = c.open;
  else if (c.theme !== undefined) {
    button.dataset['theme'] = c.theme;
    button.setAttribute('aria-controls', InsightsDomIds.themeDocuments);
  }
  appendText(button, c.text);
  td.append(button);
  return td;
}

function moreButton(table: string): HTMLButtonElement | null {
  return document.querySelector<HTMLButtonElement>(`button[data-more="${table}"]`);
}

/** Appends a page of rows (only the page that follows the rows shown: a late or repeated answer is ignored). */
function addRows(table: InsightsTableId, offset: number, rows: readonly (readonly InsightsCell[])[], next: number, more: string | null): void {
  const body = document.querySelector(`table[data-table="${table}"] tbody`);
  const button = moreButton(table);
  if (!body || !button || Number(button.dataset['next']) !== offset) return;
  let first: HTMLTableRowElement | undefined;
  for (const r of rows) {
    const tr = document.createElement('tr');
    tr.append(...r.map((c, k) => cell(c, k)));
    body.append(tr);
    first ??= tr;
  }
  const hadFocus = document.activeElement === button;
  if (more === null) {
    button.remove();
    // The keyboard's place is not lost with the button: it moves to the first row added.
    if (hadFocus && first) focusRow(first);
  } else {
    button.dataset['next'] = String(next);
    button.textContent = more;
    button.removeAttribute('aria-busy');
  }
  save({ rows: { ...page.state().rows, [table]: next } });
  // Rows shown before a reload come back page by page.
  const goal = restoring.get(table);
  if (more !== null && goal !== undefined && next < goal) post({ type: 'moreRows', table, offset: next });
  else restoring.delete(table);
}

/** Focuses a row's first button, or the row itself when it has none. */
function focusRow(row: HTMLTableRowElement): void {
  const target = row.querySelector<HTMLElement>('button') ?? row;
  if (target === row) row.tabIndex = -1;
  target.focus();
}

/** Tables whose rows are being asked for again after a reload, with how many were shown. */
const restoring = new Map<string, number>();

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const more = target?.closest<HTMLButtonElement>('button[data-more]');
  if (more) {
    // Busy, not disabled: a disabled button would drop the keyboard focus while the rows come.
    if (more.getAttribute('aria-busy') === 'true') return;
    more.setAttribute('aria-busy', 'true');
    post({ type: 'moreRows', table: more.dataset['more'] as InsightsTableId, offset: Number(more.dataset['next']) });
    return;
  }
  const opener = target?.closest<HTMLElement | SVGElement>('[data-open]');
  if (opener) {
    const uris = (opener.dataset['open'] ?? '').split(' ').filter((u) => u !== '');
    if (uris.length > 0) post({ type: 'openDocuments', uris });
    return;
  }
  const theme = target?.closest<HTMLElement | SVGElement>('[data-theme]')?.dataset['theme'];
  if (theme) {
    themeAsked = true;
    post({ type: 'showTheme', name: theme });
    return;
  }
  const action = target?.closest<HTMLButtonElement>('button[data-action]')?.dataset['action'];
  switch (action) {
    case 'startRetro':
    case 'insertSummary':
    case 'exportCsv':
      post({ type: action });
      break;
    case 'closeTheme':
      closeTheme();
      break;
    default:
      break;
  }
});

tables.forEach((details, index) => {
  const key = String(index);
  const saved = page.state().tables[key];
  if (saved !== undefined) details.open = saved;
  details.addEventListener('toggle', () => save({ tables: { ...page.state().tables, [key]: details.open } }));
});

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = parseInsightsToWebview(event.data);
  if (!message) return;
  switch (message.type) {
    case 'themeDocuments':
      showThemeDocuments(message.name, message.documents);
      break;
    case 'rows':
      addRows(message.table, message.offset, message.rows, message.next, message.more);
      break;
    case 'notice':
      if (notice) {
        notice.textContent = message.text;
        notice.hidden = message.text === '';
      }
      break;
  }
});

keepScrollPosition(save);

const restored = page.state();
window.scrollTo(0, restored.scrollY);
save({});
post({ type: 'ready' });
// The theme that was shown before a reload is asked for again (its documents may have changed).
if (restored.theme !== undefined) post({ type: 'showTheme', name: restored.theme });
// So are the rows shown beyond the first page.
for (const [table, shown] of Object.entries(restored.rows ?? {})) {
  const button = moreButton(table);
  if (!button || !(shown > Number(button.dataset['next']))) continue;
  restoring.set(table, shown);
  post({ type: 'moreRows', table: button.dataset['more'] as InsightsTableId, offset: Number(button.dataset['next']) });
}
