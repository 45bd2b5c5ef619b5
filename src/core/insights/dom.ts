// The insights page's element ids: the body renders them, the webview script and the UI tests
// find elements by them. Keep them stable.

/** Ids in the page the webview script, the stylesheet and the UI tests rely on. */
export const InsightsDomIds = {
  summary: 'll-insights-summary',
  notice: 'll-insights-notice',
  empty: 'll-insights-empty',
  followThrough: 'll-insights-follow-through',
  timeToDone: 'll-insights-time-to-done',
  owners: 'll-insights-owners',
  cadence: 'll-insights-cadence',
  themes: 'll-insights-themes',
  themeDocuments: 'll-insights-theme-documents',
  scores: 'll-insights-scores',
} as const;

/** The panel's tables that page: the body shows their first rows, the rest comes by message. */
export const INSIGHTS_TABLES = ['followThrough', 'stuck', 'owners', 'cadence', 'themes', 'scores'] as const;
export type InsightsTableId = (typeof INSIGHTS_TABLES)[number];

/** One cell of a table row: its text, and what clicking it does (open documents, list a theme's documents). */
export interface InsightsCell {
  readonly text: string;
  /** Space-separated document URIs the cell's button opens. */
  readonly open?: string;
  /** The theme whose documents the cell's button lists. */
  readonly theme?: string;
}

/** Rows a table shows before its "more" button; a page the button adds. */
export const FIRST_TABLE_ROWS = 50;
export const TABLE_PAGE_ROWS = 200;
