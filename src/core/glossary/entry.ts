// The glossary's data model, shared by the parsers, the merge, the matcher and the hovers.

import type { Problem } from '../problem';

/** Which side of the comparison a term belongs to. */
export type Side = 'organizational-learning' | 'learning-organization' | 'both' | 'retrospective-practice';

/** Every valid side, in the order the comparison presents them. */
export const SIDES: readonly Side[] = ['organizational-learning', 'learning-organization', 'both', 'retrospective-practice'];

/** Human labels for each side, used in hovers. */
export const SIDE_LABELS: Readonly<Record<Side, string>> = {
  'organizational-learning': 'Organizational learning (reactive process)',
  'learning-organization': 'Learning organization (proactive design)',
  both: 'Both concepts',
  'retrospective-practice': 'Retrospective practice',
};

/** `origin` of entries that ship with the extension. */
export const BUILT_IN_ORIGIN = 'built-in';

/** One glossary term with its definition and metadata. */
export interface GlossaryEntry {
  readonly term: string;
  readonly aliases: readonly string[];
  readonly definition: string;
  readonly details?: string;
  readonly see: readonly string[];
  readonly side?: Side;
  readonly source?: string;
  /** 'built-in' or the file's URI string */
  readonly origin: string;
  /** 0-based line of the entry in its file */
  readonly line?: number;
}

/** A problem in a glossary file (the shape shared with templates). */
export type { Problem };

/** What a glossary parser returns: the valid entries and everything wrong with the file. */
export interface GlossaryParseResult {
  readonly entries: GlossaryEntry[];
  readonly problems: Problem[];
}

/** True when `value` names a side. */
export function isSide(value: unknown): value is Side {
  return typeof value === 'string' && (SIDES as readonly string[]).includes(value);
}
