// One item's sentence as people write it outside task lists, taken apart: the state (struck,
// "(done)", stamps), the owner (`@ana`, "(Ana)", "— Ana", `Owner: ana`) and the due date, and
// what is left is the text. Linear: every peel looks at a bounded tail (MAX_TAIL) at most
// MAX_PEELS times.

import type { ActionStatus, ItemOccurrence } from '../model';
import { findDue, isRealDate, type DateOrder } from '../dates';
import { MAX_TAIL, firstMention, leadingState, ownerName, trailingState } from './words';

/** What the item readers share: the team's extra heading words and its numeric date order. */
export interface FormOptions {
  /** More heading texts that name actions (`learningLoop.actions.headings`). */
  readonly headings?: readonly string[];
  /** How numeric dates are written (`learningLoop.dates.order`); without it they are not read. */
  readonly dateOrder?: DateOrder;
}

/** An item's sentence taken apart: the fields of an occurrence that its words carry. */
export type ItemContent = Pick<ItemOccurrence, 'text' | 'status' | 'owner' | 'due' | 'carried' | 'doneDate' | 'droppedDate' | 'dropReason' | 'link'>;

/** Metadata at the end is peeled off at most this many times (owner, due, state, stamps, link…). */
const MAX_PEELS = 8;
const STAMP = /(?:^|[ \t]+)(done|dropped):(\d{4}-\d{2}-\d{2})/i;
const CARRIED = /[ \t]*\(carried[ \t]+(\d+)[ \t]*[×x]\)[ \t]*$/i;
const BACK_LINK = /[ \t]+(?:—|–|--?)[ \t]+from[ \t]+\[(?:\\.|[^\]\\])*\]\((<[^>]*>|[^)]*)\)[ \t]*$/;
const STRUCK = /^~~(.+?)~~(?!~)/;
const OWNER_LABEL = /(?:^|[ \t(,;])(?:owners?|assignee|assigned[ \t]+to|dri)[ \t]*[:=][ \t]*(\[@[^\]]+\]\([^)]*\)|@?[\p{L}\p{N}_.\-/]+(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,2})\)?[ \t]*[.;,]?[ \t]*$/iu;
const TRAILING_PARENS = /[ \t]*\(([^()]{1,60})\)[ \t]*[.]?$/;
const TRAILING_DASH = /[ \t]+(?:—|–|--)[ \t]*([^—–]{1,60})$/;
const TRAILING_HYPHEN_HANDLE = /[ \t]+-[ \t]+(@[^\s]+)$/;
/** `@ana` or `[@ana](https://github.com/ana)` as the last words. */
const MENTION_AT_END = /[ \t]*(?:\[@[^\]\s]+\]\(https?:\/\/[^)\s]*\)|(?<![\p{L}\p{N}_.@])@[^\s@]+)[ \t]*[.]?$/u;
/**
 * An unfilled `{{ placeholder }}` of a template: a template not filled in is nobody's promise. No
 * brace inside, so a run of `{{` fails at once at each start (`[^}]*` scanned to the line's end from
 * every one: quadratic).
 */
export const PLACEHOLDER = /\{\{[^{}]*\}\}/;

