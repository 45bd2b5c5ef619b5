// The insights' charts as inline SVG strings. Each draws at most a named number of bars or
// points (the latest or the largest) so the panel stays fast on a 10,000-document memory; the
// table beside each chart lists every row.

import type { Insights, RetrospectiveFigures, ScoreSeries } from './model';
import { SCORE_MAX, SCORE_MIN } from './model';
import { fill, type InsightsLabels } from './labels';
import { AXIS_FONT, CHART_WIDTH, labelEvery, legend, line, polyline, r1, rect, svgOpen, text } from './svg';
import { dayNumber } from './stats';
import { escapeHtml } from './escape';
import type { DayFormat } from './dayFormat';

/** The latest retrospectives drawn in the follow-through and cadence charts. */
export const MAX_COLUMNS = 24;
/** The owners or themes drawn as bars. */
export const MAX_BARS = 12;
/** The latest points drawn per score series. */
export const MAX_POINTS = 48;
/** Score series drawn at once (roti and the health checks with the most documents). */
export const MAX_SERIES = 5;
const MAX_AXIS_LABELS = 8;
/** The widest slot one retrospective's columns take: one or two retrospectives do not fill the chart. */
const MAX_SLOT = 64;

const LEFT = 36;
const RIGHT = 40;
const TOP = 12;
/** Room under the plot for a date's two lines (day and month, then the year). */
const BOTTOM = 40;
/** The scores chart writes one line of dates under its plot: it gives back part of the room. */
const SCORE_AXIS_ROOM = 12;
const PLOT_W = CHART_WIDTH - LEFT - RIGHT;

const percent = (rate: number): string => `${Math.round(rate * 100)}%`;

/** The least room between two date labels' centres (viewBox units): a localized "14 Nov" fits, also in the larger text of a narrow panel. */
const LABEL_GAP = 72;

/** Which of the labels at `xs` (left to right) are drawn: the newest always, then each far enough left of the last drawn. */
function axisLabels(xs: readonly number[]): (i: number) => boolean {
  const drawn = new Set<number>();
  let last = Infinity;
  for (let i = xs.length - 1; i >= 0; i--) {
    const x = xs[i] ?? 0;
    if (last - x >= LABEL_GAP) {
      drawn.add(i);
      last = x;
    }
  }
  return (i) => drawn.has(i);
}

/** A chart's words besides the figures: the labels and how days are written. */
export interface ChartWords {
  readonly labels: InsightsLabels;
  readonly days: DayFormat;
}

/**
 * Date labels under an axis at `y`: day and month, and the year on a second line under the
 * first label and wherever the year changes, so every label reads as one unambiguous day. The
 * second line is a tspan one line down in `em`: it keeps its distance when a narrow panel's
 * stylesheet makes the chart's text larger.
 */
function dateLabels(points: readonly { x: number; date: string }[], y: number, days: DayFormat, show: (i: number) => boolean): string {
  const parts: string[] = [];
  let lastYear = '';
  points.forEach((p, i) => {
    if (!show(i)) return;
    const year = days.year(p.date);
    const second = year !== lastYear && year !== '' ? `<tspan x="${r1(p.x)}" dy="1.2em">${escapeHtml(year)}</tspan>` : '';
    lastYear = year;
    parts.push(`<text class="ll-axis" x="${r1(p.x)}" y="${r1(y)}" text-anchor="middle" fill="currentColor" font-size="${AXIS_FONT}">${escapeHtml(days.short(p.date))}${second}</text>`);
  });
  return parts.join('');
}

function yAxis(height: number, max: number, ticks: readonly number[], format: (n: number) => string = String): string {
  const plotH = height - TOP - BOTTOM;
  return ticks.map((t) => {
    const y = TOP + plotH - (t / max) * plotH;
    return line(LEFT, y, LEFT + PLOT_W, y) + text(LEFT - 6, y + 4, format(t), 'end');
  }).join('');
}

/** Axis ticks from 0 in steps of 1, 2 or 5 × 10ⁿ, the last at or above `max` (so no column rises past the top). */
export function niceTicks(max: number): number[] {
  const rough = Math.max(1, max / 5);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? rough;
  const ticks = [0];
  while ((ticks[ticks.length - 1] ?? 0) < max) ticks.push((ticks[ticks.length - 1] ?? 0) + step);
  return ticks;
}

