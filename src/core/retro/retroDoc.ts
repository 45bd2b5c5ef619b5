// What a retro document says about itself in its front matter (date, iteration,
// template). Read tolerantly: a typo in the YAML must not lose the iteration count.

import { parseDocument, isMap } from 'yaml';
import { findFrontMatter } from '../markdown/frontMatter';

/** The front-matter fields of a retro that carry-forward uses. */
export interface RetroMeta {
  /** YYYY-MM-DD. */
  readonly date?: string;
  readonly iteration?: number;
  /** Id of the template it was made from. */
  readonly template?: string;
  /** Who ran it (the template's "name" placeholder counts as no one). */
  readonly facilitator?: string;
  /** Who took part, in the order written (a YAML list or names separated by commas). */
  readonly participants?: readonly string[];
}

/** A leading YYYY-MM-DD, then the end or a separator (a file name, a timestamp). */
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s_.-])/;
/**
 * `key: value` on one line whose end is already trimmed, for front matter the YAML parser
 * rejects. The value starts with a non-blank, so nothing backtracks over a run of spaces.
 */
const KEY_VALUE = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*([^ \t].*)?$/;
/** Whitespace, then the `#` of a YAML comment. */
const COMMENT_START = /\s#/;

/** The retro's date, iteration, template, facilitator and participants from its front matter (or what of them can be read). */
export function readRetroMeta(markdown: string): RetroMeta {
  const block = findFrontMatter(markdown);
  if (!block) return {};
  return toMeta(parseFields(block.yaml) ?? readLineByLine(block.yaml));
}

/** The front matter as YAML, or undefined when it is not a clean map (then it is read line by line). */
function parseFields(yaml: string): Record<string, unknown> | undefined {
  try {
    const doc = parseDocument(yaml);
    return doc.errors.length === 0 && isMap(doc.contents) ? (doc.toJS() as Record<string, unknown>) : undefined;
  } catch {
    return undefined; // e.g. an alias bomb: toJS refuses to expand it
  }
}

/** The `YYYY-MM-DD` a file name starts with, if it is a real date. */
export function dateFromFileName(name: string): string | undefined {
  return leadingDate(name);
}

/** Whether `date` is a YYYY-MM-DD that exists in the calendar. */
export function isRealDate(date: string): boolean {
  return date.length === DATE_LENGTH && leadingDate(date) === date;
}

const DATE_LENGTH = 'YYYY-MM-DD'.length;

/** The real calendar date `text` starts with, as YYYY-MM-DD. */
function leadingDate(text: string): string | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? text.slice(0, DATE_LENGTH) : undefined;
}

// Arithmetic rather than Date objects: this runs on every file name of a large folder.
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1] ?? 0;
}

function readLineByLine(yaml: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const line of yaml.split(/\r?\n/)) {
    const match = KEY_VALUE.exec(line.trimEnd());
    if (match?.[1] && !(match[1] in fields)) fields[match[1]] = unquote(stripComment(match[2] ?? ''));
  }
  return fields;
}

function toMeta(fields: Record<string, unknown>): RetroMeta {
  const date = asDate(fields['date']);
  const iteration = asIteration(fields['iteration']);
  const template = asText(fields['template']);
  const facilitator = asName(fields['facilitator']);
  const participants = asNames(fields['participants']);
  return {
    ...(date === undefined ? {} : { date }),
    ...(iteration === undefined ? {} : { iteration }),
    ...(template === undefined ? {} : { template }),
    ...(facilitator === undefined ? {} : { facilitator }),
    ...(participants.length === 0 ? {} : { participants }),
  };
}

/** What the built-in templates write where a name goes, until someone fills it in. */
export const UNFILLED_NAME = 'name';
/** What they write where the participants go. */
export const UNFILLED_NAMES = 'names';
/** Between names written on one line: a comma, a semicolon or the word "and" (spaces are trimmed after, not matched: no backtracking over a long run of them). */
const NAME_SEPARATOR = /[,;]|\band\b/i;

function asName(value: unknown): string | undefined {
  const name = asText(value);
  return name === undefined || name.toLowerCase() === UNFILLED_NAME ? undefined : name;
}

/** The names of a YAML list or of a line such as "Ana, Ben and Chen", each once (ignoring case). */
function asNames(value: unknown): string[] {
  const written = Array.isArray(value) ? value.map(asText) : asText(value)?.split(NAME_SEPARATOR) ?? [];
  const names: string[] = [];
  const seen = new Set<string>();
  for (const raw of written) {
    const name = raw?.trim();
    const key = name === undefined ? '' : nameKey(name);
    if (!name || key === '' || key === UNFILLED_NAMES || key === UNFILLED_NAME || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

/** A name as compared: without case or a leading "@" (a handle and the plain name are one person). */
export function nameKey(name: string): string {
  return name.trim().replace(/^@/, '').toLowerCase();
}

function asDate(value: unknown): string | undefined {
  return typeof value === 'string' ? leadingDate(value.trim()) : undefined;
}

function asIteration(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** `value` without a trailing ` # comment` (the blanks before it too); a quoted value is kept whole. */
function stripComment(value: string): string {
  if (/^["']/.test(value)) return value;
  // Found once, then walked back over its blanks: `\s+#.*$` would retry every run of spaces.
  const comment = COMMENT_START.exec(value);
  if (!comment) return value;
  let start = comment.index;
  while (start > 0 && /\s/.test(value.charAt(start - 1))) start--;
  return value.slice(0, start);
}

function unquote(value: string): string {
  const match = /^(["'])(.*)\1$/.exec(value);
  return match ? (match[2] ?? '') : value;
}
