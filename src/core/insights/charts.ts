// The insights' charts as inline SVG strings. Each draws at most a named number of bars or
// points (the latest or the largest) so the panel stays fast on a 10,000-document memory; the
// table beside each chart lists every row.

import type { Insights, RetrospectiveFigures, ScoreSeries } from './model';
import { SCORE_MAX, SCORE_MIN } from './model';
import { fill, type InsightsLabels } from './labels';
import { CHART_WIDTH, labelEvery, legend, line, polyline, rect, svgOpen, text } from './svg';
import { dayNumber } from './stats';
import { escapeHtml } from './escape';

/** The latest retrospectives drawn in the follow-through and cadence charts. */
export const MAX_COLUMNS = 24;
/** The owners or themes drawn as bars. */
export const MAX_BARS = 12;
/** The latest points drawn per score series. */
export const MAX_POINTS = 48;
/** Score series drawn at once (roti and the health checks with the most documents). */
export const MAX_SERIES = 5;
const MAX_AXIS_LABELS = 8;

const LEFT = 36;
const RIGHT = 40;
const TOP = 12;
const BOTTOM = 28;
const PLOT_W = CHART_WIDTH - LEFT - RIGHT;

const percent = (rate: number): string => `${Math.round(rate * 100)}%`;
const shortDate = (date: string): string => date.slice(2); // YY-MM-DD: fits under a column

function yAxis(height: number, max: number, ticks: readonly number[], format: (n: number) => string = String): string {
  const plotH = height - TOP - BOTTOM;
  return ticks.map((t) => {
    const y = TOP + plotH - (t / max) * plotH;
    return line(LEFT, y, LEFT + PLOT_W, y) + text(LEFT - 6, y + 4, format(t), 'end');
  }).join('');
}

function niceTicks(max: number): number[] {
  const step = max <= 5 ? 1 : Math.ceil(max / 5);
  const ticks: number[] = [];
  for (let t = 0; t <= max; t += step) ticks.push(t);
  return ticks;
}

/** Stacked columns per retrospective (done, dropped, open), a carried-in column beside, the follow-through line. */
export function followThroughChart(rows: readonly RetrospectiveFigures[], labels: InsightsLabels): string {
  const shown = rows.slice(-MAX_COLUMNS);
  const height = 220;
  const plotH = height - TOP - BOTTOM;
  const max = Math.max(1, ...shown.map((r) => Math.max(r.raised, r.carriedIn)));
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1] ?? max;
  const slot = PLOT_W / Math.max(shown.length, 1);
  const y = (n: number): number => TOP + plotH - (n / top) * plotH;
  const showLabel = labelEvery(shown.length, MAX_AXIS_LABELS);
  const parts: string[] = [svgOpen('ll-chart-follow', height, labels.followThroughHeading), yAxis(height, top, ticks)];
  const rate: { x: number; y: number; tip: string; open: string }[] = [];
  shown.forEach((r, i) => {
    const x = LEFT + i * slot + slot * 0.15;
    const w = slot * 0.45;
    let base = 0;
    for (const [count, cls, label] of [[r.done, 'll-done', labels.done], [r.dropped, 'll-dropped', labels.dropped], [r.open, 'll-open', labels.open]] as const) {
      if (count > 0) parts.push(rect(x, y(base + count), w, (count / top) * plotH, `ll-bar ${cls}`, `${r.date} · ${label}: ${count}`, r.uri));
      base += count;
    }
    if (r.carriedIn > 0) parts.push(rect(x + w + slot * 0.05, y(r.carriedIn), slot * 0.2, (r.carriedIn / top) * plotH, 'll-bar ll-carried', `${r.date} · ${labels.carriedIn}: ${r.carriedIn}`, r.uri));
    if (r.done + r.open > 0) {
      const value = r.done / (r.done + r.open);
      rate.push({ x: x + w / 2, y: TOP + plotH - value * plotH, tip: `${r.date} · ${labels.rate}: ${percent(value)}`, open: r.uri });
    }
    if (showLabel(i)) parts.push(text(x + w / 2, height - 10, shortDate(r.date), 'middle'));
  });
  parts.push(polyline(rate, 'll-rate'));
  // The right axis is the rate's: 0–100%.
  parts.push(text(CHART_WIDTH - RIGHT + 6, TOP + 4, '100%'), text(CHART_WIDTH - RIGHT + 6, TOP + plotH + 4, '0%'));
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

