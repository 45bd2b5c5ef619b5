// The insights panel's body: a header, then per figure a chart and the table of every row.
// Everything from a document goes through escapeHtml; every word comes from the labels.

import { fill, type InsightsLabels } from './labels';
import { escapeHtml as esc } from './escape';
import { InsightsDomIds, type InsightsCell, type InsightsTableId } from './dom';
import { tablePage, type TableInput } from './tables';
import { dayFormat } from './dayFormat';

export { InsightsDomIds } from './dom';
import { cadenceChart, followThroughChart, horizontalBars, MAX_BARS, MAX_COLUMNS, scoresChart, type ChartWords } from './charts';

/** What the body needs besides the figures. */
export interface RenderInput extends TableInput {
  /** The display language (VS Code's `env.language`) the charts write dates in; the runtime's default when absent. */
  readonly locale?: string;
}

/** What the charts need: the labels, and days written in the display language. */
function chartWords(input: RenderInput): ChartWords {
  return { labels: input.labels, days: dayFormat(input.locale) };
}

const percent = (rate: number): string => `${Math.round(rate * 100)}%`;
const days = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** A date or month in a cell's text (ISO: 2026-11-14, 2026-11): kept on one line, never broken at its hyphens. */
const ISO_DAY_OR_MONTH = /\d{4}-\d{2}(?:-\d{2})?/g;

/** A cell's text, escaped, its dates wrapped so a narrow column breaks between words, not inside a date. */
function cellText(text: string): string {
  return esc(text).replace(ISO_DAY_OR_MONTH, (d) => `<span class="ll-nowrap">${d}</span>`);
}

/** One cell: its text, as a button when it opens documents or lists a theme's documents; the first of a row heads it. */
function cellHtml(c: InsightsCell, column: number): string {
  const [open, close] = column === 0 ? ['<th scope="row">', '</th>'] : ['<td>', '</td>'];
  if (c.open !== undefined) return `${open}<button type="button" class="ll-link" data-open="${esc(c.open)}">${cellText(c.text)}</button>${close}`;
  if (c.theme !== undefined) return `${open}<button type="button" class="ll-link" data-theme="${esc(c.theme)}" aria-controls="${InsightsDomIds.themeDocuments}">${cellText(c.text)}</button>${close}`;
  return `${open}${cellText(c.text)}${close}`;
}

/** The first rows of a table and, when it has more, the button that asks for the next page. */
function rowsAndMore(id: InsightsTableId, input: RenderInput, head: readonly string[], caption: string, cls = 'll-data'): string {
  const page = tablePage(id, input, 0);
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const rows = page.rows.map((r) => `<tr>${r.map((c, k) => cellHtml(c, k)).join('')}</tr>`).join('');
  const more = page.more === null ? ''
    : `<button type="button" class="ll-button ll-button--secondary ll-more" data-more="${id}" data-next="${page.next}">${esc(page.more)}</button>`;
  // In a scroller of its own: a wide table in a narrow panel scrolls sideways instead of running off its edge.
  return `<div class="ll-table-scroll"><table class="${cls}" data-table="${id}"><caption>${esc(caption)}</caption><thead><tr>${th}</tr></thead><tbody>${rows}</tbody></table></div>${more}`;
}

/** A table under its chart, folded; its "Show as table" is described by the section's heading (five alike would read the same). */
function table(id: InsightsTableId, input: RenderInput, caption: string, head: readonly string[], section: string, open = false): string {
  return `<details class="ll-table-details"${open ? ' open' : ''}><summary aria-describedby="${section}-h">${esc(input.labels.showTable)}</summary>${rowsAndMore(id, input, head, caption)}</details>`;
}

function section(id: string, heading: string, content: string): string {
  return `<section id="${id}" class="ll-section" aria-labelledby="${id}-h"><h2 id="${id}-h">${esc(heading)}</h2>${content}</section>`;
}

function shows(shown: number, all: number, labels: InsightsLabels): string {
  return all > shown ? `<p class="ll-note">${esc(fill(labels.chartShows, shown, all))}</p>` : '';
}

