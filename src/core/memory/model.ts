// The team's memory: every learning document under the configured folders, what it says of
// itself, and its action items linked into actions across documents. Shared by the ledger
// (Open Actions view, commands, API), the insights and the search. Pure: no `vscode`.

import type { Problem } from '../problem';
import type { LineKind } from '../markdown/blocks';

/** The kinds of learning document, one folder setting each. */
export const DOCUMENT_KINDS = ['retrospective', 'postmortem', 'lessons-learned', 'learning-organization'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** How an action item was written: a task list, a bullet under an action heading, an `ACTION:` marker, a table row. */
export type ActionForm = 'task' | 'heading' | 'marker' | 'table';

export type ActionStatus = 'open' | 'done' | 'dropped';

/** What the one Markdown reader says of a document, as the item readers need it. */
export interface ReadLines {
  /** The document's lines without their end-of-line characters. */
  readonly lines: readonly string[];
  /** What line `line` (0-based) is: only 'text' lines can hold action items. */
  kindAt(line: number): LineKind;
}

/** One action item as written in one document, before it is linked to its other occurrences. */
export interface ItemOccurrence {
  /** 0-based first line of the item. */
  readonly line: number;
  /** 0-based last line (later than `line` when the item was wrapped or has sub-bullets). */
  readonly endLine: number;
  readonly form: ActionForm;
  /** Its state as written here (a checked box, a struck line, a status cell, a stamp). */
  readonly status: ActionStatus;
  /** What to do, without owner, due, flags, carried count, done/dropped stamps and back link. */
  readonly text: string;
  /** `text` with case and spacing normalised: what linking compares. */
  readonly key: string;
  /** Without the '@'. */
  readonly owner?: string;
  /** YYYY-MM-DD, a real calendar date. */
  readonly due?: string;
  /** The `(carried N×)` count written on it (0 for a new item). */
  readonly carried: number;
  /** `done:YYYY-MM-DD`. */
  readonly doneDate?: string;
  /** `dropped:YYYY-MM-DD`. */
  readonly droppedDate?: string;
  readonly dropReason?: string;
  /** The target of a carried copy's ` — from [..](link)`, as written (relative to this document). */
  readonly link?: string;
}

/** Numeric front-matter scores, already validated (1–5). */
export interface Scores {
  readonly roti?: number;
  readonly health?: Readonly<Record<string, number>>;
}

/** One learning document as the memory keeps it: small, no text (the index keeps ≤ 25% of the text's size). */
export interface MemoryDocument {
  /** `Uri.toString()`. */
  readonly uri: string;
  /** YYYY-MM-DD: front matter `date:`, else the file name. */
  readonly date: string;
  readonly kind: DocumentKind;
  /** The template id from front matter `template:`. */
  readonly template?: string;
  /** The first heading, else the file name. */
  readonly title: string;
  readonly items: readonly ItemOccurrence[];
  /** Front matter `tags:` when it is a list of strings, else none. */
  readonly tags: readonly string[];
  readonly scores: Scores;
  /** Names of the glossary terms (built-in and team) that occur in the body, each once. */
  readonly terms: readonly string[];
  /** What could not be read (a bad date, a score out of range, an unreadable status), at its line. */
  readonly problems: readonly Problem[];
}

/** Where an action was written. */
export interface Occurrence {
  /** `Uri.toString()`. */
  readonly uri: string;
  /** 0-based. */
  readonly line: number;
  /** The document's date, YYYY-MM-DD. */
  readonly date: string;
}

/** One action, linked across every document that holds a copy of it (the public API's shape). */
export interface ActionRecord {
  readonly text: string;
  readonly owner?: string;
  readonly due?: string;
  readonly status: ActionStatus;
  /** Open and due before today. */
  readonly overdue: boolean;
  /** Where it was first written. */
  readonly raised: Occurrence;
  /** Its newest occurrence: where complete / reopen / drop edit. */
  readonly latest: Occurrence;
  /** How many later documents it was carried into. */
  readonly carried: number;
  /** The done: stamp, else the date of the first document where it is checked. */
  readonly doneDate?: string;
  /** The kind of the document where it was raised. */
  readonly kind: DocumentKind;
  /** How its latest occurrence is written. */
  readonly form: ActionForm;
}

/** Something that keeps a view of the memory's documents current (the action index, the search index). */
export interface DocumentSink {
  /** A document was read (first time or again): replace what is known of `doc.uri`. */
  set(doc: MemoryDocument, text: string): void;
  delete(uri: string): void;
  clear(): void;
}

/** What the complete / reopen / drop commands do to an item's lines. */
export type ActionEditKind = 'complete' | 'reopen' | 'drop';

/** A replacement of whole lines `startLine..endLine` (inclusive, 0-based) by `text` (lines joined with `\n`). */
export interface LineEdit {
  readonly startLine: number;
  readonly endLine: number;
  readonly text: string;
}
