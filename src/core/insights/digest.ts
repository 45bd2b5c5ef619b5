// The insights as a dated Markdown digest: the figures as tables a team commits and reviews.
// Text from documents is made safe for a table cell (one line, pipes and HTML escaped).

import { escapeTableCell } from '../concepts/markdownTable';
import { fill, type InsightsLabels } from './labels';
import type { Insights } from './model';

/** What the digest needs besides the figures. */
export interface DigestOptions {
  readonly labels: InsightsLabels;
  /** A document's title (the memory's), else its file name. */
  readonly titleOf: (uri: string) => string | undefined;
  /** The link to a document from where the digest goes (relative), or undefined for none. */
  readonly linkOf: (uri: string) => string | undefined;
  /** Heading level of the digest's title (2 under an existing title). */
  readonly headingLevel?: number;
}

/** One cell: safe Markdown text, HTML shown as text. */
function cell(text: string): string {
  return escapeTableCell(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')) || ' ';
}

function tableOf(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head.map(cell)), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function fileName(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

const percent = (rate: number): string => `${Math.round(rate * 100)}%`;
const num = (n: number | null): string => (n === null ? '–' : Number.isInteger(n) ? String(n) : n.toFixed(1));

/** The digest of `insights` as Markdown, ending in a newline. */
export function insightsDigest(insights: Insights, options: DigestOptions): string {
  const l = options.labels;
  const level = Math.min(Math.max(options.headingLevel ?? 2, 1), 5);
  const h = (depth: number, text: string): string => `${'#'.repeat(level + depth)} ${text.replace(/[\r\n]+/g, ' ')}`;
  const docLink = (uri: string): string => {
    const title = cell(options.titleOf(uri) ?? fileName(uri)).replace(/[[\]]/g, '\\$&');
    const link = options.linkOf(uri);
    return link === undefined ? title : `[${title}](<${link.replace(/[<>]/g, encodeURIComponent)}>)`;
  };
  const i = insights;
  const summary = tableOf([l.figure, l.value], [
    [cell(l.documents), String(i.totals.documents)],
    [cell(l.actions), `${i.totals.actions} (${cell(l.open)}: ${i.totals.open}, ${cell(l.overdue)}: ${i.totals.overdue})`],
    [cell(l.followThroughHeading), i.followThrough === null ? '–' : percent(i.followThrough)],
    // The unit in words: a bare "5" in a committed summary says nothing about days.
    [cell(l.timeToDoneHeading), i.medianDaysToDone === null ? '–' : cell(fill(l.medianDays, num(i.medianDaysToDone)))],
    [cell(l.cadenceHeading), i.cadence.medianDays === null ? '–' : cell(fill(l.cadenceText, num(i.cadence.medianDays), num(i.cadence.longestGapDays)))],
    [cell(l.stuckHeading), String(i.stuck.length)],
  ]);
  const parts = [h(0, fill(l.digestHeading, i.today)), summary];
  if (i.retrospectives.length > 0) {
    parts.push(h(1, l.followThroughHeading), tableOf([l.retrospective, l.date, l.raised, l.done, l.dropped, l.open, l.carriedIn],
      i.retrospectives.map((r) => [docLink(r.uri), r.date, String(r.raised), String(r.done), String(r.dropped), String(r.open), String(r.carriedIn)])));
  }
  if (i.stuck.length > 0) {
    parts.push(h(1, l.stuckHeading), tableOf([l.action, l.owner, l.carried, l.raisedOn],
      i.stuck.map((a) => [cell(a.text), cell(a.owner === undefined ? l.nobody : `@${a.owner}`), String(a.carried), docLink(a.raised.uri)])));
  }
  if (i.owners.length > 0) {
    parts.push(h(1, l.ownersHeading), tableOf([l.owner, l.open, l.overdue],
      i.owners.map((o) => [cell(o.owner === null ? l.nobody : `@${o.owner}`), String(o.open), String(o.overdue)])));
  }
  if (i.themes.length > 0) {
    parts.push(h(1, l.themesHeading), tableOf([l.theme, l.kind, l.documents, l.firstSeen, l.lastSeen],
      i.themes.map((t) => [cell(t.name), cell(t.kind === 'term' ? l.kindTerm : l.kindTag), String(t.documents), t.first, t.last])));
  }
  const scores = [i.roti, ...i.health].filter((s) => s.documents > 0);
  if (scores.length > 0) {
    parts.push(h(1, l.scoresHeading), tableOf([l.score, l.documents, l.mean],
      scores.map((s) => [cell(s.name), String(s.documents), num(s.mean)])));
  }
  return `${parts.join('\n\n')}\n`;
}
