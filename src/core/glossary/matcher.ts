// Finds glossary terms in prose. Terms are indexed in a trie of normalised tokens (see
// normalize.ts), with a bit set of hashed first tokens in front of it: the scan reads each
// character once, hashing words as it goes, and only a word whose hash (or a singular's) is
// in the set is looked up in the trie. No giant regular expression, no string per word, and
// building is linear in the size of the glossary.

import type { GlossaryEntry } from './entry';
import * as normalize from './normalize';
import type { Tokens } from './normalize';
import * as trie from './trie';
import type { FirstTokens, TrieNode } from './trie';
import * as charCodes from '../charCodes';

// Module-local bindings for the per-character loop: transpiled to CommonJS (tsx, mocha) every
// use of an imported binding is a getter call, which would cost more than the work itself.
const {
  charClass, classAt, gapAfter, hashKey, hashStep, isJoiningHyphen, isWordAt, lowerCode, tokenEnd, tokenize, tokenKey, wordLower,
  HYPHEN, JOINED, NO_SIMPLE_LOWER, NOT_WORD, OTHER, SPACED, WORD, WORD_LOWERS, WORD_SLOW, WORD_SURROGATE, WORD_UNKNOWN,
} = normalize;
const { LOWER_E, LOWER_I, LOWER_S, LOWER_Y, UPPER_S } = charCodes;
const { insert, mix, pluralEntry } = trie;

/** A term found in a text: `text.slice(start, end)` is the term as written there. */
export interface TermMatch {
  readonly start: number;
  readonly end: number;
  readonly entry: GlossaryEntry;
}

const APOSTROPHES = "'\u2019";
const NO_MATCHES: readonly TermMatch[] = Object.freeze([]);
/** Bits in the prefilter per first token: about 1% false positives. */
const BITS_PER_KEY = 64;
const MIN_BITS = 1 << 12;
const MAX_BITS = 1 << 24;
/**
 * Longest spelling indexed, in tokens ("double-loop learning" has 3). The scan walks at most
 * this many tokens from each candidate, so a 5,001-word term cannot make it quadratic; the
 * parsers report longer ones (see dedupe.ts).
 */
export const MAX_TERM_TOKENS = 32;

/** Matches glossary terms and aliases in text; build once per glossary, reuse for every document. */
export class TermMatcher {
  private readonly mask: number;

  private constructor(
    private readonly root: Map<string, TrieNode>,
    /** The root's tokens by hash, for the scan's candidates. */
    private readonly firstTokens: FirstTokens,
    /** Bit set of hashed first tokens (the prefilter). */
    private readonly firsts: Uint32Array,
    /** Whether any term starts with punctuation ("(a|b)"), so punctuation must be checked too. */
    private readonly punctuationStarts: boolean,
    /** Number of entries the matcher was built from. */
    readonly size: number,
  ) {
    this.mask = firsts.length * 32 - 1;
  }

  /** Indexes every term and alias; a later entry wins a spelling shared with an earlier one. */
  static build(entries: readonly GlossaryEntry[]): TermMatcher {
    const root = new Map<string, TrieNode>();
    const paths: Tokens[] = [];
    for (const entry of entries) {
      for (const spelling of [entry.term, ...entry.aliases]) {
        const tokens = tokenize(spelling.trim().replace(/\s+/gu, ' '));
        if (tokens.count > 0 && tokens.count <= MAX_TERM_TOKENS) {
          insert(root, tokens, entry);
          paths.push(tokens);
        }
      }
    }
    const firsts = new Uint32Array(bitCount(paths.length) >>> 5);
    let punctuationStarts = false;
    for (const tokens of paths) {
      setBit(firsts, hashKey(tokens.keys[0] as string));
      punctuationStarts ||= !tokens.isWord[0];
    }
    return new TermMatcher(root, new trie.FirstTokens(root), firsts, punctuationStarts, entries.length);
  }

