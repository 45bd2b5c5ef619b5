// The words people use for an item's state and owner, outside task-list boxes: "(done)",
// "DONE", "✅", "fixed", "won't do", "N/A"; `@name`, `Owner: name`, a trailing "(Name)".
// Every pattern here is tried on a short piece of text (a cell, a tail): see MAX_TAIL.

import type { ActionStatus } from '../model';
import { dateAt, type DateOrder } from '../dates';

/** Only this many characters at an item's end are searched for trailing markers and owners. */
export const MAX_TAIL = 160;

const DONE_WORDS = ['done', 'completed', 'complete', 'fixed', 'closed', 'resolved', 'finished'];
const DROPPED_WORDS = ["won't do", 'wont do', 'will not do', "won't fix", 'wont fix', 'wontfix', 'dropped', 'n/a', 'cancelled', 'canceled'];
const OPEN_WORDS = [
  'open', 'todo', 'to do', 'to-do', 'not started', 'not done', 'new', 'in progress', 'in-progress', 'ongoing', 'pending', 'wip',
  'planned', 'blocked', 'started', 'doing', 'tbd', 'backlog', 'partially done', 'partial', 'in review', 'waiting',
];
const DONE_SIGNS = ['✅', '✔️', '✔', '☑️', '☑', '✓'];
const OPEN_SIGNS = ['⏳', '🚧', '🔜', '❌', '⬜', '-', '—', '–', '?'];

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/'/g, "['’]").replace(/ /g, '[ \\t]+');
const alternation = (words: readonly string[]): string => words.map(escape).join('|');
const END_OF_WORD = String.raw`(?![\p{L}\p{N}])`;
// A state at the start of a cell, then anything (`Done (#12)`, `Fixed in v2`).
const CELL_DONE = new RegExp(String.raw`^(?:${alternation(DONE_SIGNS)})|^(?:${alternation(DONE_WORDS)})${END_OF_WORD}`, 'iu');
const CELL_DROPPED = new RegExp(String.raw`^(?:${alternation(DROPPED_WORDS)})${END_OF_WORD}`, 'iu');
const CELL_OPEN = new RegExp(String.raw`^(?:(?:${alternation(OPEN_WORDS)})${END_OF_WORD}|(?:${alternation(OPEN_SIGNS)})$)`, 'iu');

/** What a state written in words says. */
export interface WrittenState {
  readonly status: ActionStatus;
  /** A date written with it (`Done 2026-11-20`, `Dropped (2026-11-20)`). */
  readonly date?: string;
}

/** A status cell or `Status:` value: its state, or undefined when it cannot be read (an empty cell is open). */
export function readStatusWords(cell: string, order?: DateOrder): WrittenState | undefined {
  const text = plain(cell);
  if (text === '') return { status: 'open' };
  const status = CELL_DROPPED.test(text) ? 'dropped' : CELL_DONE.test(text) ? 'done' : CELL_OPEN.test(text) ? 'open' : undefined;
  if (status === undefined) return undefined;
  const date = status === 'open' ? undefined : firstDate(text, order);
  return date === undefined ? { status } : { status, date };
}

/** The first date written in a short text. */
function firstDate(text: string, order?: DateOrder): string | undefined {
  for (let at = 0; at < text.length && at < MAX_TAIL; at++) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) continue;
    const found = dateAt(text, at, order);
    if (found) return found.date;
  }
  return undefined;
}

