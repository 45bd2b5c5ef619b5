// English labels for tests and the bench (the extension fills the same shape with vscode.l10n.t).
import type { InsightsLabels } from '../../../src/core/insights/labels';

export const LABELS: InsightsLabels = {
  title: 'Learning insights', summary: '{0} documents, {1} actions: {2} open, {3} overdue (as of {4})',
  emptyTitle: 'No learning documents yet', emptyText: 'Start one.', startRetro: 'Start a retrospective',
  insertSummary: 'Insert summary', exportCsv: 'Export CSV',
  followThroughHeading: 'Follow-through', followThroughRate: 'Follow-through: {0}', followThroughNone: 'No follow-through yet',
  followThroughHelp: 'help', retrospective: 'Retrospective', date: 'Date', raised: 'Raised', done: 'Done', dropped: 'Dropped',
  open: 'Open', carriedIn: 'Carried in', rate: 'Rate',
  timeToDoneHeading: 'Time to done', medianDays: 'Median: {0} days', noneYet: 'None yet', stuckHeading: 'Stuck', stuckNone: 'Nothing stuck',
  action: 'Action', actions: 'Action items', owner: 'Owner', nobody: 'nobody', carried: 'Carried', raisedOn: 'Raised on',
  ownersHeading: 'Owners', overdue: 'Overdue', cadenceHeading: 'Cadence', cadenceText: 'Median {0} days, longest {1}', gapDays: 'Gap (days)',
  themesHeading: 'Themes', themesHelp: 'help', themesNone: 'No themes', theme: 'Theme', kind: 'Kind', kindTerm: 'term', kindTag: 'tag',
  documents: 'Documents', firstSeen: 'First seen', lastSeen: 'Last seen', perMonth: 'Per month', themeDocuments: 'Documents on {0}',
  close: 'Close', showTable: 'Show as table', chartShows: 'Shows {0} of {1}', moreRows: 'Show {0} more ({1} of {2})',
  chartFollowThroughAlt: '{0} retrospectives, {1} to {2}', chartOwnersAlt: 'owner bars', chartCadenceAlt: '{0} retrospectives, {1} to {2}, longest gap {3}',
  chartThemesAlt: 'theme bars', chartScoresAlt: 'scores {0}–{1}, {2} to {3}', chartTableHint: 'See the table.',
  scoresHeading: 'Scores', scoresNone: 'No scores', score: 'Score', mean: 'mean', fromDocuments: '{0} documents',
  digestHeading: 'Insights {0}', figure: 'Figure', value: 'Value',
};
