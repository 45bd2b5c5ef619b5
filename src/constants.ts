// Every command id, setting key and view type in one place, so features, tests and the
// manifest cannot drift apart (package.json is checked against these in the unit tests).

/** Command ids contributed in package.json. */
export const Commands = {
  convertActions: 'learningLoop.convertActions',
  insertTemplate: 'learningLoop.insertTemplate',
  newRetrospective: 'learningLoop.newRetrospective',
  newLearningDocument: 'learningLoop.newLearningDocument',
  completeAction: 'learningLoop.completeAction',
  reopenAction: 'learningLoop.reopenAction',
  dropAction: 'learningLoop.dropAction',
  openAction: 'learningLoop.openAction',
  groupActionsByOwner: 'learningLoop.openActions.groupByOwner',
  groupActionsByDue: 'learningLoop.openActions.groupByDue',
  groupActionsByDocument: 'learningLoop.openActions.groupByDocument',
  showMyActions: 'learningLoop.openActions.showMine',
  showAllActions: 'learningLoop.openActions.showAll',
  revealOpenActions: 'learningLoop.openActions.reveal',
  createTemplate: 'learningLoop.createTemplate',
  openComparison: 'learningLoop.openComparison',
  insertComparisonTable: 'learningLoop.insertComparisonTable',
  /** From a hover's "Related:" links: shows another glossary term. */
  showTerm: 'learningLoop.showTerm',
  /** From a hover's "From:" link: opens a team glossary at the term's entry. */
  openGlossaryEntry: 'learningLoop.openGlossaryEntry',
  openInsights: 'learningLoop.openInsights',
  insertInsightsSummary: 'learningLoop.insertInsightsSummary',
  exportActionsCsv: 'learningLoop.exportActionsCsv',
  searchMemory: 'learningLoop.searchMemory',
  showRelatedDocuments: 'learningLoop.showRelatedDocuments',
} as const;

/** The configuration section and its keys (relative to the section). */
export const SETTINGS_SECTION = 'learningLoop';
export const Settings = {
  actionsHeadings: 'actions.headings',
  datesOrder: 'dates.order',
  team: 'team',
  retrospectivesFolder: 'retrospectives.folder',
  postmortemsFolder: 'postmortems.folder',
  lessonsFolder: 'lessons.folder',
  learningPlansFolder: 'learningPlans.folder',
  me: 'me',
  templatesFolder: 'templates.folder',
  glossaryFiles: 'glossary.files',
  hoverEnabled: 'hover.enabled',
  previewEnabled: 'preview.enabled',
} as const;

/** The Open Actions view, its container and the context keys its title bar reads. */
export const OPEN_ACTIONS_VIEW = 'learningLoop.openActions';
export const VIEW_CONTAINER = 'learningLoop';
export const ContextKeys = {
  grouping: 'learningLoop.openActions.grouping',
  mineOnly: 'learningLoop.openActions.mineOnly',
} as const;

/** The comparison panel's webview type (also its serializer's and activation event's). */
export const COMPARISON_VIEW_TYPE = 'learningLoop.comparison';

/** The insights panel's webview type (its serializer's and activation event's). */
export const INSIGHTS_VIEW_TYPE = 'learningLoop.insights';

/** The language our hovers, templates and preview work on. */
export const MARKDOWN_LANGUAGE = 'markdown';

/** How long a short confirmation stays in the status bar. */
export const STATUS_MESSAGE_MS = 3000;