/** Stacked columns per retrospective (done, dropped, open), a carried-in column beside, the follow-through line. */
export function followThroughChart(rows: readonly RetrospectiveFigures[], words: ChartWords): string {
  const { labels, days } = words;
  const shown = rows.slice(-MAX_COLUMNS);
  const height = 232;
  const plotH = height - TOP - BOTTOM;
  const max = Math.max(1, ...shown.map((r) => Math.max(r.raised, r.carriedIn)));
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1] ?? max;
  // Few retrospectives keep a column's width and stand centred; many share the plot's width.
  const slot = Math.min(PLOT_W / Math.max(shown.length, 1), MAX_SLOT);
  const start = LEFT + (PLOT_W - slot * shown.length) / 2;
  const y = (n: number): number => TOP + plotH - (n / top) * plotH;
  const alt = fill(labels.chartFollowThroughAlt, shown.length, days.long(shown[0]?.date ?? ''), days.long(shown[shown.length - 1]?.date ?? ''));
  const parts: string[] = [svgOpen('ll-chart-follow', height, labels.followThroughHeading, `${alt} ${labels.chartTableHint}`), yAxis(height, top, ticks)];
  const rate: { x: number; y: number; tip: string; open: string }[] = [];
  const axis: { x: number; date: string }[] = [];
  shown.forEach((r, i) => {
    const x = start + i * slot + slot * 0.15;
    const w = slot * 0.45;
    const day = days.long(r.date);
    let base = 0;
    for (const [count, cls, label] of [[r.done, 'll-done', labels.done], [r.dropped, 'll-dropped', labels.dropped], [r.open, 'll-open', labels.open]] as const) {
      if (count > 0) parts.push(rect(x, y(base + count), w, (count / top) * plotH, `ll-bar ${cls}`, `${day} · ${label}: ${count}`, r.uri));
      base += count;
    }
    if (r.carriedIn > 0) parts.push(rect(x + w + slot * 0.05, y(r.carriedIn), slot * 0.2, (r.carriedIn / top) * plotH, 'll-bar ll-carried', `${day} · ${labels.carriedIn}: ${r.carriedIn}`, r.uri));
    if (r.done + r.open > 0) {
      const value = r.done / (r.done + r.open);
      rate.push({ x: x + w / 2, y: TOP + plotH - value * plotH, tip: `${day} · ${labels.rate}: ${percent(value)}`, open: r.uri });
    }
    axis.push({ x: x + w / 2, date: r.date });
  });
  parts.push(dateLabels(axis, height - BOTTOM + 16, days, labelEvery(shown.length, MAX_AXIS_LABELS)));
  parts.push(polyline(rate, 'll-rate'));
  // The right axis is the rate's: 0–100%.
  // Anchored at the chart's right edge: a narrow panel's larger text grows leftwards, never out of the chart.
  parts.push(text(CHART_WIDTH - 2, TOP + 4, '100%', 'end'), text(CHART_WIDTH - 2, TOP + plotH + 4, '0%', 'end'));
  parts.push('</svg>');
  return parts.join('') + legend([
    { cls: 'll-done', label: labels.done }, { cls: 'll-dropped', label: labels.dropped }, { cls: 'll-open', label: labels.open },
    { cls: 'll-carried', label: labels.carriedIn }, { cls: 'll-rate', label: labels.rate },
  ]);
}

interface BarRow {
  readonly label: string;
  readonly value: number;
  /** A second value drawn over the first from the left (overdue of open). */
  readonly part?: number;
  readonly tip: string;
  /** What the bar is: a theme's index for a theme bar. */
  readonly data?: string;
}

/** The longest bar label drawn in full; a longer one is cut with "…" and shows in full as its tooltip. */
const MAX_LABEL = 20;

/** Horizontal bars with their labels on the left. */
/** A bar's label cut to MAX_LABEL characters with an ellipsis, by code points (never half an emoji). */
export function shortLabel(label: string): string {
  if (label.length <= MAX_LABEL) return label;
  const points = Array.from(label);
  return points.length <= MAX_LABEL ? label : `${points.slice(0, MAX_LABEL - 1).join('')}…`;
}

export function horizontalBars(id: string, title: string, description: string, rows: readonly BarRow[], cls: string, partCls = ''): string {
  const shown = rows.slice(0, MAX_BARS);
  const rowH = 22;
  const labelW = 200;
  const height = TOP + shown.length * rowH + 8;
  const max = Math.max(1, ...shown.map((r) => r.value));
  const barW = CHART_WIDTH - labelW - 60;
  const parts = [svgOpen(id, height, title, description)];
  shown.forEach((r, i) => {
    const y = TOP + i * rowH;
    const short = shortLabel(r.label);
    parts.push(text(labelW - 8, y + 14, short, 'end', 'll-axis', short === r.label ? undefined : r.label));
    const w = (r.value / max) * barW;
    const data = r.data === undefined ? '' : ` data-theme="${escapeHtml(r.data)}"`;
    parts.push(`<g class="ll-hbar"${data}>`, rect(labelW, y + 3, w, rowH - 6, `ll-bar ${cls}`, r.tip));
    if (r.part) parts.push(rect(labelW, y + 3, (r.part / max) * barW, rowH - 6, `ll-bar ${partCls}`, r.tip));
    parts.push('</g>', text(labelW + w + 6, y + 14, String(r.value)));
  });
  parts.push('</svg>');
  return parts.join('');
}

