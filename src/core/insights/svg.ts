// Building blocks of the insights' inline SVG charts. Colours are never written here: shapes
// carry CSS classes the panel's stylesheet maps to `--vscode-charts-*` and text uses
// `currentColor`, so light, dark and high-contrast themes all apply.

import { escapeHtml } from './escape';

/** The drawing area of every chart (viewBox units; the SVG scales to the panel's width). */
export const CHART_WIDTH = 640;
export const AXIS_FONT = 11;

/** Rounds a coordinate to one decimal: shorter markup, no visible difference. */
export function r1(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * The opening tag of a chart: one image to assistive technology, named by `label` and described
 * in words by `description` (what it draws; the table after it carries every figure).
 */
export function svgOpen(id: string, height: number, label: string, description: string): string {
  const i = escapeHtml(id);
  return `<svg class="ll-chart" id="${i}" viewBox="0 0 ${CHART_WIDTH} ${height}" preserveAspectRatio="xMinYMin meet" role="img" aria-labelledby="${i}-title" aria-describedby="${i}-desc" focusable="false">`
    + `<title id="${i}-title">${escapeHtml(label)}</title><desc id="${i}-desc">${escapeHtml(description)}</desc>`;
}

/** A rectangle; `open` (space-separated URIs) makes it open its documents when clicked. */
export function rect(x: number, y: number, w: number, h: number, cls: string, tip: string, open?: string): string {
  const data = open ? ` data-open="${escapeHtml(open)}"` : '';
  return `<rect class="${cls}" x="${r1(x)}" y="${r1(y)}" width="${r1(Math.max(w, 0))}" height="${r1(Math.max(h, 0))}"${data}><title>${escapeHtml(tip)}</title></rect>`;
}

/** Text in the chart, in the theme's foreground colour; `tip` (a shortened label's full text) shows on hover. */
export function text(x: number, y: number, content: string, anchor: 'start' | 'middle' | 'end' = 'start', cls = 'll-axis', tip?: string): string {
  const title = tip === undefined ? '' : `<title>${escapeHtml(tip)}</title>`;
  return `<text class="${cls}" x="${r1(x)}" y="${r1(y)}" text-anchor="${anchor}" fill="currentColor" font-size="${AXIS_FONT}">${title}${escapeHtml(content)}</text>`;
}

/** A straight line (axes, grid). */
export function line(x1: number, y1: number, x2: number, y2: number, cls = 'll-grid'): string {
  return `<line class="${cls}" x1="${r1(x1)}" y1="${r1(y1)}" x2="${r1(x2)}" y2="${r1(y2)}" stroke="currentColor"/>`;
}

/** A line through points, with a dot (and tooltip) on each. */
export function polyline(points: readonly { x: number; y: number; tip: string; open?: string }[], cls: string): string {
  if (points.length === 0) return '';
  const path = points.map((p) => `${r1(p.x)},${r1(p.y)}`).join(' ');
  const dots = points.map((p) => {
    const data = p.open ? ` data-open="${escapeHtml(p.open)}"` : '';
    return `<circle class="${cls} ll-dot" cx="${r1(p.x)}" cy="${r1(p.y)}" r="3.5"${data}><title>${escapeHtml(p.tip)}</title></circle>`;
  }).join('');
  return `<polyline class="${cls} ll-line" points="${path}" fill="none"/>${dots}`;
}

/** Every `step`-th of `n` labels counted back from the last, so at most `max` are drawn and the newest always is. */
export function labelEvery(n: number, max: number): (i: number) => boolean {
  const step = Math.max(1, Math.ceil(n / max));
  return (i) => (n - 1 - i) % step === 0;
}

/** The legend under a chart: a swatch of each series' class and its name. */
export function legend(items: readonly { cls: string; label: string }[]): string {
  const entries = items.map((i) => `<li><span class="ll-swatch ${i.cls}" aria-hidden="true"></span>${escapeHtml(i.label)}</li>`).join('');
  return `<ul class="ll-legend">${entries}</ul>`;
}
