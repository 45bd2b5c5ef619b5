// The search scanner's term table: every distinct word it has seen, found by the hash of its
// characters without making a string of them, with per-word scratch counters for the document
// being scanned. Only the scanner (searchScan.ts) uses it.

import { STOP_WORDS, hashTerm } from './searchText';
import { detach } from './itemText';

/** Per ASCII code: 0 for no letter or digit, else the code in lower case. */
export const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = c;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = ASCII_WORD[c - 32] = c;

/** A growable array of 32-bit numbers. */
export class Numbers {
  data = new Uint32Array(1024);
  length = 0;
  push(n: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = n;
  }
  copy(from = 0): Uint32Array {
    return this.data.slice(from, this.length);
  }
}

/**
 * Every distinct word seen, by the hash of its text (open addressing), with per-word scratch
 * counters for the document being scanned. Ids are dense; only the scanner sees them.
 */
export class TermTable {
  terms: string[] = [];
  hashes = new Uint32Array(0);
  stop = new Uint8Array(0);
  /** Per word: its count in the heading chunks and in the others (up to TF_CAP), and the last chunk it was put in. */
  headingCount = new Uint8Array(0);
  textCount = new Uint8Array(0);
  chunk = new Int32Array(0);
  private slots = new Int32Array(0);

  constructor() {
    this.reset();
  }

  reset(): void {
    this.terms = [];
    this.grow(1 << 12);
    this.slots = new Int32Array(1 << 13).fill(-1);
    for (const w of STOP_WORDS) this.stop[this.insert(w, hashTerm(w))] = 1;
  }

  get size(): number {
    return this.terms.length;
  }

  /** The id of the ASCII word `text[from..to)` (compared in lower case), whose lower-case hash is `h`. */
  ascii(text: string, from: number, to: number, h: number): number {
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const id = this.slots[s] ?? -1;
      // A copy of its own: a slice of a long word would keep the whole document's text alive.
      if (id < 0) return this.insert(detach(text.slice(from, to).toLowerCase()), h);
      if (this.hashes[id] === h && sameLower(this.terms[id] ?? '', text, from, to)) return id;
    }
  }

  /** The id of a word already normalised. */
  word(term: string): number {
    const h = hashTerm(term);
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const id = this.slots[s] ?? -1;
      if (id < 0) return this.insert(term, h);
      if (this.hashes[id] === h && this.terms[id] === term) return id;
    }
  }

  private insert(term: string, h: number): number {
    const id = this.terms.length;
    if (id === this.hashes.length) this.grow(id * 2);
    this.terms.push(term);
    this.hashes[id] = h;
    this.chunk[id] = -1;
    // At most half full, so a probe ends soon.
    if (this.terms.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(id, h);
    return id;
  }

  private place(id: number, h: number): void {
    const mask = this.slots.length - 1;
    let s = h & mask;
    while ((this.slots[s] ?? -1) >= 0) s = (s + 1) & mask;
    this.slots[s] = id;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size).fill(-1);
    for (let id = 0; id < this.terms.length; id++) this.place(id, this.hashes[id] ?? 0);
  }

  private grow(size: number): void {
    const widen = <T extends Uint8Array | Uint32Array | Int32Array>(old: T, made: T): T => {
      made.set(old.subarray(0, Math.min(old.length, this.terms.length)));
      return made;
    };
    this.hashes = widen(this.hashes, new Uint32Array(size));
    this.stop = widen(this.stop, new Uint8Array(size));
    this.headingCount = widen(this.headingCount, new Uint8Array(size));
    this.textCount = widen(this.textCount, new Uint8Array(size));
    this.chunk = widen(this.chunk, new Int32Array(size).fill(-1));
  }
}

/** Whether `term` is `text[from..to)` (ASCII) in lower case. */
function sameLower(term: string, text: string, from: number, to: number): boolean {
  if (term.length !== to - from) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    // A joiner (' or -) is kept as it is; letters are compared in lower case.
    if ((ASCII_WORD[c] || c) !== term.charCodeAt(k - from)) return false;
  }
  return true;
}
