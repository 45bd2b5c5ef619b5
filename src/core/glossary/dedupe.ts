// Duplicate checks shared by the JSON and Markdown parsers.

import type { GlossaryEntry, Problem } from './model';
import { normalizeTerm } from './normalize';
import { problemAt, type Span } from '../markdown/lineMap';

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
  const seen = new Map<string, string>(); // key → where it was first defined, for the message
  const entries: GlossaryEntry[] = [];
  for (const { entry, termSpan, aliasSpans } of located) {
    const termKey = normalizeTerm(entry.term);
    const earlier = seen.get(termKey);
    if (earlier !== undefined) {
      problems.push(problemAt(termSpan, `Duplicate term "${entry.term}": ${earlier}.`));
      continue;
    }
    seen.set(termKey, `already defined as a term on line ${termSpan.line + 1}`);
    const aliases: string[] = [];
    entry.aliases.forEach((alias, k) => {
      const key = normalizeTerm(alias);
      const span = aliasSpans[k] ?? termSpan;
      const first = key === termKey ? 'it is the term itself' : seen.get(key);
      if (first !== undefined) {
        problems.push(problemAt(span, `Duplicate alias "${alias}": ${first}.`, 'warning'));
        return;
      }
      seen.set(key, `already defined as an alias of "${entry.term}" on line ${span.line + 1}`);
      aliases.push(alias);
    });
    entries.push(aliases.length === entry.aliases.length ? entry : { ...entry, aliases });
  }
  return entries;
}
