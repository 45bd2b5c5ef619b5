// Dates as teams write them: ISO in items and file names, "January 23rd, 2019" in prose, numeric
// `4/30/2021` only when the team said which order it uses (never guessed), in file names in the
// forms teams use, and in TOML front matter. Every date returned is a real calendar date.

import { parse as parseToml, TomlError } from 'smol-toml';
import { lineProblem, type Problem } from '../problem';
import { message } from '../messages';

/** How the team writes numeric dates (`learningLoop.dates.order`); without it `4/5/2021` is not read. */
export type DateOrder = 'mdy' | 'dmy';

const ISO_LENGTH = 'YYYY-MM-DD'.length;
// Arithmetic rather than Date objects: this runs on every file name and item of a large memory.
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const FEBRUARY = 2;
/** Compact `20211210` names are read only within these years, so an 8-digit id is not a date. */
const COMPACT_YEARS = { min: 1990, max: 2099 } as const;

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === FEBRUARY && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** YYYY-MM-DD when year, month and day make a real calendar date. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return undefined;
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether `text` is exactly a YYYY-MM-DD that exists in the calendar (`2026-02-30` is not). */
export function isRealDate(text: string): boolean {
  if (text.length !== ISO_LENGTH) return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m !== null && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) === text;
}

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)';
const ORDINAL = '(?:st|nd|rd|th)?';
// Sticky patterns tried at one position; each is bounded except for runs of blanks, which a
// caller never rescans (see findDue), so reading stays linear in the text.
const ISO = /(\d{4})-(\d{2})-(\d{2})(?![\d-])/y;
const WRITTEN_MDY = new RegExp(String.raw`${MONTH}\.?[ \t]+(\d{1,2})${ORDINAL},?[ \t]+(\d{4})(?!\d)`, 'iy');
const WRITTEN_DMY = new RegExp(String.raw`(\d{1,2})${ORDINAL}[ \t]+(?:of[ \t]+)?${MONTH}\.?,?[ \t]+(\d{4})(?!\d)`, 'iy');
const NUMERIC = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/y;

/** A date written at `at` in `text`, with where it ends. */
export interface DateAt {
  readonly date: string;
  readonly end: number;
}