/** Horizontal bars with their labels on the left. */
export function horizontalBars(id: string, title: string, rows: readonly BarRow[], cls: string, partCls = ''): string {
  const shown = rows.slice(0, MAX_BARS);
  const rowH = 22;
  const labelW = 150;
  const height = TOP + shown.length * rowH + 8;
  const max = Math.max(1, ...shown.map((r) => r.value));
  const barW = CHART_WIDTH - labelW - 60;
  const parts = [svgOpen(id, height, title)];
  shown.forEach((r, i) => {
    const y = TOP + i * rowH;
    const name = r.label.length > 22 ? `${r.label.slice(0, 21)}…` : r.label;
    parts.push(text(labelW - 8, y + 14, name, 'end'));
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
export function cadenceChart(dates: readonly string[], labels: InsightsLabels, uris: readonly string[]): string {
  const shownDates = dates.slice(-MAX_COLUMNS);
  const shownUris = uris.slice(-MAX_COLUMNS);
  const height = 70;
  const days = shownDates.map((d) => dayNumber(d) ?? 0);
  const first = days[0] ?? 0;
  const span = Math.max(1, (days[days.length - 1] ?? 0) - first);
  const x = (d: number): number => LEFT + ((d - first) / span) * PLOT_W;
  const parts = [svgOpen('ll-chart-cadence', height, labels.cadenceHeading), line(LEFT, 30, LEFT + PLOT_W, 30, 'll-axis-line')];
  let longest = -1;
  let at = -1;
  for (let i = 1; i < days.length; i++) {
    const gap = (days[i] ?? 0) - (days[i - 1] ?? 0);
    if (gap > longest) [longest, at] = [gap, i];
  }
  if (at > 0) {
    const x1 = x(days[at - 1] ?? 0);
    const x2 = x(days[at] ?? 0);
    parts.push(rect(x1, 24, x2 - x1, 12, 'll-gap', `${labels.gapDays}: ${longest}`), text((x1 + x2) / 2, 18, `${longest}`, 'middle'));
  }
  const showLabel = labelEvery(days.length, MAX_AXIS_LABELS);
  days.forEach((d, i) => {
    const uri = shownUris[i];
    const data = uri ? ` data-open="${escapeHtml(uri)}"` : '';
    parts.push(`<circle class="ll-dot ll-retro" cx="${x(d).toFixed(1)}" cy="30" r="5"${data}><title>${escapeHtml(shownDates[i] ?? '')}</title></circle>`);
    if (showLabel(i)) parts.push(text(x(d), 56, shortDate(shownDates[i] ?? ''), 'middle'));
  });
  parts.push('</svg>');
  return parts.join('');
}

/** Scores over time: roti and the health checks, 1–5. */
export function scoresChart(insights: Pick<Insights, 'roti' | 'health'>, labels: InsightsLabels): string {
  const series: ScoreSeries[] = [insights.roti, ...insights.health].filter((s) => s.documents > 0).slice(0, MAX_SERIES);
  const height = 200;
  const plotH = height - TOP - BOTTOM;
  const all = series.flatMap((s) => s.points.slice(-MAX_POINTS).map((p) => dayNumber(p.date) ?? 0));
  const first = Math.min(...all);
  const span = Math.max(1, Math.max(...all) - first);
  const x = (date: string): number => LEFT + (((dayNumber(date) ?? first) - first) / span) * PLOT_W;
  const y = (v: number): number => TOP + plotH - ((v - SCORE_MIN) / (SCORE_MAX - SCORE_MIN)) * plotH;
  const parts = [svgOpen('ll-chart-scores', height, labels.scoresHeading)];
  for (let v = SCORE_MIN; v <= SCORE_MAX; v++) parts.push(line(LEFT, y(v), LEFT + PLOT_W, y(v)), text(LEFT - 6, y(v) + 4, String(v), 'end'));
  series.forEach((s, i) => {
    const points = s.points.slice(-MAX_POINTS).map((p) => ({ x: x(p.date), y: y(p.value), tip: `${s.name} · ${p.date}: ${p.value}`, open: p.uri }));
    parts.push(polyline(points, `ll-series-${i}`));
  });
  const dates = series.flatMap((s) => s.points.slice(-MAX_POINTS).map((p) => p.date)).sort();
  if (dates.length > 0) parts.push(text(LEFT, height - 8, dates[0] ?? ''), text(LEFT + PLOT_W, height - 8, dates[dates.length - 1] ?? '', 'end'));
  parts.push('</svg>');
  return parts.join('') + legend(series.map((s, i) => ({ cls: `ll-series-${i}`, label: `${s.name} (${fill(labels.fromDocuments, s.documents)})` })));
}
