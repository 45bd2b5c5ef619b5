// Action items written as Markdown task-list lines: `- [ ] what to do @owner due:2026-12-15`,
// plus what the memory and carry-forward add (`done:` / `dropped:` stamps, a flag,
// ` (carried 2×)`, a link back). Read through the one Markdown reader: nothing inside code,
// HTML blocks, comments or front matter. Every step is linear in the item's length.

import type { ActionStatus, ItemOccurrence, ReadLines } from '../model';
import { isRealDate } from '../../retro/retroDoc';
import { SPACING, keyOf, stripInlineComments } from '../itemText';
import { formLines } from './lines';

// `-`, `*`, `+` or `1.` bullets, optionally inside a block quote, then `[ ]`, `[x]` or `[X]`.
const TASK = /^(?:[ \t]*>)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[([ xX])\][ \t]+/;
const INDENT = /^[ \t]*/;
/** Lines that start a block of their own rather than continue an item's sentence. */
const BLOCK_START = /^[ \t]*(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#|>|`{3}|~{3}|\|)/;
const OWNER = String.raw`@([\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?)`;
const DATE = String.raw`(\d{4}-\d{2}-\d{2})`;
// Whitespace is collapsed to single spaces before these run, so no pattern can backtrack over a run of it.
const TRAILING_OWNER = new RegExp(String.raw`(?:^| )${OWNER}$`, 'u');
const TRAILING_DUE = new RegExp(String.raw`(?:^| )due: ?${DATE}$`);
const TRAILING_DONE = new RegExp(String.raw`(?:^| )done: ?${DATE}$`);
const ANY_OWNER = new RegExp(String.raw`(?:^| )${OWNER}(?=[ ,.;:!?)]|$)`, 'u');
const ANY_DUE = new RegExp(String.raw`(?:^| )due: ?${DATE}(?=[ ,.;:!?)]|$)`);
const CARRIED = /(?:^| )\(carried ?(\d{1,9}) ?[×x]\)/i;
const TRAILING_CARRIED = new RegExp(`${CARRIED.source}$`, 'i');
const CARRIED_ANYWHERE = new RegExp(CARRIED.source, 'gi');
/** ` — from [label](link)`; `–`, `-` and `--` as the dash too. */
const BACK_LINK = /(?:^| )(?:—|–|--?) from \[((?:\\.|[^\]\\])*)\]\((<[^>]*>|[^)]*)\)$/;
/** A flag we wrote before the text: `**⚠ Overdue**`, `**Carried 3×**`, `**⚠**`. */
const MARKER = /^\*\*(?:⚠\uFE0F? ?)?(?:(?:overdue|carried\b)[^*]*)?\*\*:? ?/i;
/** `dropped:YYYY-MM-DD` (read at the first `dropped:`), then an optional ` — reason`. */
const DROPPED = new RegExp(String.raw`^dropped: ?${DATE}(?= |$)`);
const REASON = /^ (?:—|–|--?) /;
const DROP_WORD = 'dropped:';
/** Trailing metadata is short: its patterns see only this many characters at the end of a long item. */
const METADATA_TAIL = 2048;
const STRUCK = /^~~(.*)~~$/;
/** The template's placeholders for an action's due date and owner. */
const UNFILLED_DATE = /(?:^| )due: ?YYYY-MM-DD(?= |$)/i;
const UNFILLED_OWNER = /(?:^| )@owner(?= |$)/;
/** Metadata is read from the end; past this many peeled pieces the rest is the sentence. */
const MAX_METADATA_PIECES = 16;