/** The date that starts exactly at `at`, if one does (ISO, written, or numeric in the team's order). */
export function dateAt(text: string, at: number, order?: DateOrder): DateAt | undefined {
  let m: RegExpExecArray | null;
  if ((m = sticky(ISO, text, at))) return found(isoDate(Number(m[1]), Number(m[2]), Number(m[3])), ISO);
  if ((m = sticky(WRITTEN_MDY, text, at))) return found(isoDate(Number(m[3]), monthNumber(m[1]), Number(m[2])), WRITTEN_MDY);
  if ((m = sticky(WRITTEN_DMY, text, at))) return found(isoDate(Number(m[3]), monthNumber(m[2]), Number(m[1])), WRITTEN_DMY);
  if (order && (m = sticky(NUMERIC, text, at))) {
    const [first, second, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    return found(order === 'mdy' ? isoDate(year, first, second) : isoDate(year, second, first), NUMERIC);
  }
  return undefined;
}

function sticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function found(date: string | undefined, pattern: RegExp): DateAt | undefined {
  return date === undefined ? undefined : { date, end: pattern.lastIndex };
}

function monthNumber(name: string | undefined): number {
  return MONTHS[(name ?? '').toLowerCase()] ?? 0;
}

/** `text` as a whole is one date (a table's Due cell, a `Due:` line), surrounding blanks and `**` allowed. */
export function readDate(text: string, order?: DateOrder): string | undefined {
  const trimmed = text.replace(/^[\s*_]+|[\s*_.]+$/g, '');
  const at = dateAt(trimmed, 0, order);
  return at && at.end === trimmed.length ? at.date : undefined;
}

/** A due date found in an item's sentence, and the span of the words that say it. */
export interface DueMatch {
  readonly due: string;
  /** Offset of the clause (`due:`, `by`, an opening parenthesis around it). */
  readonly start: number;
  /** Offset just after it. */
  readonly end: number;
}

// `due:` / `due` / `due by` / `due on` / `by` / `deadline:` / `target:`, then the date.
const DUE_WORD = /(?<![\p{L}\p{N}_])(?:due(?:[ \t]+(?:by|on|date))?|by|deadline|target(?:[ \t]+date)?)(?![\p{L}\p{N}_])[ \t]*:?[ \t]*/giu;

/** The first due date an item states (`due:2026-12-15`, `by January 23rd, 2019`, `(due 31 August 2018)`). */
export function findDue(text: string, order?: DateOrder): DueMatch | undefined {
  DUE_WORD.lastIndex = 0;
  for (let m = DUE_WORD.exec(text); m; m = DUE_WORD.exec(text)) {
    const at = dateAt(text, DUE_WORD.lastIndex, order);
    if (!at) continue;
    // `(due 2026-12-15)` goes as a whole, parentheses included.
    const open = text.lastIndexOf('(', m.index);
    const wrapped = open >= 0 && text.slice(open + 1, m.index).trim() === '' && text[at.end] === ')';
    return { due: at.date, start: wrapped ? open : m.index, end: wrapped ? at.end + 1 : at.end };
  }
  return undefined;
}

// A date anywhere in a file name: `2021-12-10-…`, `2021.12.10`, `2021_12_10`, `20211210_…`.
const NAME_SEPARATED = /(?<!\d)(\d{4})([-._])(\d{2})\2(\d{2})(?!\d)/g;
const NAME_COMPACT = /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/g;

/** The date a file name carries (its base name, without folders), if any is a real date. */
export function dateFromFileName(name: string): string | undefined {
  for (const m of name.matchAll(NAME_SEPARATED)) {
    const date = isoDate(Number(m[1]), Number(m[3]), Number(m[4]));
    if (date) return date;
  }
  for (const m of name.matchAll(NAME_COMPACT)) {
    const year = Number(m[1]);
    const date = year >= COMPACT_YEARS.min && year <= COMPACT_YEARS.max ? isoDate(year, Number(m[2]), Number(m[3])) : undefined;
    if (date) return date;
  }
  return undefined;
}

/** TOML front matter larger than this is not parsed (a hostile file must not cost more). */
export const MAX_TOML_FRONT_MATTER = 64 * 1024;
const TOML_FENCE = /^\uFEFF?\+\+\+[ \t]*\r?$/;
const RAW_DATE = /^[ \t]*date[ \t]*=[ \t]*["']?(\d{4}-\d{2}-\d{2})/m;

/** What TOML front matter (`+++` … `+++`) says of the document's date. */
export interface TomlFrontMatter {
  /** Its `date`, when it is a real calendar date. */
  readonly date?: string;
  /** 0-based line after the closing `+++`. */
  readonly bodyLine: number;
  /** Why the date could not be read, at its line. */
  readonly problem?: Problem;
}

/** The TOML front matter at the top of `text`, or undefined when the document has none. */
export function readTomlFrontMatter(text: string): TomlFrontMatter | undefined {
  const firstEnd = text.indexOf('\n');
  if (!TOML_FENCE.test(firstEnd < 0 ? text : text.slice(0, firstEnd))) return undefined;
  let start = firstEnd + 1;
  for (let line = 1; firstEnd >= 0 && start <= text.length; line++) {
    const end = text.indexOf('\n', start);
    if (TOML_FENCE.test(text.slice(start, end < 0 ? text.length : end))) return tomlBlock(text.slice(firstEnd + 1, start), line + 1);
    if (end < 0 || start - firstEnd > MAX_TOML_FRONT_MATTER) break;
    start = end + 1;
  }
  return { bodyLine: 0, problem: lineProblem(0, message('memoryTomlOpen')) };
}

function tomlBlock(toml: string, bodyLine: number): TomlFrontMatter {
  let fields: Record<string, unknown>;
  try {
    fields = parseToml(toml);
  } catch (error) {
    const line = error instanceof TomlError ? error.line : 1;
    return { bodyLine, problem: lineProblem(line, message('memoryTomlUnreadable', firstLine(error))) };
  }
  const value = fields['date'];
  if (value === undefined) return { bodyLine };
  // smol-toml rolls 2021-02-30 over into March: check the date as written.
  const written = RAW_DATE.exec(toml)?.[1];
  const date = written !== undefined && isRealDate(written) ? written : typeof value === 'string' ? readDate(value) : undefined;
  if (date) return { date, bodyLine };
  // The TOML starts on the document's line 1.
  const line = toml.slice(0, Math.max(0, toml.search(/^[ \t]*date[ \t]*=/m))).split('\n').length;
  return { bodyLine, problem: lineProblem(line, message('memoryDateNotCalendar')) };
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

