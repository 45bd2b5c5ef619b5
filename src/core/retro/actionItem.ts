// The action item as read from a retro: its own file, so reading (actions.ts) and writing
// (actionFormat.ts) both build on it without importing each other.

/** One task-list item of a retro. */
export interface ActionItem {
  /** 0-based line in the document where it starts. */
  readonly line: number;
  /** 0-based line where it ends: later than `line` when a long item was wrapped. */
  readonly endLine: number;
  /** Checked (done or dropped). */
  readonly done: boolean;
  /** What to do, without the owner, due date, flag, carried count and back link we add. */
  readonly text: string;
  readonly owner?: string;
  /** YYYY-MM-DD. */
  readonly due?: string;
  /** How many retros it has been carried into already (0 for a new item). */
  readonly carried: number;
  /** The item as written (its lines joined with `\n` when wrapped). */
  readonly raw: string;
}
