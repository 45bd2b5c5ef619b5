// One pass over a document's text for the search index: its words (as `tokenize` reads them)
// counted per field for MiniSearch, and its chunks (a heading, a list item, a few lines of a
// paragraph) with the hashes of their distinct words, to name a hit's line later. Nothing is split
// or sliced per line; a word's hash is taken as it is scanned, and each distinct word is made into
// a string once (the term table), so a document costs no allocation per word. Linear in the text.

import { CHUNK_LINES, MIN_TERM, TF_CAP, searchTerm } from './searchText';
import { ASCII_WORD, Numbers, TermTable } from './searchTable';

// Copied once: an imported binding may be read through a getter per use (per word, here).
const [PARAGRAPH_LINES, SHORTEST_TERM, COUNTED, LOWER] = [CHUNK_LINES, MIN_TERM, TF_CAP, ASCII_WORD];

/** What the search keeps of one document's text, and what it hands MiniSearch. */
export interface ScannedText {
  /** Per chunk: its first line, whether it is a heading, and its word hashes `hashes[starts[i]..starts[i+1])`. */
  readonly lines: Uint32Array;
  readonly headings: Uint8Array;
  readonly starts: Uint32Array;
  readonly hashes: Uint32Array;
  /** The words of the heading chunks, each distinct one up to TF_CAP times, in order of first use. */
  readonly headingTerms: string[];
  /** The same for every other chunk. */
  readonly textTerms: string[];
}

/** The term table holds at most this many words; past it, it starts again before the next document. */
const MAX_TABLE_TERMS = 1 << 20;
const HASH = 0x811c9dc5;
const PRIME = 0x01000193;
const [TAB, CR, SPACE, HASH_SIGN, PLUS, STAR, HYPHEN, DOT, CLOSE_PAREN, APOSTROPHE, RIGHT_QUOTE] = [9, 13, 32, 35, 43, 42, 45, 46, 41, 0x27, 0x2019];
const MAX_HEADING_INDENT = 3;
const MAX_HEADING_LEVEL = 6;
const MAX_ORDINAL_DIGITS = 9;
/** A letter or digit beyond ASCII, tested at one position (sticky). */
const WIDE_WORD_CHAR = /[\p{L}\p{N}]/uy;
/** JavaScript's white space beyond ASCII (what `trim` and `\s` take off), at one position. */
const WIDE_SPACE = /\s/y;

/** The length (1 or 2 code units) of the letter or digit at `i` before `end`, 0 when there is none. */
function wordCharAt(text: string, i: number, end: number): number {
  if (i >= end) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  // A high surrogate whose pair lies past the cut is a lone surrogate there: no letter.
  if (c >= 0xd800 && c <= 0xdbff && i + 1 >= end) return 0;
  WIDE_WORD_CHAR.lastIndex = i;
  return WIDE_WORD_CHAR.test(text) ? WIDE_WORD_CHAR.lastIndex - i : 0;
}

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === SPACE || (c >= TAB && c <= CR);
  WIDE_SPACE.lastIndex = i;
  return WIDE_SPACE.test(text);
}

/** Whether the line `text[from..end)` is an ATX heading (up to 3 spaces, 1–6 `#`, then a blank or its end). */
function isHeading(text: string, from: number, end: number): boolean {
  let i = from;
  while (i < end && i - from < MAX_HEADING_INDENT && text.charCodeAt(i) === SPACE) i++;
  const hashes = i;
  while (i < end && text.charCodeAt(i) === HASH_SIGN) i++;
  if (i === hashes || i - hashes > MAX_HEADING_LEVEL) return false;
  if (i === end) return true;
  const c = text.charCodeAt(i);
  return c === SPACE || c === TAB;
}

