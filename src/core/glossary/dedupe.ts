// Duplicate checks shared by the JSON and Markdown parsers.

import type { GlossaryEntry, Problem } from './entry';
import { message } from '../messages';
import { MAX_TERM_TOKENS } from './matcher';
import { normalizeTerm, termKeys } from './normalize';
import { problemAt, type Span } from '../markdown/lineMap';

/** Code point ranges that show nothing (zero-width, soft hyphen, fillers) or reorder what is shown (bidi controls). */
const INVISIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad], [0x034f, 0x034f], [0x061c, 0x061c], [0x115f, 0x1160], [0x17b4, 0x17b5], [0x180e, 0x180e],
  [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x2064], [0x2066, 0x206f], [0x3164, 0x3164], [0xfeff, 0xfeff], [0xffa0, 0xffa0],
];
const BIDI_RANGES: ReadonlyArray<readonly [number, number]> = [[0x061c, 0x061c], [0x200e, 0x200f], [0x202a, 0x202e], [0x2066, 0x2069]];

function inRanges(code: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  return ranges.some(([from, to]) => code >= from && code <= to);
}

/** A parsed entry with where its term and each alias were written. */
export interface Located {
  readonly entry: GlossaryEntry;
  readonly termSpan: Span;
  /** One per alias of `entry`, in order. */
  readonly aliasSpans: readonly Span[];
}

/**
 * Keeps the first use of each spelling (case-, hyphen- and space-insensitive): a later
 * duplicate term is an error and its entry is dropped; a later duplicate alias is a warning
 * and only that alias is dropped.
 */
export function withoutDuplicates(located: readonly Located[], problems: Problem[]): GlossaryEntry[] {
  const seen = new Map<string, Earlier>(); // key → where it was first defined, for the message
  const entries: GlossaryEntry[] = [];
  for (const { entry, termSpan, aliasSpans } of located) {
    if (!checkSpelling(entry.term, 'term', termSpan, problems)) continue;
    const termKey = normalizeTerm(entry.term);
    const earlier = seen.get(termKey);
    if (earlier !== undefined) {
      // A term whose spelling was first an alias: said as the alias it collides with.
      problems.push(problemAt(termSpan, earlier.of === undefined ? message('duplicateTerm', entry.term, earlier.line) : message('termIsAlias', entry.term, earlier.of, earlier.line)));
      continue;
    }
    seen.set(termKey, { line: termSpan.line + 1 });
    const aliases: string[] = [];
    entry.aliases.forEach((alias, k) => {
      const span = aliasSpans[k] ?? termSpan;
      if (!checkSpelling(alias, 'alias', span, problems)) return;
      const key = normalizeTerm(alias);
      const first = seen.get(key);
      if (key === termKey || first !== undefined) {
        const said = key === termKey ? message('aliasIsTerm', alias)
          : first?.of === undefined ? message('aliasIsTermElsewhere', alias, first?.line ?? 0) : message('aliasIsAlias', alias, first.of, first.line);
        problems.push(problemAt(span, said, 'warning'));
        return;
      }
      seen.set(key, { line: span.line + 1, of: entry.term });
      aliases.push(alias);
    });
    entries.push(aliases.length === entry.aliases.length ? entry : { ...entry, aliases });
  }
  return entries;
}

/** Where a spelling was first defined: its 1-based line, and the term it is an alias of (if it is one). */
interface Earlier {
  readonly line: number;
  readonly of?: string;
}

/**
 * Reports a spelling too long to be matched (an error: it is left out) or with a hidden
 * character in it (a warning: it only matches text with the same hidden character).
 * False when the spelling is left out.
 */
function checkSpelling(spelling: string, what: 'term' | 'alias', span: Span, problems: Problem[]): boolean {
  const tokens = termKeys(spelling).length;
  if (tokens > MAX_TERM_TOKENS) {
    const shown = `${spelling.slice(0, 40)}…`;
    problems.push(problemAt(span, message(what === 'term' ? 'termTooLong' : 'aliasTooLong', shown, tokens, MAX_TERM_TOKENS), what === 'term' ? 'error' : 'warning'));
    return false;
  }
  const hidden = [...spelling].filter((ch) => inRanges(ch.codePointAt(0) ?? 0, INVISIBLE_RANGES));
  if (hidden.length > 0) {
    const bidi = hidden.some((ch) => inRanges(ch.codePointAt(0) ?? 0, BIDI_RANGES));
    const shown = [...spelling].map((ch) => (hidden.includes(ch) ? `<${codePoint(ch)}>` : ch)).join('');
    const id = what === 'term' ? (bidi ? 'termBidi' : 'termInvisible') : bidi ? 'aliasBidi' : 'aliasInvisible';
    problems.push(problemAt(span, message(id, shown), 'warning'));
  }
  return true;
}

function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
