// What the insights read off the memory: follow-through, time to done, stuck actions, cadence,
// themes, scores and owners. The first six fields are the public API's `Insights` (issue 10);
// the rest feed the panel and the digest. Pure data, made by `computeInsights`.

import type { ActionRecord, Occurrence } from '../memory/model';

/** One retrospective's own actions, by their status now, and the carried copies it holds. */
export interface RetrospectiveFigures {
  readonly uri: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  /** Actions first written here (not carried copies): raised = done + dropped + open. */
  readonly raised: number;
  readonly done: number;
  readonly dropped: number;
  readonly open: number;
  /** Items here that are copies of actions raised in an earlier document. */
  readonly carriedIn: number;
}

/** Days between consecutive retrospectives. */
export interface Cadence {
  readonly medianDays: number | null;
  readonly longestGapDays: number | null;
}

/** How many documents a theme appears in during one calendar month. */
export interface MonthCount {
  /** YYYY-MM. */
  readonly month: string;
  readonly documents: number;
}

/** A glossary term or front-matter tag found in two or more documents. */
export interface Theme {
  /** As first written (in the oldest document); compared without case. */
  readonly name: string;
  /** 'term' when it is a glossary term in any document's body, else 'tag'. */
  readonly kind: 'term' | 'tag';
  readonly documents: number;
  /** YYYY-MM-DD of the oldest and newest document it appears in. */
  readonly first: string;
  readonly last: string;
  /** Per month, oldest first; months without it are left out. */
  readonly months: readonly MonthCount[];
  /** The documents it appears in, oldest first. */
  readonly uris: readonly string[];
}

/** One score read from one document: the document's uri and date, and the value. */
export interface ScorePoint extends Pick<Occurrence, 'uri' | 'date'> {
  /** 1–5. */
  readonly value: number;
}

/** A score over time: every document that gives it, oldest first. */
export interface ScoreSeries {
  /** 'roti', or the health check's name (as first written). */
  readonly name: string;
  readonly points: readonly ScorePoint[];
  /** How many documents it comes from (= points.length). */
  readonly documents: number;
  /** Mean of the points, null when there are none. */
  readonly mean: number | null;
}

/** Open and overdue actions of one owner. */
export interface OwnerFigures {
  /** Without '@'; null for actions nobody owns. */
  readonly owner: string | null;
  readonly open: number;
  readonly overdue: number;
}

/** Everything the insights panel shows. */
export interface Insights {
  /** In time order (date, then uri). */
  readonly retrospectives: readonly RetrospectiveFigures[];
  /** done / (done + open) over actions raised before the newest retrospective's date, dropped left out; null when none. */
  readonly followThrough: number | null;
  /** Median of doneDate − raised date in days over done actions; null when none. */
  readonly medianDaysToDone: number | null;
  /** Open and carried 3× or more, oldest first. */
  readonly stuck: readonly ActionRecord[];
  readonly cadence: Cadence;
  /** documents ≥ 2, most first (then by name). */
  readonly themes: readonly Theme[];
  /** Front matter `roti:` over time. */
  readonly roti: ScoreSeries;
  /** Front matter `health:` checks over time, one series per name, most documents first. */
  readonly health: readonly ScoreSeries[];
  /** Open actions per owner, most open first. */
  readonly owners: readonly OwnerFigures[];
  /** Counts of the whole memory, for the panel's header and its empty state. */
  readonly totals: { readonly documents: number; readonly actions: number; readonly open: number; readonly overdue: number };
  /** The day the figures are for (YYYY-MM-DD): overdue means due before it. */
  readonly today: string;
}

/** A retrospective needs this many carries or more for its open action to count as stuck. */
export const STUCK_CARRIED = 3;
/** A theme appears in at least this many documents. */
export const THEME_MIN_DOCUMENTS = 2;
/** Front-matter scores are on a 1–5 scale. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
