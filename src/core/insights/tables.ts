// The rows of the panel's tables as plain cells: the body renders the first rows as HTML, and
// the panel sends any later page to the webview as the same cells (built there with textContent).
// A page costs its own rows only, so a 10,000-document memory renders as fast as a small one.

import type { Insights, Theme } from './model';
import { fill, type InsightsLabels } from './labels';
import { daysBetween } from './stats';
import { FIRST_TABLE_ROWS, TABLE_PAGE_ROWS, type InsightsCell, type InsightsTableId } from './dom';

/** What the rows need besides the figures. */
export interface TableInput {
  readonly insights: Insights;
  readonly labels: InsightsLabels;
  /** A document's title by its uri (the memory's); the uri's file name when unknown. */
  readonly titleOf: (uri: string) => string | undefined;
}

/** A page of a table's rows, with the label of its "more" button (null when this page is the last). */
export interface TablePage {
  readonly rows: readonly (readonly InsightsCell[])[];
  readonly total: number;
  readonly next: number;
  readonly more: string | null;
}

/** The last segment of a uri, decoded: a document's name when the memory has no title. */
export function fileName(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

const text = (value: string | number): InsightsCell => ({ text: String(value) });
const opens = (label: string, uris: readonly string[]): InsightsCell => ({ text: label, open: uris.join(' ') });

function themeCell(t: Theme): InsightsCell {
  return { text: t.name, theme: t.name };
}

/** How many rows a table has. */
export function tableSize(id: InsightsTableId, i: Insights): number {
  switch (id) {
    case 'followThrough':
    case 'cadence':
      return i.retrospectives.length;
    case 'stuck':
      return i.stuck.length;
    case 'owners':
      return i.owners.length;
    case 'themes':
      return i.themes.length;
    case 'scores':
      return [i.roti, ...i.health].reduce((n, s) => n + s.points.length, 0);
  }
}

/** Rows `from` to `to` (exclusive) of one table. */
function rowsOf(id: InsightsTableId, input: TableInput, from: number, to: number): InsightsCell[][] {
  const { insights: i, labels: l } = input;
  switch (id) {
    case 'followThrough':
      return i.retrospectives.slice(from, to).map((r) => [opens(input.titleOf(r.uri) ?? fileName(r.uri), [r.uri]), text(r.date), text(r.raised), text(r.done), text(r.dropped), text(r.open), text(r.carriedIn)]);
    case 'stuck':
      return i.stuck.slice(from, to).map((a) => [opens(a.text, [a.latest.uri]), text(a.owner === undefined ? l.nobody : `@${a.owner}`), text(a.carried), text(a.raised.date)]);
    case 'owners':
      return i.owners.slice(from, to).map((o) => [text(o.owner === null ? l.nobody : `@${o.owner}`), text(o.open), text(o.overdue)]);
    case 'cadence':
      return i.retrospectives.slice(from, to).map((r, k) => {
        const previous = i.retrospectives[from + k - 1];
        return [opens(r.date, [r.uri]), text(previous === undefined ? '' : String(daysBetween(previous.date, r.date) ?? ''))];
      });
    case 'themes':
      return i.themes.slice(from, to).map((t) => [themeCell(t), text(t.kind === 'term' ? l.kindTerm : l.kindTag), text(t.documents), text(t.first), text(t.last), text(t.months.map((m) => `${m.month}: ${m.documents}`).join(', '))]);
    case 'scores': {
      // The series one after another: skip whole series before `from`.
      const rows: InsightsCell[][] = [];
      let start = 0;
      for (const s of [i.roti, ...i.health]) {
        const end = start + s.points.length;
        for (let k = Math.max(from, start); k < Math.min(to, end); k++) {
          const p = s.points[k - start];
          if (p) rows.push([text(s.name), opens(p.date, [p.uri]), text(p.value)]);
        }
        start = end;
        if (start >= to) break;
      }
      return rows;
    }
  }
}

/** The page of `id` from row `offset`: the first rows of the body (offset 0) or a later page. */
export function tablePage(id: InsightsTableId, input: TableInput, offset: number): TablePage {
  const total = tableSize(id, input.insights);
  const from = Math.max(0, Math.min(offset, total));
  const to = Math.min(total, from + (from === 0 ? FIRST_TABLE_ROWS : TABLE_PAGE_ROWS));
  return { rows: rowsOf(id, input, from, to), total, next: to, more: moreLabel(to, total, input.labels) };
}

/** The "more" button's label after `shown` of `total` rows; null when all are shown. */
export function moreLabel(shown: number, total: number, labels: InsightsLabels): string | null {
  return shown >= total ? null : fill(labels.moreRows, Math.min(TABLE_PAGE_ROWS, total - shown), shown, total);
}
