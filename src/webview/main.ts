// The comparison panel's script (runs in the webview, bundled as an IIFE). It filters rows,
// focuses the row the extension asks for, forwards button clicks and keeps its state across
// hide/show and window reloads. All text from messages goes in through textContent.
import { DomIds, ENGLISH_WEBVIEW_LABELS, formatLabel, isConceptKey, parseInitialState, parseToWebview, type FromWebview } from '../protocol/comparison';
import { connectPage, keepScrollPosition } from './pageState';

/** What survives hiding the panel and reloading the window (via getState/setState). */
interface PanelState {
  readonly filter: string;
  readonly scrollY: number;
  readonly focusedRow?: string;
}

const FOCUSED_CLASS = 'll-row--focused';

function readState(value: unknown): PanelState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const filter = typeof v['filter'] === 'string' ? v['filter'] : '';
  const scrollY = typeof v['scrollY'] === 'number' && Number.isFinite(v['scrollY']) ? v['scrollY'] : 0;
  const focusedRow = typeof v['focusedRow'] === 'string' ? v['focusedRow'] : undefined;
  return focusedRow === undefined ? { filter, scrollY } : { filter, scrollY, focusedRow };
}

function byId<T extends HTMLElement>(id: string, type: new () => T): T | undefined {
  const el = document.getElementById(id);
  return el instanceof type ? el : undefined;
}

const filterInput = byId(DomIds.filter, HTMLInputElement);
const filterStatus = byId(DomIds.filterStatus, HTMLElement);
const notice = byId(DomIds.notice, HTMLElement);
const tableButtons = Array.from(document.querySelectorAll<HTMLButtonElement>('button[data-action="insertTable"], button[data-action="copyMarkdown"]'));
const rows = Array.from(document.querySelectorAll<HTMLTableRowElement>('tr[data-row]'));

const page = connectPage<FromWebview, PanelState>(readState, { filter: '', scrollY: 0 });
const saved = page.saved;
const initial = parseInitialState(document.body.dataset['initial']);
// Translated in the extension host; English when the page carries none.
const labels = initial.labels ?? ENGLISH_WEBVIEW_LABELS;
const save = page.save;

function rowById(rowId: string): HTMLTableRowElement | undefined {
  // Compare data attributes instead of building a selector from message data.
  return rows.find((r) => r.dataset['row'] === rowId);
}

/** Words of the query, each of which must appear in a row's text for it to stay visible. */
function words(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter((w) => w !== '');
}

function applyFilter(query: string): void {
  const wanted = words(query);
  let shown = 0;
  for (const row of rows) {
    const text = (row.textContent ?? '').toLowerCase();
    const match = wanted.every((w) => text.includes(w));
    row.hidden = !match;
    if (match) shown += 1;
  }
  // nothing shown, nothing to copy or insert (the status line says why, once)
  for (const button of tableButtons) button.disabled = shown === 0;
  if (filterStatus) {
    filterStatus.textContent = wanted.length === 0 ? ''
      : shown === 0 ? formatLabel(labels.noRowsMatchQuery, query.trim())
        : formatLabel(labels.rowsShown, shown, rows.length);
  }
}

function setFilter(query: string): void {
  if (filterInput) filterInput.value = query;
  applyFilter(query);
  save({ filter: query });
}

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Highlights a row, scrolls it into view and gives its header keyboard focus. */
function focusRow(rowId: string, moveFocus: boolean): void {
  const row = rowById(rowId);
  if (!row) return;
  if (row.hidden) setFilter(''); // the row the user asked for must not stay filtered out
  for (const r of rows) r.classList.toggle(FOCUSED_CLASS, r === row);
  row.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  if (moveFocus) row.querySelector<HTMLElement>('th[scope="row"]')?.focus({ preventScroll: true });
  save({ focusedRow: rowId });
}

/** Shows a notice; one about a term with no row of its own shows the comparison from the top. */
function showNotice(text: string): void {
  if (!notice) return;
  notice.textContent = text;
  notice.hidden = text === '';
  if (text === '') return;
  for (const r of rows) r.classList.remove(FOCUSED_CLASS);
  save({ focusedRow: undefined, scrollY: 0 }); // no focused row any more
  window.scrollTo(0, 0);
}

/** The ids of the rows the filter leaves, or undefined when nothing is filtered (all rows). */
function shownRows(): string[] | undefined {
  if (words(filterInput?.value ?? '').length === 0) return undefined;
  return rows.filter((r) => !r.hidden).map((r) => r.dataset['row'] ?? '').filter((id) => id !== '');
}

const post = page.post;

function onClick(event: MouseEvent): void {
  const target = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-action]') : null;
  if (!target) return;
  switch (target.dataset['action']) {
    case 'startRetro': {
      const side = target.dataset['side'];
      if (isConceptKey(side)) post({ type: 'startRetro', side });
      break;
    }
    case 'insertTable':
    case 'copyMarkdown': {
      // Copy and Insert take what the panel shows: a filter narrows them too.
      const type = target.dataset['action'];
      const shown = shownRows();
      post(shown === undefined ? { type } : { type, rows: shown });
      break;
    }
    default:
      break;
  }
}

/** Up/Down move between the headers of the visible rows; Escape in the filter clears it. */
function onKeyDown(event: KeyboardEvent): void {
  const target = event.target;
  if (target === filterInput && event.key === 'Escape' && filterInput.value !== '') {
    setFilter('');
    event.preventDefault();
    return;
  }
  if (target === filterInput && event.key === 'Enter') {
    const first = rows.find((r) => !r.hidden)?.dataset['row'];
    if (first) focusRow(first, true);
    event.preventDefault();
    return;
  }
  if (!(target instanceof HTMLTableCellElement) || target.scope !== 'row') return;
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const visible = rows.filter((r) => !r.hidden);
  const index = visible.findIndex((r) => r.contains(target));
  const next = visible[index + (event.key === 'ArrowDown' ? 1 : -1)];
  const nextId = next?.dataset['row'];
  if (nextId) {
    focusRow(nextId, true);
    event.preventDefault();
  }
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = parseToWebview(event.data);
  if (!message) return;
  switch (message.type) {
    case 'focusRow':
      focusRow(message.rowId, true);
      break;
    case 'notice':
      showNotice(message.text);
      break;
  }
});

keepScrollPosition(save);

filterInput?.addEventListener('input', () => {
  applyFilter(filterInput.value);
  save({ filter: filterInput.value });
});
document.addEventListener('click', onClick);
document.addEventListener('keydown', onKeyDown);

// Restore: saved state wins over the page's initial data, which only a fresh panel applies.
if (saved) {
  setFilter(saved.filter);
  if (saved.focusedRow) rowById(saved.focusedRow)?.classList.add(FOCUSED_CLASS);
  window.scrollTo(0, saved.scrollY);
} else {
  save({ filter: '', scrollY: 0 });
  if (initial.focusRow) focusRow(initial.focusRow, true);
}

post({ type: 'ready' });