/** Every task-list item on the reader's text lines, with its metadata split off. */
export function readTaskItems(read: ReadLines): ItemOccurrence[] {
  const scan = formLines(read);
  const { lines } = scan;
  const items: ItemOccurrence[] = [];
  for (let line = 0; line < lines.length; line++) {
    // Only a line starting with a bullet or a quote can be a task item.
    if (!scan.isText(line) || !scan.mayBeListOrQuote(line)) continue;
    const raw = lines[line] ?? '';
    const match = TASK.exec(raw);
    if (!match) continue;
    // A long item wrapped onto indented lines (as Prettier does) is one item.
    const indent = INDENT.exec(raw)?.[0].length ?? 0;
    let content = raw.slice(match[0].length);
    let endLine = line;
    for (let next = lines[endLine + 1]; next !== undefined && scan.isText(endLine + 1) && continues(next, indent); next = lines[endLine + 1]) {
      content += ` ${next}`;
      endLine++;
    }
    const item = parseTaskContent(content, match[1] !== ' ', line, endLine);
    if (item) items.push(item);
    line = endLine;
  }
  return items;
}

/** Whether `next` continues the sentence of an item whose bullet is indented by `indent`. */
function continues(next: string, indent: number): boolean {
  return next.trim() !== '' && (INDENT.exec(next)?.[0].length ?? 0) > indent && !BLOCK_START.test(next);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The item at `line..endLine`: its content split into the sentence and the metadata written after it; undefined when no sentence is left. */
export function parseTaskContent(content: string, checked: boolean, line = 0, endLine = line): ItemOccurrence | undefined {
  // Each pass copies the text: skipped when there is nothing for it to do.
  const uncommented = stripInlineComments(content);
  let rest = (SPACING.test(uncommented) ? uncommented.replace(/\s+/g, ' ') : uncommented).trim();
  if (rest.charCodeAt(0) === STAR) rest = rest.replace(MARKER, '');
  // A template's action line left as it was (`@owner due:YYYY-MM-DD`) is not a promise; a
  // placeholder left in a real item is no owner or no date.
  const unfilledDate = UNFILLED_DATE.test(rest);
  const unfilledOwner = rest.includes('@owner') && UNFILLED_OWNER.test(rest);
  if (unfilledDate && unfilledOwner) return undefined;
  if (unfilledDate) rest = rest.replace(UNFILLED_DATE, '').trim();
  if (unfilledOwner) rest = rest.replace(UNFILLED_OWNER, '').trim();
  const found: { owner?: string; due?: string; doneDate?: string; link?: string; carried: number } = { carried: 0 };
  // Metadata sits at the end, in any order: peel it off until only the sentence is left.
  for (let piece = 0; piece < MAX_METADATA_PIECES; piece++) {
    const next = peel(rest, found);
    if (next === undefined) break;
    rest = next;
  }
  // Every count inside the sentence goes at once (the highest counts): one left there would be
  // read, and dropped from the text, by the next carry.
  if (CARRIED.test(rest)) {
    rest = rest.replace(CARRIED_ANYWHERE, (_, count: string) => {
      found.carried = Math.max(found.carried, Number(count));
      return '';
    }).trim();
  }
  const { sentence, droppedDate, dropReason } = splitDropped(rest);
  rest = sentence;
  const struck = STRUCK.exec(rest);
  if (struck) {
    // `~~Write the runbook @ana due:2026-12-15~~ dropped:…`: the metadata struck with the sentence is still its.
    rest = struck[1]?.trim() ?? '';
    for (let piece = 0; piece < MAX_METADATA_PIECES; piece++) {
      const next = peel(rest, found);
      if (next === undefined) break;
      rest = next;
    }
  }
  // Mentioned inside the sentence: known, and left where it was written.
  const owner = found.owner ?? ANY_OWNER.exec(rest)?.[1];
  const due = found.due ?? validDate(ANY_DUE.exec(rest)?.[1]);
  if (rest === '') return undefined;
  const status: ActionStatus = droppedDate ? 'dropped' : checked ? 'done' : 'open';
  // Optional fields are set only when present (exact optional types); no spread copies per item.
  // The strings may be slices of the text: what keeps items (the memory) keeps copies of them.
  const key = keyOf(rest);
  const item: Mutable<ItemOccurrence> = { line, endLine, form: 'task', status, text: rest, key: key === rest ? rest : key, carried: found.carried };
  if (owner !== undefined) item.owner = owner;
  if (due !== undefined) item.due = due;
  if (found.doneDate !== undefined) item.doneDate = found.doneDate;
  if (droppedDate !== undefined) item.droppedDate = droppedDate;
  if (dropReason !== undefined) item.dropReason = dropReason;
  if (found.link !== undefined) item.link = found.link;
  return item;
}

/** `rest` without one trailing piece of metadata (recorded in `found`), or undefined when there is none. */
function peel(rest: string, found: { owner?: string; due?: string; doneDate?: string; link?: string; carried: number }): string | undefined {
  let m: RegExpExecArray | null;
  // What the text ends with rules out most patterns before they run: a link and a count end in
  // `)`, a stamp in a digit, an owner in the word after the last `@`.
  const last = rest.charCodeAt(rest.length - 1);
  const paren = last === CLOSE_PAREN;
  const digit = last >= ZERO && last <= NINE;
  if (paren && (m = execTail(BACK_LINK, rest))) {
    // Stacked links (older carry-forward wrote one per carry): the first written is the origin.
    found.link = unangle(m[2] ?? '');
  } else if (paren && (m = execTail(TRAILING_CARRIED, rest))) {
    found.carried = Math.max(found.carried, Number(m[1]));
  } else if (digit && found.doneDate === undefined && (m = execTail(TRAILING_DONE, rest)) && isRealDate(m[1] ?? '')) {
    found.doneDate = m[1] ?? '';
  } else if (found.owner === undefined && endsInHandle(rest) && (m = execTail(TRAILING_OWNER, rest))) {
    found.owner = m[1] ?? '';
  } else if (digit && found.due === undefined && (m = execTail(TRAILING_DUE, rest)) && isRealDate(m[1] ?? '')) {
    found.due = m[1] ?? '';
  } else {
    return undefined;
  }
  return cut(rest, m);
}

const [STAR, CLOSE_PAREN, ZERO, NINE] = [0x2a, 0x29, 0x30, 0x39];

/** Whether the last word could be an `@handle` (the last `@` has no space after it): TRAILING_OWNER needs one. */
function endsInHandle(rest: string): boolean {
  const at = rest.lastIndexOf('@');
  return at >= 0 && !rest.includes(' ', at);
}

/** The sentence before a `dropped:` stamp, the stamp's date and the reason after it. */
function splitDropped(rest: string): { sentence: string; droppedDate?: string; dropReason?: string } {
  for (let at = rest.indexOf(DROP_WORD); at >= 0; at = rest.indexOf(DROP_WORD, at + 1)) {
    if (at > 0 && rest[at - 1] !== ' ') continue;
    const m = DROPPED.exec(rest.slice(at, at + DROP_WORD.length + DATE_CHARS));
    if (!m || !isRealDate(m[1] ?? '')) continue;
    const after = rest.slice(at + m[0].length);
    const reason = REASON.exec(after) ? after.replace(REASON, '').trim() : '';
    return { sentence: rest.slice(0, at).trim(), droppedDate: m[1] ?? '', ...(reason === '' ? {} : { dropReason: reason }) };
  }
  return { sentence: rest };
}

/** The characters of ` YYYY-MM-DD` after `dropped:`. */
const DATE_CHARS = 11;

/** `pattern` run on the end of `text` only (a sentinel keeps `^` from matching where the tail was cut). */
function execTail(pattern: RegExp, text: string): RegExpExecArray | null {
  if (text.length <= METADATA_TAIL) return pattern.exec(text);
  const offset = text.length - METADATA_TAIL;
  const m = pattern.exec(`\u0000${text.slice(offset)}`);
  if (m) m.index += offset - 1;
  return m;
}

function unangle(link: string): string {
  return link.startsWith('<') && link.endsWith('>') ? link.slice(1, -1) : link;
}

/** `text` without the match, trimmed. */
function cut(text: string, match: RegExpExecArray): string {
  return (text.slice(0, match.index) + text.slice(match.index + match[0].length)).trim();
}

function validDate(date: string | undefined): string | undefined {
  return date !== undefined && isRealDate(date) ? date : undefined;
}
