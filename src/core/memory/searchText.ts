// How the search reads text: words (letters, digits, inner hyphens and apostrophes), lower case,
// accents off, no stop words. Linear in the text. A document is cut into chunks by searchScan.ts.

/** Lines of a paragraph in one chunk: short enough that a hit's line is near its words. */
export const CHUNK_LINES = 4;
/** Occurrences of a word in a field that count for ranking: BM25's weight for a word saturates after a few. */
export const TF_CAP = 3;
/** Words of one or two letters, and these, carry no meaning of their own. */
export const MIN_TERM = 3;
export const STOP_WORDS: ReadonlySet<string> = new Set(['the', 'and', 'for', 'was', 'are', 'but', 'not', 'with', 'this', 'that', 'from', 'have', 'has', 'had', 'were', 'our', 'its', 'into', 'then', 'than']);
/** The longest stop word: a longer word is never one. */
const LONGEST_STOP_WORD = Math.max(...[...STOP_WORDS].map((w) => w.length));
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const NON_ASCII = /[\u0080-\uffff]/;

/** Lower case, no accents, no short or stop words: the same for indexing and for queries. */
export function searchTerm(term: string): string | null {
  const lower = term.toLowerCase();
  // Only a word with a non-ASCII letter needs its accents taken off (normalize is slow).
  const t = NON_ASCII.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
  return t.length < MIN_TERM || STOP_WORDS.has(t) ? null : t;
}

/** A letter or digit beyond ASCII, tested at one position (sticky). */
const WIDE_WORD_CHAR = /[\p{L}\p{N}]/uy;

/** The length (1 or 2 code units) of the letter or digit at `i`, 0 when there is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  WIDE_WORD_CHAR.lastIndex = i;
  return WIDE_WORD_CHAR.test(text) ? WIDE_WORD_CHAR.lastIndex - i : 0;
}

/** The end of the run of letters and digits from `i`. */
function runEnd(text: string, i: number): number {
  let n: number;
  while ((n = wordCharAt(text, i)) > 0) i += n;
  return i;
}

function isAscii(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) >= 128) return false;
  return true;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;

/**
 * The normalised words of `text`, in order: what `WORD` matches, scanned by character code (a
 * regular expression with Unicode classes over every line was the search index's largest cost).
 */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (wordCharAt(text, i) === 0) {
      i += 1;
      continue;
    }
    const start = i;
    i = runEnd(text, i);
    // Inner joiners: a word goes on after ' ’ - only when a letter or digit follows.
    for (;;) {
      const j = text.charCodeAt(i);
      if ((j !== APOSTROPHE && j !== RIGHT_QUOTE && j !== HYPHEN) || wordCharAt(text, i + 1) === 0) break;
      i = runEnd(text, i + 1);
    }
    // A word of ASCII letters needs no accents taken off, and one under 3 letters is no term: only
    // a wider word goes the long way (searchTerm).
    if (isAscii(text, start, i)) {
      if (i - start < MIN_TERM) continue;
      const t = text.slice(start, i).toLowerCase();
      if (i - start > LONGEST_STOP_WORD || !STOP_WORDS.has(t)) terms.push(t);
      continue;
    }
    const t = searchTerm(text.slice(start, i));
    if (t !== null) terms.push(t);
  }
  return terms;
}

/** The words as the regular expression `WORD` finds them (the scanner's reference, for tests). */
export function wordsByPattern(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => m[0]);
}

/** FNV-1a, 32 bits: a word's hash in the chunk tables. */
export function hashTerm(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