/** Without emphasis, code marks and surrounding blanks. */
export function plain(text: string): string {
  return text.replace(/\*\*|__|`/g, '').trim();
}

const STATE_WORDS = alternation([...DONE_WORDS, ...DROPPED_WORDS]);
const UPPER_STATE = ['DONE', 'COMPLETED', 'COMPLETE', 'FIXED', 'CLOSED', 'RESOLVED', 'WONTFIX', 'DROPPED', 'CANCELLED', 'CANCELED'].join('|');
// At the end: `(done)`, `[done]`, `(fixed in #12)`, `— done`, `: fixed.`, ` DONE`, `✅`.
const TRAILING_STATE = new RegExp(
  String.raw`(?:[ \t]*[(\[][ \t]*((?:${STATE_WORDS})${END_OF_WORD}[^()[\]]*)[)\]]` +
    String.raw`|(?:[ \t]+(?:—|–|--?)|[ \t]*:)[ \t]*((?:${STATE_WORDS})${END_OF_WORD}[^()[\]—–]*)` +
    String.raw`|[ \t]+((?:${UPPER_STATE})(?![\p{L}\p{N}]))[.!]?` +
    String.raw`|[ \t]*(${alternation(DONE_SIGNS)}))[ \t]*$`,
  'iu',
);
const UPPER_ONLY = new RegExp(String.raw`^(?:${UPPER_STATE})`);
// At the start: `✅ `, `DONE: `, `[DONE] `, `(done) `.
const LEADING_STATE = new RegExp(
  String.raw`^(?:(${alternation(DONE_SIGNS)})[ \t]*|[(\[][ \t]*((?:${STATE_WORDS})${END_OF_WORD}[^()[\]]*)[)\]][ \t]*:?[ \t]*|((?:${UPPER_STATE}))[ \t]*[:\-–—][ \t]*)`,
  'u',
);

/** A state written around an item's sentence, and the sentence without it. */
export interface StateMarker {
  readonly state: WrittenState;
  readonly rest: string;
}

/** A state word at the end of a sentence (`Fix the alert (done)`), if there is one. */
export function trailingState(text: string, order?: DateOrder): StateMarker | undefined {
  const offset = Math.max(0, text.length - MAX_TAIL);
  const m = TRAILING_STATE.exec(text.slice(offset));
  if (!m) return undefined;
  const words = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
  // A bare word after a blank counts only in capitals: "the bug is fixed" is a sentence, not a state.
  if (m[3] !== undefined && !UPPER_ONLY.test(words)) return undefined;
  const state = readStatusWords(words, order);
  return state && state.status !== 'open' ? { state, rest: text.slice(0, offset + m.index).trimEnd() } : undefined;
}

/** A state word before a sentence (`✅ Fix the alert`, `DONE: fix the alert`), if there is one. */
export function leadingState(text: string, order?: DateOrder): StateMarker | undefined {
  const m = LEADING_STATE.exec(text);
  if (!m) return undefined;
  const state = readStatusWords(m[1] ?? m[2] ?? m[3] ?? '', order);
  return state && state.status !== 'open' ? { state, rest: text.slice(m[0].length) } : undefined;
}

/** Mentions that address everyone, never one owner. */
const BROADCAST = new Set(['channel', 'here', 'everyone', 'all', 'room']);
const HANDLE = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_.\-/]*[\p{L}\p{N}_])?`;
const MENTION = new RegExp(String.raw`(?<![\p{L}\p{N}_.@/\\])@(${HANDLE})(?=[\s,.;:!?)\]]|$)`, 'gu');
const PROFILE_LINK = new RegExp(String.raw`\[@(${HANDLE})\]\(https?://[^)\s]*\)`, 'gu');

/** A written owner's name: a handle, or one to three capitalised words (not a state or a priority). */
const NAME_WORDS = /^\p{Lu}[\p{Ll}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}$/u;
const NOT_NAMES = new Set([
  'tbd', 'tbc', 'tba', 'optional', 'maybe', 'high', 'medium', 'low', 'critical', 'urgent', 'ongoing', 'blocked', 'backlog',
  'later', 'next', 'asap', 'now', 'today', 'tomorrow', 'stretch', 'stretch goal', 'long term', 'short term', 'follow-up',
  'nice to have', 'see below', 'see above', 'optional', 'open', 'new', 'pending', 'planned', 'everyone', 'all', 'team', 'unassigned', 'nobody',
]);

const AT = 0x40;
const WHOLE_HANDLE = new RegExp(String.raw`^@(${HANDLE})$`, 'u');

/** `@name` or a name written out, as an owner (without the '@'), or undefined when it is not one. */
export function ownerName(written: string): string | undefined {
  const text = plain(written).replace(/^\[(@?[^\]]+)\]\([^)]*\)$/, '$1');
  const handle = text.charCodeAt(0) === AT ? WHOLE_HANDLE.exec(text)?.[1] : undefined;
  if (handle !== undefined) return BROADCAST.has(handle.toLowerCase()) ? undefined : handle;
  if (!NAME_WORDS.test(text) || NOT_NAMES.has(text.toLowerCase()) || readStatusWords(text) !== undefined) return undefined;
  // A lone acronym in capitals ("SLO", "API") is more often a term than a team.
  return /^\p{Lu}{2,}$/u.test(text) ? undefined : text;
}

/** The first `@name` or `[@name](profile)` in a text, skipping `@channel` and e-mail addresses. */
export function firstMention(text: string): { owner: string; index: number; length: number } | undefined {
  let best: { owner: string; index: number; length: number } | undefined;
  for (const pattern of [MENTION, PROFILE_LINK]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const owner = m[1] ?? '';
      if (BROADCAST.has(owner.toLowerCase())) continue;
      if (!best || m.index < best.index) best = { owner, index: m.index, length: m[0].length };
      break;
    }
  }
  return best;
}

/** Field names that introduce an owner (`Owner: ana`), a due date and a state, in a sub-bullet or a table header. */
export const OWNER_FIELD = /^(?:owners?|assignees?|assigned[ \t]+to|who|for|dri|responsible)$/i;
export const DUE_FIELD = /^(?:due(?:[ \t]+(?:date|by))?|by|deadline|target(?:[ \t]+date)?|eta)$/i;
export const STATUS_FIELD = /^(?:status|state)$/i;
