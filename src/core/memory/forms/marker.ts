// Action items written as a line (or a bullet) that starts with a marker: `ACTION: …`,
// `Action item: …`, `Action point: …`, `AI: …`, `TODO: …`, in any case, also in bold
// (`**ACTION:** …`, `**TODO**: …`), with an owner in parentheses (`TODO(ana): …`).

import type { ItemOccurrence, ReadLines } from '../model';
import type { Problem } from '../../problem';
import { bulletAt, indentOf } from './blocks';
import { collectItem, formLines } from './lines';
import type { FormOptions } from './content';
import { itemFromBlock } from './item';
import { ownerName } from './words';

/** The markers, as a pattern: `action`, `action item(s)`, `action point(s)`, `ai`, `todo`, `to-do`. */
const MARKER_WORD = String.raw`(?:action(?:[ \t]+(?:items?|points?))?|ai|todo|to-do)`;
const EMPHASIS = String.raw`(?:\*\*|__)?`;
// Optional bullet, optional strike, optional bold, the marker, an optional (owner), the colon.
const MARKER = new RegExp(
  String.raw`^([ \t]*)((?:[-*+]|\d{1,9}[.)])[ \t]+)?(~~)?${EMPHASIS}(${MARKER_WORD})${EMPHASIS}` +
    String.raw`(?:[ \t]*\(([^()]{1,60})\))?${EMPHASIS}[ \t]*:${EMPHASIS}[ \t]*(.*)$`,
  'i',
);

/** ASCII codes by what they can be at the start of a marker line. */
const [OTHER, BEFORE, INITIAL] = [0, 1, 2];
const MARKER_START = new Uint8Array(0x80);
// What may come before a marker word: blanks, a bullet (`-`, `*`, `+`, `1.`, `1)`), `~~`, `**`, `__`.
for (const c of ' \t-*+.)~_0123456789') MARKER_START[c.charCodeAt(0)] = BEFORE;
// The first letters of the marker words, in both cases: `a`ction, `a`i, `t`odo, `t`o-do.
for (const c of 'aAtT') MARKER_START[c.charCodeAt(0)] = INITIAL;

/**
 * Whether `text` could start with a marker (cheap, without the pattern): the first character that
 * cannot come before a marker word must begin one.
 */
function mayStartWithMarker(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = code < MARKER_START.length ? MARKER_START[code] : OTHER;
    if (kind !== BEFORE) return kind === INITIAL;
  }
  return false;
}

/** Where a marker line's sentence starts, and what the marker says. */
export interface MarkerLine {
  /** Offset of the sentence after the marker (and the bold around it). */
  readonly start: number;
  /** The owner written in parentheses after the marker. */
  readonly owner?: string;
  /** The marker was struck with the sentence (`~~ACTION: …~~`). */
  readonly struck: boolean;
}

/** The marker at the start of a line, if it has one (and a sentence after it). */
export function markerAt(text: string): MarkerLine | undefined {
  const m = MARKER.exec(text);
  const sentence = m?.[6] ?? '';
  if (!m || sentence.trim() === '') return undefined;
  const owner = m[5] === undefined ? undefined : (ownerName(m[5]) ?? handleOf(m[5]));
  return { start: text.length - sentence.length, struck: m[3] !== undefined, ...(owner === undefined ? {} : { owner }) };
}

/** `TODO(ana)`: the name in parentheses is a handle even in lower case. */
function handleOf(written: string): string | undefined {
  const text = written.trim().replace(/^@/, '');
  return /^[\p{L}\p{N}_.-]{1,40}$/u.test(text) ? text : undefined;
}

/** The sentence of a line after its bullet and marker (`~~ACTION: x~~` keeps its strike), or `content` when it has no marker. */
export function listSentence(text: string, content = text.trim()): string {
  const marker = markerAt(text);
  if (!marker) return content;
  return `${marker.struck ? '~~' : ''}${text.slice(marker.start)}`;
}

/** The item with the owner written after its marker (`TODO(ana):`), when the sentence names none. */
export function withMarkerOwner(item: ItemOccurrence | undefined, text: string): ItemOccurrence | undefined {
  const owner = item && item.owner === undefined ? markerAt(text)?.owner : undefined;
  return item && owner !== undefined ? { ...item, owner } : item;
}

/** Every marker line that `claimed` (a task or heading item, already read) does not hold. */
export function readMarkerItems(lines: ReadLines, options: FormOptions, claimed: (line: number) => boolean): { items: ItemOccurrence[]; problems: Problem[] } {
  const read = formLines(lines);
  const items: ItemOccurrence[] = [];
  const problems: Problem[] = [];
  for (let line = 0; line < read.lines.length; line++) {
    const text = read.lines[line] ?? '';
    if (!read.isText(line) || !mayStartWithMarker(text) || claimed(line)) continue;
    const marker = markerAt(text);
    if (!marker) continue;
    const indent = bulletAt(text)?.indent ?? indentOf(text);
    const block = collectItem(read, line, indent, listSentence(text), (at) => claimed(at) || markerAt(read.lines[at] ?? '') !== undefined);
    const item = withMarkerOwner(itemFromBlock(block, 'marker', options, problems), text);
    if (item) items.push(item);
    line = block.endLine;
  }
  return { items, problems };
}
