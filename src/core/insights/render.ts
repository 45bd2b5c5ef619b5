// The insights panel's body: a header, then per figure a chart and the table of every row.
// Everything from a document goes through escapeHtml; every word comes from the labels.

import type { ActionRecord } from '../memory/model';
import type { Insights, Theme } from './model';
import { fill, type InsightsLabels } from './labels';
import { escapeHtml as esc } from './escape';
import { daysBetween } from './stats';
import { InsightsDomIds } from './dom';

export { InsightsDomIds } from './dom';
import { cadenceChart, followThroughChart, horizontalBars, MAX_BARS, MAX_COLUMNS, scoresChart } from './charts';

/** What the body needs besides the figures. */
export interface RenderInput {
  readonly insights: Insights;
  readonly labels: InsightsLabels;
  /** A document's title by its uri (the memory's); the uri's file name when unknown. */
  readonly titleOf: (uri: string) => string | undefined;
}

const percent = (rate: number): string => `${Math.round(rate * 100)}%`;
const days = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

function fileName(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** A button that opens documents (space-separated URIs). */
function openButton(uris: readonly string[], label: string): string {
  return `<button type="button" class="ll-link" data-open="${esc(uris.join(' '))}">${esc(label)}</button>`;
}

function table(caption: string, head: readonly string[], rows: readonly string[], labels: InsightsLabels, open = false): string {
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  return `<details class="ll-table-details"${open ? ' open' : ''}><summary>${esc(labels.showTable)}</summary>`
    + `<table class="ll-data"><caption>${esc(caption)}</caption><thead><tr>${th}</tr></thead><tbody>${rows.join('')}</tbody></table></details>`;
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
  const rows = i.retrospectives.map((r) => `<tr><td>${openButton([r.uri], input.titleOf(r.uri) ?? fileName(r.uri))}</td><td>${esc(r.date)}</td>`
    + `<td>${r.raised}</td><td>${r.done}</td><td>${r.dropped}</td><td>${r.open}</td><td>${r.carriedIn}</td></tr>`);
  const chart = i.retrospectives.length === 0 ? `<p>${esc(l.noneYet)}</p>` : followThroughChart(i.retrospectives, l);
  return section(InsightsDomIds.followThrough, l.followThroughHeading,
    `<p class="ll-figure">${esc(rate)}</p><p class="ll-help">${esc(l.followThroughHelp)}</p>${chart}${shows(Math.min(MAX_COLUMNS, i.retrospectives.length), i.retrospectives.length, l)}`
    + table(l.followThroughHeading, [l.retrospective, l.date, l.raised, l.done, l.dropped, l.open, l.carriedIn], rows, l));
}

function actionRow(a: ActionRecord, input: RenderInput): string {
  return `<tr><td>${openButton([a.latest.uri], a.text)}</td><td>${esc(a.owner ?? input.labels.nobody)}</td><td>${a.carried}</td><td>${esc(a.raised.date)}</td></tr>`;
}

function timeToDone(input: RenderInput): string {
  const { insights: i, labels: l } = input;
  const median = i.medianDaysToDone === null ? l.noneYet : fill(l.medianDays, days(i.medianDaysToDone));
  const stuck = i.stuck.length === 0 ? `<p>${esc(l.stuckNone)}</p>`
    : `<table class="ll-data ll-stuck"><caption>${esc(l.stuckHeading)}</caption><thead><tr>${[l.action, l.owner, l.carried, l.raisedOn].map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`
      + `<tbody>${i.stuck.map((a) => actionRow(a, input)).join('')}</tbody></table>`;
  return section(InsightsDomIds.timeToDone, l.timeToDoneHeading, `<p class="ll-figure">${esc(median)}</p>${stuck}`);
}

function owners(input: RenderInput): string {
  const { insights: i, labels: l } = input;
  if (i.owners.length === 0) return section(InsightsDomIds.owners, l.ownersHeading, `<p>${esc(l.noneYet)}</p>`);
  const name = (o: string | null): string => (o === null ? l.nobody : `@${o}`);
  const bars = horizontalBars('ll-chart-owners', l.ownersHeading, i.owners.map((o) => ({
    label: name(o.owner), value: o.open, part: o.overdue, tip: `${name(o.owner)} · ${l.open}: ${o.open} · ${l.overdue}: ${o.overdue}`,
  })), 'll-open', 'll-overdue');
  const rows = i.owners.map((o) => `<tr><td>${esc(name(o.owner))}</td><td>${o.open}</td><td>${o.overdue}</td></tr>`);
  return section(InsightsDomIds.owners, l.ownersHeading, bars + shows(Math.min(MAX_BARS, i.owners.length), i.owners.length, l)
    + `<ul class="ll-legend"><li><span class="ll-swatch ll-open" aria-hidden="true"></span>${esc(l.open)}</li><li><span class="ll-swatch ll-overdue" aria-hidden="true"></span>${esc(l.overdue)}</li></ul>`
    + table(l.ownersHeading, [l.owner, l.open, l.overdue], rows, l));
}

function cadence(input: RenderInput): string {
  const { insights: i, labels: l } = input;
  if (i.cadence.medianDays === null) return section(InsightsDomIds.cadence, l.cadenceHeading, `<p>${esc(l.noneYet)}</p>`);
  const text = fill(l.cadenceText, days(i.cadence.medianDays), String(i.cadence.longestGapDays ?? 0));
  const retros = i.retrospectives;
  const rows = retros.map((r, k) => `<tr><td>${openButton([r.uri], r.date)}</td><td>${k === 0 ? '' : String(daysBetween(retros[k - 1]?.date ?? r.date, r.date) ?? '')}</td></tr>`);
  return section(InsightsDomIds.cadence, l.cadenceHeading, `<p class="ll-figure">${esc(text)}</p>`
    + cadenceChart(retros.map((r) => r.date), l, retros.map((r) => r.uri)) + shows(Math.min(MAX_COLUMNS, retros.length), retros.length, l)
    + table(l.cadenceHeading, [l.date, l.gapDays], rows, l));
}

function themeButton(t: Theme): string {
  return `<button type="button" class="ll-link" data-theme="${esc(t.name)}" aria-controls="${InsightsDomIds.themeDocuments}">${esc(t.name)}</button>`;
}

function themes(input: RenderInput): string {
  const { insights: i, labels: l } = input;
  if (i.themes.length === 0) return section(InsightsDomIds.themes, l.themesHeading, `<p>${esc(l.themesNone)}</p>`);
  const bars = horizontalBars('ll-chart-themes', l.themesHeading, i.themes.map((t) => ({
    label: t.name, value: t.documents, tip: `${t.name} · ${l.documents}: ${t.documents} · ${t.first} – ${t.last}`, data: t.name,
  })), 'll-theme');
  const rows = i.themes.map((t) => `<tr><td>${themeButton(t)}</td><td>${esc(t.kind === 'term' ? l.kindTerm : l.kindTag)}</td><td>${t.documents}</td>`
    + `<td>${esc(t.first)}</td><td>${esc(t.last)}</td><td>${esc(t.months.map((m) => `${m.month}: ${m.documents}`).join(', '))}</td></tr>`);
  return section(InsightsDomIds.themes, l.themesHeading, `<p class="ll-help">${esc(l.themesHelp)}</p>${bars}${shows(Math.min(MAX_BARS, i.themes.length), i.themes.length, l)}`
    + `<div id="${InsightsDomIds.themeDocuments}" class="ll-theme-documents" role="region" aria-live="polite" hidden></div>`
    + table(l.themesHeading, [l.theme, l.kind, l.documents, l.firstSeen, l.lastSeen, l.perMonth], rows, l, true));
}

function scores(input: RenderInput): string {
  const { insights: i, labels: l } = input;
  const all = [i.roti, ...i.health].filter((s) => s.documents > 0);
  if (all.length === 0) return section(InsightsDomIds.scores, l.scoresHeading, `<p>${esc(l.scoresNone)}</p>`);
  const rows = all.flatMap((s) => s.points.map((p) => `<tr><td>${esc(s.name)}</td><td>${openButton([p.uri], p.date)}</td><td>${p.value}</td></tr>`));
  const means = all.map((s) => `<li>${esc(s.name)}: ${esc(l.mean)} ${s.mean === null ? '' : s.mean.toFixed(1)} (${esc(fill(l.fromDocuments, s.documents))})</li>`).join('');
  return section(InsightsDomIds.scores, l.scoresHeading, `<ul class="ll-means">${means}</ul>${scoresChart(i, l)}`
    + table(l.scoresHeading, [l.score, l.date, l.value], rows, l));
}

/** The empty state: no learning document yet. */
function empty(labels: InsightsLabels): string {
  return `<section id="${InsightsDomIds.empty}" class="ll-empty"><h2>${esc(labels.emptyTitle)}</h2><p>${esc(labels.emptyText)}</p>`
    + `<button type="button" class="ll-button" data-action="startRetro">${esc(labels.startRetro)}</button></section>`;
}

/** The panel's body for these figures. */
export function renderInsightsBody(input: RenderInput): string {
  const { insights: i, labels: l } = input;
  const header = `<header class="ll-header"><h1>${esc(l.title)}</h1>`
    + `<p id="${InsightsDomIds.summary}" class="ll-intro">${esc(fill(l.summary, i.totals.documents, i.totals.actions, i.totals.open, i.totals.overdue, i.today))}</p>`
    + `<div class="ll-actions"><button type="button" class="ll-button" data-action="insertSummary">${esc(l.insertSummary)}</button>`
    + `<button type="button" class="ll-button ll-button--secondary" data-action="exportCsv">${esc(l.exportCsv)}</button></div></header>`
    + `<p id="${InsightsDomIds.notice}" class="ll-notice" role="status" aria-live="polite" hidden></p>`;
  if (i.totals.documents === 0) return header + empty(l);
  return header + followThrough(input) + timeToDone(input) + owners(input) + cadence(input) + themes(input) + scores(input);
}
