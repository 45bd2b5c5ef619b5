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