function followThrough(input: RenderInput): string {
  const { insights: i, labels: l } = input;
  const rate = i.followThrough === null ? l.followThroughNone : fill(l.followThroughRate, percent(i.followThrough));
  // Retrospectives without a single action draw an empty plot: say so in words instead (the table still lists them).
  const anyAction = i.retrospectives.some((r) => r.raised > 0 || r.carriedIn > 0);
  const chart = anyAction ? followThroughChart(i.retrospectives, chartWords(input)) : `<p>${esc(l.noneYet)}</p>`;
  return section(InsightsDomIds.followThrough, l.followThroughHeading,
    `<p class="ll-figure">${esc(rate)}</p><p class="ll-help">${esc(l.followThroughHelp)}</p>${chart}${shows(Math.min(MAX_COLUMNS, i.retrospectives.length), i.retrospectives.length, l)}`
    + table('followThrough', input, l.followThroughHeading, [l.retrospective, l.date, l.raised, l.done, l.dropped, l.open, l.carriedIn], InsightsDomIds.followThrough));
}

function timeToDone(input: RenderInput): string {
  const { insights: i, labels: l } = input;
  const median = i.medianDaysToDone === null ? l.noneYet : fill(l.medianDays, days(i.medianDaysToDone));
  const stuck = i.stuck.length === 0 ? `<p>${esc(l.stuckNone)}</p>`
    : rowsAndMore('stuck', input, [l.action, l.owner, l.carried, l.raisedOn], l.stuckHeading, 'll-data ll-stuck');
  return section(InsightsDomIds.timeToDone, l.timeToDoneHeading, `<p class="ll-figure">${esc(median)}</p>${stuck}`);
}

function owners(input: RenderInput): string {
  const { insights: i, labels: l } = input;
  if (i.owners.length === 0) return section(InsightsDomIds.owners, l.ownersHeading, `<p>${esc(l.noneYet)}</p>`);
  const name = (o: string | null): string => (o === null ? l.nobody : `@${o}`);
  const bars = horizontalBars('ll-chart-owners', l.ownersHeading, `${l.chartOwnersAlt} ${l.chartTableHint}`, i.owners.map((o) => ({
    label: name(o.owner), value: o.open, part: o.overdue, tip: `${name(o.owner)} · ${l.open}: ${o.open} · ${l.overdue}: ${o.overdue}`,
  })), 'll-open', 'll-overdue');
  return section(InsightsDomIds.owners, l.ownersHeading, bars + shows(Math.min(MAX_BARS, i.owners.length), i.owners.length, l)
    + `<ul class="ll-legend"><li><span class="ll-swatch ll-open" aria-hidden="true"></span>${esc(l.open)}</li><li><span class="ll-swatch ll-overdue" aria-hidden="true"></span>${esc(l.overdue)}</li></ul>`
    + table('owners', input, l.ownersHeading, [l.owner, l.open, l.overdue], InsightsDomIds.owners));
}

function cadence(input: RenderInput): string {
  const { insights: i, labels: l } = input;
  if (i.cadence.medianDays === null) return section(InsightsDomIds.cadence, l.cadenceHeading, `<p>${esc(l.noneYet)}</p>`);
  const text = fill(l.cadenceText, days(i.cadence.medianDays), String(i.cadence.longestGapDays ?? 0));
  const retros = i.retrospectives;
  return section(InsightsDomIds.cadence, l.cadenceHeading, `<p class="ll-figure">${esc(text)}</p>`
    + cadenceChart(retros.map((r) => r.date), chartWords(input), retros.map((r) => r.uri)) + shows(Math.min(MAX_COLUMNS, retros.length), retros.length, l)
    + table('cadence', input, l.cadenceHeading, [l.date, l.gapDays], InsightsDomIds.cadence));
}

