// Every action as CSV (RFC 4180): a header row, CRLF line ends, a field quoted when it holds a
// quote, comma, CR or LF, quotes doubled. A field that a spreadsheet would run as a formula
// (starting with = + - @, tab or CR) is written with a leading apostrophe, so an action's text
// from a cloned repository cannot execute in the team's spreadsheet.

import type { ActionRecord } from '../memory/model';
import { isOverdue } from './compute';

/** The columns, in order. */
export const CSV_COLUMNS = ['text', 'status', 'owner', 'due', 'overdue', 'raised_date', 'raised_uri', 'raised_line', 'latest_date', 'latest_uri', 'latest_line', 'carried', 'done_date', 'kind', 'form'] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field, quoted when RFC 4180 asks for it. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV text of `actions` (lines 1-based, as editors show them), as of `today`. */
export function actionsCsv(actions: readonly ActionRecord[], today: string, uriText: (uri: string) => string = (u) => u): string {
  const rows = actions.map((a) => [
    a.text, a.status, a.owner ?? '', a.due ?? '', isOverdue(a, today) ? 'yes' : 'no',
    a.raised.date, uriText(a.raised.uri), String(a.raised.line + 1),
    a.latest.date, uriText(a.latest.uri), String(a.latest.line + 1),
    String(a.carried), a.doneDate ?? '', a.kind, a.form,
  ]);
  return [[...CSV_COLUMNS], ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