/** Whether the line starts a list item at `first`, its first character after white space. */
function isListItem(text: string, first: number, end: number): boolean {
  const c = text.charCodeAt(first);
  let i = first + 1;
  if (c !== HYPHEN && c !== STAR && c !== PLUS) {
    if (!(c >= 48 && c <= 57)) return false;
    while (i < end && i - first < MAX_ORDINAL_DIGITS && isDigit(text.charCodeAt(i))) i++;
    const close = text.charCodeAt(i);
    if (i >= end || (close !== DOT && close !== CLOSE_PAREN)) return false;
    i++;
  }
  if (i >= end) return false;
  const after = text.charCodeAt(i);
  return after === SPACE || after === TAB;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const table = new TermTable();
const hashBuffer = new Numbers();
const lineBuffer = new Numbers();
const startBuffer = new Numbers();
const headingFlags: number[] = [];
/** Numbers every chunk ever opened, so a word's last chunk needs no clearing between documents. */
let chunkSerial = 0;
/** The document being scanned: the chunk words go into, whether it is a heading, each field's words in order of first use. */
let serial = -1;
let inHeading = false;
let headingOrder: number[] = [];
let textOrder: number[] = [];

/** Starts a chunk at `line`. */
function begin(line: number, heading: boolean): void {
  lineBuffer.push(line);
  startBuffer.push(hashBuffer.length);
  headingFlags.push(heading ? 1 : 0);
  serial = chunkSerial++;
  inHeading = heading;
}

/** Drops the chunk begun last when it has no word (a paragraph of stop words or punctuation). */
function dropEmpty(): void {
  if (hashBuffer.length !== (startBuffer.data[startBuffer.length - 1] ?? 0)) return;
  lineBuffer.length -= 1;
  startBuffer.length -= 1;
  headingFlags.length -= 1;
}

/** Puts word `id` into the current chunk and counts it for its field. */
function add(id: number): void {
  if (table.stop[id] === 1) return;
  // The table may grow while a document is read: its arrays are looked up each time.
  if (table.chunk[id] !== serial) {
    table.chunk[id] = serial;
    hashBuffer.push(table.hashes[id] ?? 0);
  }
  const counts = inHeading ? table.headingCount : table.textCount;
  const n = counts[id] ?? 0;
  if (n === 0) (inHeading ? headingOrder : textOrder).push(id);
  if (n < COUNTED) counts[id] = n + 1;
}

/**
 * Scans `text` from line `bodyLine` (at offset `bodyOffset`: after the front matter) into chunks
 * and per-field counts. A line over `maxLine` characters is read up to there and reported. A
 * document without a heading gets `title` as a heading chunk at its first body line.
 */
export function scanText(text: string, bodyOffset: number, bodyLine: number, title: readonly string[], maxLine: number, onLongLine?: (line: number, length: number) => void): ScannedText {
  if (table.size > MAX_TABLE_TERMS) table.reset();
  if (chunkSerial > 0x3fffffff) {
    table.chunk.fill(-1);
    chunkSerial = 0;
  }
  hashBuffer.length = 0;
  lineBuffer.length = 0;
  startBuffer.length = 0;
  headingFlags.length = 0;
  headingOrder = [];
  textOrder = [];
  // Whether a paragraph chunk is being filled, and its lines so far.
  let open = false;
  let openLines = 0;
  let anyHeading = false;
  let line = bodyLine;
  for (let pos = bodyOffset; pos <= text.length; line++) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = text.length;
    let end = lineEnd;
    if (end - pos > maxLine) {
      onLongLine?.(line, end - pos);
      end = pos + maxLine;
    }
    let first = pos;
    while (first < end && isSpace(text, first)) first++;
    if (first === end || isHeading(text, pos, end)) {
      if (open) dropEmpty();
      open = false;
      if (first < end) {
        begin(line, true);
        anyHeading = true;
        words(text, pos, end);
      }
    } else {
      if (open && (openLines >= PARAGRAPH_LINES || isListItem(text, first, end))) {
        dropEmpty();
        open = false;
      }
      if (!open) {
        begin(line, false);
        open = true;
        openLines = 0;
      }
      openLines++;
      words(text, pos, end);
    }
    pos = lineEnd + 1;
  }
  if (open) dropEmpty();
  if (!anyHeading) {
    // The title's words lead, as a heading chunk on the first body line.
    begin(bodyLine, true);
    for (const t of title) add(table.word(t));
    rotateLast();
  }
  startBuffer.push(hashBuffer.length);
  return {
    lines: lineBuffer.copy(),
    headings: Uint8Array.from(headingFlags),
    starts: startBuffer.copy(),
    hashes: hashBuffer.copy(),
    headingTerms: repeated(headingOrder, table.headingCount, table.terms),
    textTerms: repeated(textOrder, table.textCount, table.terms),
  };
}

/** Moves the chunk begun last (with its hashes) to the front. */
function rotateLast(): void {
  const last = lineBuffer.length - 1;
  const from = startBuffer.data[last] ?? 0;
  const own = hashBuffer.data.slice(from, hashBuffer.length);
  hashBuffer.data.copyWithin(own.length, 0, from);
  hashBuffer.data.set(own, 0);
  const line = lineBuffer.data[last] ?? 0;
  lineBuffer.data.copyWithin(1, 0, last);
  lineBuffer.data[0] = line;
  for (let i = last; i > 0; i--) startBuffer.data[i] = (startBuffer.data[i - 1] ?? 0) + own.length;
  startBuffer.data[0] = 0;
  headingFlags.pop();
  headingFlags.unshift(1);
}

/** Each word of `order` as often as it was counted (then the counts are cleared for the next document). */
function repeated(order: readonly number[], counts: Uint8Array, terms: readonly string[]): string[] {
  const out: string[] = [];
  for (const id of order) {
    const t = terms[id] ?? '';
    for (let k = counts[id] ?? 0; k > 0; k--) out.push(t);
    counts[id] = 0;
  }
  return out;
}

/** Adds each word of `text[from..end)`, as `tokenize` reads them, to the current chunk. */
function words(text: string, from: number, end: number): void {
  let i = from;
  while (i < end) {
    let c = text.charCodeAt(i);
    if (c < 128 && LOWER[c] === 0) {
      i++;
      continue;
    }
    // The common case: a run of ASCII letters and digits, hashed in lower case as it is read.
    let h = HASH | 0;
    const start = i;
    let wide = false;
    for (;;) {
      if (c < 128) {
        const lower = LOWER[c] ?? 0;
        if (lower === 0) break;
        h = Math.imul(h ^ lower, PRIME);
        i++;
      } else {
        const n = wordCharAt(text, i, end);
        if (n === 0) break;
        wide = true;
        i += n;
      }
      if (i >= end) break;
      c = text.charCodeAt(i);
      // Inner joiners: the word goes on after ' ’ - only when a letter or digit follows.
      if ((c === APOSTROPHE || c === RIGHT_QUOTE || c === HYPHEN) && wordCharAt(text, i + 1, end) > 0) {
        if (c === RIGHT_QUOTE) wide = true;
        else h = Math.imul(h ^ c, PRIME);
        i++;
        c = text.charCodeAt(i);
      }
    }
    if (i === start) {
      i++; // a character beyond ASCII that is no letter or digit
      continue;
    }
    if (!wide) {
      if (i - start >= SHORTEST_TERM) add(table.ascii(text, start, i, h >>> 0));
      continue;
    }
    const t = searchTerm(text.slice(start, i));
    if (t !== null) add(table.word(t));
  }
}
