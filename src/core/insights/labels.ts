// Every word the insights panel, its charts and the digest show. The extension host fills this
// with `vscode.l10n.t`, so core stays free of `vscode` and every label is translated once.
// `{0}`, `{1}` are placeholders, filled in by `fill`.

/** The labels of the insights panel, charts and digest. */
export interface InsightsLabels {
  readonly title: string;
  /** {0} documents, {1} actions, {2} open, {3} overdue, {4} today's date. */
  readonly summary: string;
  readonly emptyTitle: string;
  readonly emptyText: string;
  readonly startRetro: string;
  readonly insertSummary: string;
  readonly exportCsv: string;

  readonly followThroughHeading: string;
  /** {0} a percentage. */
  readonly followThroughRate: string;
  readonly followThroughNone: string;
  readonly followThroughHelp: string;
  readonly retrospective: string;
  readonly date: string;
  readonly raised: string;
  readonly done: string;
  readonly dropped: string;
  readonly open: string;
  readonly carriedIn: string;
  readonly rate: string;

  readonly timeToDoneHeading: string;
  /** {0} a number of days. */
  readonly medianDays: string;
  readonly noneYet: string;
  readonly stuckHeading: string;
  readonly stuckNone: string;
  readonly action: string;
  readonly actions: string;
  readonly owner: string;
  readonly nobody: string;
  readonly carried: string;
  readonly raisedOn: string;

  readonly ownersHeading: string;
  readonly overdue: string;

  readonly cadenceHeading: string;
  /** {0} median days, {1} longest gap in days. */
  readonly cadenceText: string;
  readonly gapDays: string;

  readonly themesHeading: string;
  readonly themesHelp: string;
  readonly themesNone: string;
  readonly theme: string;
  readonly kind: string;
  readonly kindTerm: string;
  readonly kindTag: string;
  readonly documents: string;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly perMonth: string;
  /** {0} the theme's name. */
  readonly themeDocuments: string;
  readonly close: string;
  readonly showTable: string;
  /** {0} shown, {1} all: a chart draws only the latest or largest. */
  readonly chartShows: string;
  /** {0} rows the button adds, {1} shown, {2} all: a long table's "more" button. */
  readonly moreRows: string;

  /** {0} retrospectives drawn, {1} the first's date, {2} the last's: the follow-through chart in words. */
  readonly chartFollowThroughAlt: string;
  readonly chartOwnersAlt: string;
  /** {0} retrospectives drawn, {1} the first's date, {2} the last's, {3} the longest gap in days. */
  readonly chartCadenceAlt: string;
  readonly chartThemesAlt: string;
  /** {0} the lowest score, {1} the highest, {2} the first date, {3} the last. */
  readonly chartScoresAlt: string;
  /** Said after each chart's description: where its figures are. */
  readonly chartTableHint: string;

  readonly scoresHeading: string;
  readonly scoresNone: string;
  readonly score: string;
  readonly mean: string;
  /** {0} a number of documents. */
  readonly fromDocuments: string;

  /** {0} the date: the digest's heading. */
  readonly digestHeading: string;
  readonly figure: string;
  readonly value: string;
}

/** Fills `{0}`, `{1}`… in a label with `values` (a placeholder with no value stays as written). */
export function fill(label: string, ...values: readonly (string | number)[]): string {
  return label.replace(/\{(\d)\}/g, (match, index: string) => {
    const v = values[Number(index)];
    return v === undefined ? match : String(v);
  });
}