function themes(input: RenderInput): string {
  const { insights: i, labels: l } = input;
  if (i.themes.length === 0) return section(InsightsDomIds.themes, l.themesHeading, `<p>${esc(l.themesNone)}</p>`);
  const dates = dayFormat(input.locale);
  const bars = horizontalBars('ll-chart-themes', l.themesHeading, `${l.chartThemesAlt} ${l.chartTableHint}`, i.themes.map((t) => ({
    label: t.name, value: t.documents, tip: `${t.name} · ${l.documents}: ${t.documents} · ${dates.long(t.first)} – ${dates.long(t.last)}`, data: t.name,
  })), 'll-theme');
  return section(InsightsDomIds.themes, l.themesHeading, `<p class="ll-help">${esc(l.themesHelp)}</p>${bars}${shows(Math.min(MAX_BARS, i.themes.length), i.themes.length, l)}`
    + `<div id="${InsightsDomIds.themeDocuments}" class="ll-theme-documents" role="region" aria-live="polite" hidden></div>`
    + table('themes', input, l.themesHeading, [l.theme, l.kind, l.documents, l.firstSeen, l.lastSeen, l.perMonth], InsightsDomIds.themes, true));
}

function scores(input: RenderInput): string {
  const { insights: i, labels: l } = input;
  const all = [i.roti, ...i.health].filter((s) => s.documents > 0);
  if (all.length === 0) return section(InsightsDomIds.scores, l.scoresHeading, `<p>${esc(l.scoresNone)}</p>`);
  const means = all.map((s) => `<li>${esc(s.name)}: ${esc(l.mean)} ${s.mean === null ? '' : s.mean.toFixed(1)} (${esc(fill(l.fromDocuments, s.documents))})</li>`).join('');
  return section(InsightsDomIds.scores, l.scoresHeading, `<ul class="ll-means">${means}</ul>${scoresChart(i, chartWords(input))}`
    + table('scores', input, l.scoresHeading, [l.score, l.date, l.value], InsightsDomIds.scores));
}

/** Fills a label's `{0}`, `{1}`… with HTML (the label's own text escaped, the values as given). */
function fillHtml(label: string, html: readonly string[]): string {
  return label.split(/(\{\d\})/).map((part) => {
    const m = /^\{(\d)\}$/.exec(part);
    return m ? (html[Number(m[1])] ?? esc(part)) : esc(part);
  }).join('');
}

/** The empty state: no learning document yet. */
function empty(labels: InsightsLabels): string {
  return `<section id="${InsightsDomIds.empty}" class="ll-empty"><h2>${esc(labels.emptyTitle)}</h2><p>${esc(labels.emptyText)}</p>`
    + `<button type="button" class="ll-button" data-action="startRetro">${esc(labels.startRetro)}</button></section>`;
}

/** The panel's body for these figures. */
export function renderInsightsBody(input: RenderInput): string {
  const { insights: i, labels: l } = input;
  const isEmpty = i.totals.documents === 0;
  // With no document yet there is nothing to summarize or export: the empty state's one button is the way on.
  const actions = isEmpty ? ''
    : `<div class="ll-actions"><button type="button" class="ll-button" data-action="insertSummary">${esc(l.insertSummary)}</button>`
      + `<button type="button" class="ll-button ll-button--secondary" data-action="exportCsv">${esc(l.exportCsv)}</button></div>`;
  const header = `<header class="ll-header"><h1>${esc(l.title)}</h1>`
    + `<p id="${InsightsDomIds.summary}" class="ll-intro">${fillHtml(l.summary, [i.totals.documents, i.totals.actions, i.totals.open, i.totals.overdue].map(String).map(esc)
      .concat(`<time class="ll-nowrap" datetime="${esc(i.today)}">${esc(dayFormat(input.locale).long(i.today))}</time>`))}</p>`
    + `${actions}</header>`
    + `<p id="${InsightsDomIds.notice}" class="ll-notice" role="status" aria-live="polite" hidden></p>`;
  if (isEmpty) return header + empty(l);
  return header + followThrough(input) + timeToDone(input) + owners(input) + cadence(input) + themes(input) + scores(input);
}