/** The retrospectives on a time line, the longest gap marked. */
export function cadenceChart(dates: readonly string[], words: ChartWords, uris: readonly string[]): string {
  const { labels } = words;
  const shownDates = dates.slice(-MAX_COLUMNS);
  const shownUris = uris.slice(-MAX_COLUMNS);
  const height = 84;
  const days = shownDates.map((d) => dayNumber(d) ?? 0);
  const first = days[0] ?? 0;
  const span = Math.max(1, (days[days.length - 1] ?? 0) - first);
  const x = (d: number): number => LEFT + ((d - first) / span) * PLOT_W;
  let longest = -1;
  let at = -1;
  for (let i = 1; i < days.length; i++) {
    const gap = (days[i] ?? 0) - (days[i - 1] ?? 0);
    if (gap > longest) [longest, at] = [gap, i];
  }
  const alt = fill(labels.chartCadenceAlt, shownDates.length, words.days.long(shownDates[0] ?? ''), words.days.long(shownDates[shownDates.length - 1] ?? ''), Math.max(longest, 0));
  const parts = [svgOpen('ll-chart-cadence', height, labels.cadenceHeading, `${alt} ${labels.chartTableHint}`), line(LEFT, 30, LEFT + PLOT_W, 30, 'll-axis-line')];
  if (at > 0) {
    const x1 = x(days[at - 1] ?? 0);
    const x2 = x(days[at] ?? 0);
    parts.push(rect(x1, 24, x2 - x1, 12, 'll-gap', `${labels.gapDays}: ${longest}`), text((x1 + x2) / 2, 18, `${longest}`, 'middle'));
  }
  days.forEach((d, i) => {
    const uri = shownUris[i];
    const data = uri ? ` data-open="${escapeHtml(uri)}"` : '';
    parts.push(`<circle class="ll-dot ll-retro" cx="${x(d).toFixed(1)}" cy="30" r="5"${data}><title>${escapeHtml(words.days.long(shownDates[i] ?? ''))}</title></circle>`);
  });
  parts.push(dateLabels(days.map((d, i) => ({ x: x(d), date: shownDates[i] ?? '' })), 56, words.days, axisLabels(days.map(x))));
  parts.push('</svg>');
  return parts.join('');
}

/** Scores over time: roti and the health checks, 1–5. */
export function scoresChart(insights: Pick<Insights, 'roti' | 'health'>, words: ChartWords): string {
  const { labels, days } = words;
  const series: ScoreSeries[] = [insights.roti, ...insights.health].filter((s) => s.documents > 0).slice(0, MAX_SERIES);
  const height = 200;
  const plotH = height - TOP - BOTTOM + SCORE_AXIS_ROOM;
  const all = series.flatMap((s) => s.points.slice(-MAX_POINTS).map((p) => dayNumber(p.date) ?? 0));
  const first = Math.min(...all);
  const spanDays = Math.max(...all) - first;
  const span = Math.max(1, spanDays);
  // Scores of a single day stand in the middle, not squeezed against the axis.
  const x = (date: string): number => (spanDays === 0 ? LEFT + PLOT_W / 2 : LEFT + (((dayNumber(date) ?? first) - first) / span) * PLOT_W);
  const y = (v: number): number => TOP + plotH - ((v - SCORE_MIN) / (SCORE_MAX - SCORE_MIN)) * plotH;
  const dates = series.flatMap((s) => s.points.slice(-MAX_POINTS).map((p) => p.date)).sort();
  const [from, to] = [days.long(dates[0] ?? ''), days.long(dates[dates.length - 1] ?? '')];
  const parts = [svgOpen('ll-chart-scores', height, labels.scoresHeading, `${fill(labels.chartScoresAlt, SCORE_MIN, SCORE_MAX, from, to)} ${labels.chartTableHint}`)];
  for (let v = SCORE_MIN; v <= SCORE_MAX; v++) parts.push(line(LEFT, y(v), LEFT + PLOT_W, y(v)), text(LEFT - 6, y(v) + 4, String(v), 'end'));
  series.forEach((s, i) => {
    const points = s.points.slice(-MAX_POINTS).map((p) => ({ x: x(p.date), y: y(p.value), tip: `${s.name} · ${days.long(p.date)}: ${p.value}`, open: p.uri }));
    parts.push(polyline(points, `ll-series-${i}`));
  });
  if (dates.length > 0 && spanDays === 0) parts.push(text(LEFT + PLOT_W / 2, height - 8, from, 'middle'));
  else if (dates.length > 0) parts.push(text(LEFT, height - 8, from), text(LEFT + PLOT_W, height - 8, to, 'end'));
  parts.push('</svg>');
  return parts.join('') + legend(series.map((s, i) => ({ cls: `ll-series-${i}`, label: `${s.name} (${fill(labels.fromDocuments, s.documents)})` })));
}
