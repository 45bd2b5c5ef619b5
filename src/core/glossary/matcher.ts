// Finds glossary terms in prose. Terms are indexed in a trie of normalised tokens (see
// normalize.ts), so matching costs one hash lookup per word of text whatever the number of
// terms, and building is linear in the glossary's size: no giant regular expression.

import type { GlossaryEntry } from './model';
import { isWordCode, JOINED, SPACED, singulars, tokenize, type Tokens } from './normalize';

/** A term found in a text: `text.slice(start, end)` is the term as written there. */
export interface TermMatch {
  readonly start: number;
  readonly end: number;
  readonly entry: GlossaryEntry;
}

interface TrieNode {
  /** The entry whose term or alias ends here. */
  entry?: GlossaryEntry;
  /** Next token when written with nothing in between ("C" → "+"). */
  joined?: Map<string, TrieNode>;
  /** Next token after one space or joining hyphen ("double" → "loop"). */
  spaced?: Map<string, TrieNode>;
}

const APOSTROPHES = "'\u2019";
const CODE_S = 0x73;
const CODE_UPPER_S = 0x53;

/** Matches glossary terms and aliases in text; build once per glossary, reuse for every document. */
export class TermMatcher {
  private constructor(
    private readonly root: Map<string, TrieNode>,
    /** Number of entries the matcher was built from. */
    readonly size: number,
  ) {}

  /** Indexes every term and alias; a later entry wins a spelling shared with an earlier one. */
  static build(entries: readonly GlossaryEntry[]): TermMatcher {
    const root = new Map<string, TrieNode>();
    for (const entry of entries) {
      insert(root, entry.term, entry);
      for (const alias of entry.aliases) insert(root, alias, entry);
    }
    return new TermMatcher(root, entries.length);
  }

  /** Non-overlapping matches, left to right; at each position the longest term wins. */
  find(text: string): TermMatch[] {
    return this.scan(text, Number.POSITIVE_INFINITY);
  }

  /** The match covering `offset` (start ≤ offset < end), looking only at that offset's line. */
  at(text: string, offset: number): TermMatch | undefined {
    if (offset < 0 || offset >= text.length) return undefined;
    // Terms never span lines, so the line alone decides what matches there.
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const newline = text.indexOf('\n', offset);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = lineStart === 0 && lineEnd === text.length ? text : text.slice(lineStart, lineEnd);
    const local = offset - lineStart;
    for (const m of this.scan(line, local)) {
      if (m.start <= local && local < m.end) {
        return lineStart === 0 ? m : { start: m.start + lineStart, end: m.end + lineStart, entry: m.entry };
      }
    }
    return undefined;
  }

  /** Greedy left-to-right scan; stops once a match would start after `stopAfter`. */
  private scan(text: string, stopAfter: number): TermMatch[] {
    const matches: TermMatch[] = [];
    if (this.root.size === 0) return matches;
    const tokens = tokenize(text);
    let i = 0;
    while (i < tokens.count && (tokens.starts[i] as number) <= stopAfter) {
      const found = this.longestAt(text, tokens, i);
      if (found === undefined) {
        i++;
        continue;
      }
      const end = withPossessive(text, tokens, found.last);
      matches.push({ start: tokens.starts[i] as number, end, entry: found.entry });
      i = found.last + 1;
      while (i < tokens.count && (tokens.starts[i] as number) < end) i++; // past a possessive "'s"
    }
    return matches;
  }

  /** The longest term starting at token `i`, if any. */
  private longestAt(text: string, tokens: Tokens, i: number): { last: number; entry: GlossaryEntry } | undefined {
    let best: { last: number; entry: GlossaryEntry } | undefined;
    let map: Map<string, TrieNode> | undefined = this.root;
    for (let j = i; j < tokens.count && map !== undefined; j++) {
      const key = tokens.keys[j] as string;
      const child = map.get(key);
      // A plural only counts as the last token ("teams", not "teams learning").
      const entry = child?.entry ?? (tokens.isWord[j] ? pluralEntry(map, key) : undefined);
      if (entry !== undefined && hasBoundaries(text, tokens, i, j)) best = { last: j, entry };
      if (child === undefined || j + 1 >= tokens.count) break;
      const gap = tokens.gaps[j + 1];
      map = gap === JOINED ? child.joined : gap === SPACED ? child.spaced : undefined;
    }
    return best;
  }
}

function insert(root: Map<string, TrieNode>, term: string, entry: GlossaryEntry): void {
  const tokens = tokenize(term.trim().replace(/\s+/gu, ' '));
  if (tokens.count === 0) return;
  let map = root;
  let node: TrieNode | undefined;
  for (let j = 0; j < tokens.count; j++) {
    const key = tokens.keys[j] as string;
    node = map.get(key);
    if (node === undefined) {
      node = {};
      map.set(key, node);
    }
    if (j + 1 < tokens.count) {
      if (tokens.gaps[j + 1] === JOINED) map = node.joined ??= new Map();
      else map = node.spaced ??= new Map();
    }
  }
  if (node !== undefined) node.entry = entry;
}

function pluralEntry(map: Map<string, TrieNode>, key: string): GlossaryEntry | undefined {
  if (key.charCodeAt(key.length - 1) !== CODE_S) return undefined; // the common case, no allocation
  for (const singular of singulars(key)) {
    const entry = map.get(singular)?.entry;
    if (entry !== undefined) return entry;
  }
  return undefined;
}

/**
 * Whole words only. Word tokens are maximal runs, so only an edge that is punctuation
 * ("C++", ".NET") can touch a word character, as in "ASP.NET": that is not a match.
 */
function hasBoundaries(text: string, tokens: Tokens, first: number, last: number): boolean {
  if (!tokens.isWord[first]) {
    const before = (tokens.starts[first] as number) - 1;
    if (before >= 0 && isWordCode(text.charCodeAt(before))) return false;
  }
  if (!tokens.isWord[last]) {
    const after = tokens.ends[last] as number;
    if (after < text.length && isWordCode(text.charCodeAt(after))) return false;
  }
  return true;
}

/** Extends a match over a possessive "'s" / "’s" so hovering the "s" still finds the term. */
function withPossessive(text: string, tokens: Tokens, last: number): number {
  const end = tokens.ends[last] as number;
  if (!tokens.isWord[last] || end + 1 >= text.length) return end;
  if (!APOSTROPHES.includes(text.charAt(end))) return end;
  const s = text.charCodeAt(end + 1);
  if (s !== CODE_S && s !== CODE_UPPER_S) return end;
  if (end + 2 < text.length && isWordCode(text.charCodeAt(end + 2))) return end;
  return end + 2;
}