/** The sentence of an item (its lines joined) taken apart, or undefined when nothing is left to do. */
export function readContent(written: string, options: FormOptions): ItemContent | undefined {
  if (PLACEHOLDER.test(written)) return undefined; // a template not filled in is nobody's promise
  const order = options.dateOrder;
  let rest = written.trim();
  let state: ActionStatus = 'open';
  let doneDate: string | undefined;
  let droppedDate: string | undefined;
  let dropReason: string | undefined;

  const lead = leadingState(rest, order);
  if (lead) {
    rest = lead.rest;
    state = lead.state.status;
    if (state === 'dropped') droppedDate = lead.state.date;
    else doneDate = lead.state.date;
  }
  // `~~text~~ dropped:2026-12-01 — reason`: the struck part is the text, what follows is stamps.
  const struck = STRUCK.exec(rest);
  let after = '';
  if (struck) {
    state = state === 'open' ? 'done' : state;
    after = rest.slice(struck[0].length);
    rest = (struck[1] ?? '').trim();
  }
  const stamp = STAMP.exec(after) ?? STAMP.exec(rest.slice(Math.max(0, rest.length - MAX_TAIL)));
  if (stamp) {
    const inRest = !STAMP.exec(after);
    const date = isRealDate(stamp[2] ?? '') ? stamp[2] : undefined;
    const tail = inRest ? rest.slice(Math.max(0, rest.length - MAX_TAIL)) : after;
    const reason = tail.slice(stamp.index + stamp[0].length).replace(/^[ \t]*(?:—|–|--?|:)?[ \t]*/, '').trim();
    if (inRest) rest = rest.slice(0, Math.max(0, rest.length - MAX_TAIL) + stamp.index).trimEnd();
    if (date && stamp[1]?.toLowerCase() === 'dropped') {
      state = 'dropped';
      droppedDate = date;
      if (reason !== '') dropReason = reason;
    } else if (date) {
      state = state === 'dropped' ? state : 'done';
      doneDate = date;
    }
  }

  let owner: string | undefined;
  let due: string | undefined;
  let carried = 0;
  let link: string | undefined;
  for (let peel = 0; peel < MAX_PEELS; peel++) {
    const tail = rest.slice(Math.max(0, rest.length - MAX_TAIL));
    let m: RegExpExecArray | null;
    let found: Peeled | undefined;
    let marker;
    if (link === undefined && (m = BACK_LINK.exec(tail))) {
      link = (m[1] ?? '').replace(/^<|>$/g, '');
      rest = cutTail(rest, tail, m.index);
    } else if (carried === 0 && (m = CARRIED.exec(tail))) {
      carried = Number(m[1]);
      rest = cutTail(rest, tail, m.index);
    } else if (state === 'open' && (marker = trailingState(tail, order))) {
      state = marker.state.status;
      if (state === 'dropped') droppedDate = marker.state.date;
      else doneDate = marker.state.date;
      rest = cutTail(rest, tail, marker.rest.length);
    } else if (owner === undefined && (found = trailingOwner(tail))) {
      owner = found.value;
      rest = cutTail(rest, tail, found.index);
    } else if (due === undefined && (found = trailingDue(tail, order))) {
      due = found.value;
      rest = cutTail(rest, tail, found.index);
    } else {
      break;
    }
  }
  if (struck && !STAMP.exec(after)) {
    const written = afterStrike(after, order);
    owner ??= written.owner;
    due ??= written.due;
  }
  // Mentioned inside the sentence: known, and left where it was written.
  const mention = owner === undefined ? firstMention(rest) : undefined;
  owner ??= mention?.owner;
  due ??= findDue(rest, order)?.due;
  const text = rest.replace(/[ \t]+/g, ' ').replace(/[ \t]*[,;:–—-]+$/, '').trim();
  if (text === '' || !/[\p{L}\p{N}]/u.test(text)) return undefined;
  return {
    text, status: state, carried,
    ...(owner === undefined ? {} : { owner }),
    ...(due === undefined ? {} : { due }),
    ...(doneDate === undefined ? {} : { doneDate }),
    ...(droppedDate === undefined ? {} : { droppedDate }),
    ...(dropReason === undefined ? {} : { dropReason }),
    ...(link === undefined ? {} : { link }),
  };
}

/** `rest` up to `index` in its `tail` (the piece peeled off there gone). */
function cutTail(rest: string, tail: string, index: number): string {
  return rest.slice(0, rest.length - tail.length + index).trimEnd();
}

/** A piece of metadata peeled off the end: its value and where it starts in the tail. */
interface Peeled {
  readonly value: string;
  readonly index: number;
}

/** An owner at the end of a tail. */
function trailingOwner(tail: string): Peeled | undefined {
  const label = OWNER_LABEL.exec(tail);
  const labelled = label ? (ownerName(label[1] ?? '') ?? lowerHandle(label[1] ?? '')) : undefined;
  if (label && labelled !== undefined) return { value: labelled, index: label.index };
  const mention = MENTION_AT_END.exec(tail);
  const mentioned = mention ? ownerName(mention[0].trim().replace(/\.$/, '')) : undefined;
  if (mention && mentioned !== undefined) return { value: mentioned, index: mention.index };
  for (const pattern of [TRAILING_PARENS, TRAILING_DASH, TRAILING_HYPHEN_HANDLE]) {
    const m = pattern.exec(tail);
    const name = m ? ownerName(m[1] ?? '') : undefined;
    if (m && name !== undefined) return { value: name, index: m.index };
  }
  return undefined;
}

/** The owner and due date written after a struck sentence (`~~Try it~~ @ana`), when that is all there is. */
function afterStrike(after: string, order: DateOrder | undefined): { owner?: string; due?: string } {
  let rest = after.trimEnd(); // the space before "— Ana" is part of how an owner is written
  let owner: string | undefined;
  let due: string | undefined;
  for (let peel = 0; peel < 2 && rest.trim() !== ''; peel++) {
    const tail = rest.slice(Math.max(0, rest.length - MAX_TAIL));
    let found: Peeled | undefined;
    if (owner === undefined && (found = trailingOwner(tail))) owner = found.value;
    else if (due === undefined && (found = trailingDue(tail, order))) due = found.value;
    else break;
    rest = rest.slice(0, rest.length - tail.length + found.index).trimEnd();
  }
  return rest.trim() === '' ? { ...(owner === undefined ? {} : { owner }), ...(due === undefined ? {} : { due }) } : {};
}

/** A name after `Owner:` may be lower case: the label already says it is a person. */
function lowerHandle(written: string): string | undefined {
  const text = written.trim().replace(/^@/, '');
  return /^[\p{L}\p{N}_.\-/]+$/u.test(text) && !/^(?:tbd|none|n\/a|-)$/i.test(text) ? text : undefined;
}

function trailingDue(tail: string, order: DateOrder | undefined): Peeled | undefined {
  const found = findDue(tail, order);
  if (!found || tail.slice(found.end).trim().replace(/^[.)]$/, '') !== '') return undefined;
  return { value: found.due, index: found.start };
}