  /** Non-overlapping matches, left to right; at each position the longest term wins. */
  find(text: string): readonly TermMatch[] {
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
  private scan(text: string, stopAfter: number): readonly TermMatch[] {
    // Most texts have no term: no array for them (the preview scans every text token).
    let matches: TermMatch[] | undefined;
    if (this.root.size === 0) return NO_MATCHES;
    const n = text.length;
    const table = WORD_LOWERS;
    const punctuation = this.punctuationStarts;
    let i = 0;
    while (i < n && i <= stopAfter) {
      const start = i;
      let code = text.charCodeAt(i);
      let v = table[code] as number;
      if (v <= WORD_UNKNOWN) v = this.resolve(text, i, code, v);
      let candidate: boolean;
      let simpleWord = false;
      let wordEnd = -1;
      let h = 0;
      if (v !== NOT_WORD) {
        // Hash the lower-cased word: one table read and one comparison per character.
        let simple = v !== WORD_SLOW;
        let last = v;
        for (;;) {
          h = (Math.imul(h, 31) + v) | 0; // hashStep, inlined (a slow word's hash is not used)
          last = v;
          // Never read past the end: charCodeAt's NaN there would turn `code` into a slow double.
          if (++i >= n) break;
          code = text.charCodeAt(i);
          v = table[code] as number;
          if (v <= WORD_UNKNOWN) {
            v = this.resolve(text, i, code, v);
            if (v === NOT_WORD) break;
            if (v === WORD_SLOW) simple = false;
          }
        }
        simpleWord = simple;
        wordEnd = i;
        candidate = !simple || this.has(h) || (last === LOWER_S && i - start >= 2 && this.hasSingular(text, start, i));
        // The unit that ended the word is no word character: without terms that start with
        // punctuation it cannot start one either, so step over it here rather than read it again.
        if (!candidate) {
          if (!punctuation) i++;
          continue;
        }
      } else {
        i++;
        if (!punctuation) continue;
        const cls = charClass(code);
        if (cls !== OTHER && (cls !== HYPHEN || isJoiningHyphen(text, start))) continue;
        const lower = lowerCode(code);
        if (lower !== NO_SIMPLE_LOWER && !this.has(hashStep(0, lower))) continue;
      }
      const found = this.longestAt(text, start, wordEnd, simpleWord ? h : undefined);
      if (found === undefined) continue;
      (matches ??= []).push(found);
      i = found.end;
    }
    return matches ?? NO_MATCHES;
  }

  /** The WORD_LOWERS value at `i` with the markers resolved: NOT_WORD, WORD_SLOW or a lower case. */
  private resolve(text: string, i: number, code: number, value: number): number {
    const v = value === WORD_UNKNOWN ? wordLower(code) : value;
    if (v === WORD_SURROGATE) return classAt(text, i) === WORD ? WORD_SLOW : NOT_WORD;
    return v;
  }

  private has(hash: number): boolean {
    const bit = mix(hash) & this.mask;
    return ((this.firsts[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
  }

  /**
   * Whether a singular of the simple word text[start, end), which ends in "s", may start a
   * term (see `singulars`): rehashes the word without its last one to three units.
   */
  private hasSingular(text: string, start: number, end: number): boolean {
    const length = end - start;
    let h1 = 0;
    let h2 = 0;
    let h3 = 0;
    for (let k = start; k < end - 1; k++) {
      h3 = h2;
      h2 = h1;
      h1 = hashStep(h1, WORD_LOWERS[text.charCodeAt(k)] as number);
    }
    if (this.has(h1)) return true; // -s
    const l2 = WORD_LOWERS[text.charCodeAt(end - 2)];
    const l3 = length > 3 ? WORD_LOWERS[text.charCodeAt(end - 3)] : 0;
    if (l2 === LOWER_E && length > 2 && this.has(h2)) return true; // -es
    if (l2 === LOWER_E && l3 === LOWER_I && length > 3 && this.has(hashStep(h3, LOWER_Y))) return true; // -ies → -y
    return l2 === LOWER_E && l3 === LOWER_S && length > 3 && this.has(hashStep(hashStep(h2, LOWER_I), LOWER_S)); // -ses → -sis
  }

  /**
   * The longest term starting at the token at `start`, if any: walks the trie reading one
   * token at a time, so a one-word hit costs a single key. `firstHash` is the scan's hash of
   * a simple first word, which finds its node with no string made.
   */
  private longestAt(text: string, start: number, wordEnd: number, firstHash: number | undefined): TermMatch | undefined {
    const startsWithWord = wordEnd >= 0;
    let best: TermMatch | undefined;
    let map: Map<string, TrieNode> | undefined = this.root;
    let pos = start;
    while (map !== undefined) {
      // The first token was read by the scan already.
      const first = pos === start && startsWithWord;
      const end = first ? wordEnd : tokenEnd(text, pos);
      const isWord = first || classAt(text, pos) === WORD;
      let child: TrieNode | undefined;
      let entry: GlossaryEntry | undefined;
      // A plural only counts as the last token ("teams", not "teams learning").
      if (first && firstHash !== undefined) {
        // A simple word's key is its lower case, as hashed: no NFC needed (nothing in it composes).
        child = this.firstTokens.node(firstHash, text, pos, end - pos);
        entry = child?.entry ?? this.firstTokens.pluralEntry(text, pos, end);
      } else {
        const key = tokenKey(text, pos, end);
        child = map.get(key);
        entry = child?.entry ?? (isWord ? pluralEntry(map, key) : undefined);
      }
      if (entry !== undefined && wholeWords(text, start, startsWithWord, end, isWord)) {
        best = { start, end: isWord ? withPossessive(text, end) : end, entry };
      }
      if (child === undefined || (child.joined === undefined && child.spaced === undefined)) break;
      const gap = gapAfter(text, end);
      map = gap === JOINED ? child.joined : gap === SPACED ? child.spaced : undefined;
      pos = gap === SPACED ? end + 1 : end;
    }
    return best;
  }
}

/** A power of two near BITS_PER_KEY per key, within bounds. */
function bitCount(keys: number): number {
  let bits = MIN_BITS;
  while (bits < keys * BITS_PER_KEY && bits < MAX_BITS) bits *= 2;
  return bits;
}

function setBit(bits: Uint32Array, hash: number): void {
  const bit = mix(hash) & (bits.length * 32 - 1);
  bits[bit >>> 5] = (bits[bit >>> 5] as number) | (1 << (bit & 31));
}

/**
 * Whole words only. Word tokens are maximal runs, so only an edge that is punctuation
 * ("C++", ".NET") can touch a word character, as in "ASP.NET": that is not a match.
 */
function wholeWords(text: string, start: number, startsWithWord: boolean, end: number, endsWithWord: boolean): boolean {
  if (!startsWithWord && start > 0 && isWordAt(text, start - 1)) return false;
  return endsWithWord || end >= text.length || !isWordAt(text, end);
}

/** Extends a match over a possessive "'s" / "’s" so hovering the "s" still finds the term. */
function withPossessive(text: string, end: number): number {
  if (end + 1 >= text.length || !APOSTROPHES.includes(text.charAt(end))) return end;
  const s = text.charCodeAt(end + 1);
  if (s !== LOWER_S && s !== UPPER_S) return end;
  if (end + 2 < text.length && isWordAt(text, end + 2)) return end;
  return end + 2;
}
