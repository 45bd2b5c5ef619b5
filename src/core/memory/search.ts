// Full-text search over every learning document, on MiniSearch (runs in the web worker too).
// MiniSearch ranks whole documents (title, headings, text; BM25). To name the matching line
// without keeping the text, each document also keeps, per chunk (a heading, a list item, a few
// lines of a paragraph), the 32-bit hashes of its distinct words: the hit's line is the chunk
// holding most of the matched words. Both come from one pass over the text (searchScan.ts).
// Fed by the memory service like every other DocumentSink.

import MiniSearch, { type SearchResult as MiniResult } from 'minisearch';
import type { DocumentKind, DocumentSink, MemoryDocument } from './model';
import { findFrontMatter } from '../markdown/frontMatter';
import { hashTerm, tokenize } from './searchText';
import { scanText, type ScannedText } from './searchScan';

export { searchTerm, TF_CAP } from './searchText';

/** One hit: the document, its best-matching line (0-based), its title and the score it ranks by. */
export interface SearchResult {
  readonly uri: string;
  readonly line: number;
  readonly title: string;
  readonly score: number;
}

/** What the search keeps of a document besides its words. */
export interface SearchedDocument {
  readonly title: string;
  readonly date: string;
  readonly kind: DocumentKind;
}

/** Results when the caller names no limit. */
export const DEFAULT_LIMIT = 20;
/** A query longer than this is cut: nobody types more, and each word costs a lookup. */
export const MAX_QUERY_CHARS = 200;
/** Characters of one line that are indexed; the rest of a longer line is not searchable (reported). */
export const MAX_LINE_CHARS = 10_000;
/** A query word this long also finds the words it begins (when it is the last: being typed). */
const PREFIX_MIN = 4;
/** A query word this long also finds words that far off (MiniSearch: a share of its length, rounded). */
const FUZZY_MIN = 6;
const FUZZY = 0.2;
/** Discarded documents that start a vacuum of the search index: at least this many… */
const VACUUM_MIN_DIRT = 64;
/** …and at least this share of the indexed documents. */
const VACUUM_DIRT_SHARE = 0.25;
/** How much more a word weighs in the title and in a heading than in the text. */
const BOOST = { title: 3, headings: 2, text: 1 } as const;

/** A document's chunks (see ScannedText) and what the quick pick shows of it. */
interface Entry extends SearchedDocument, Pick<ScannedText, 'lines' | 'headings' | 'starts' | 'hashes'> {
  readonly id: number;
}

/** What MiniSearch indexes per document: words already tokenized and normalised. */
interface Indexed {
  readonly id: number;
  readonly title: readonly string[];
  readonly headings: readonly string[];
  readonly text: readonly string[];
}

/** The memory's search index: a DocumentSink with a ranked `search`. */
export class SearchIndex implements DocumentSink {
  private mini = SearchIndex.create();
  private readonly docs = new Map<string, Entry>();
  private readonly uris = new Map<number, string>();
  private nextId = 0;

  /** `onLongLine` hears of each line cut at MAX_LINE_CHARS, once per document read. */
  constructor(private readonly onLongLine?: (uri: string, line: number, length: number) => void) {}

  private static create(): MiniSearch<Indexed> {
    return new MiniSearch<Indexed>({
      fields: ['title', 'headings', 'text'],
      storeFields: [],
      // Indexed fields arrive as lists of normalised words (see `set`): handed through as they are,
      // not joined into a string for MiniSearch to split again.
      stringifyField: (words: readonly string[]) => words as unknown as string,
      tokenize: (words) => words as unknown as string[],
      processTerm: (term) => term,
      searchOptions: { tokenize, processTerm: (term) => term },
      // No timers in the extension host: `remove` cleans up discarded documents itself.
      autoVacuum: false,
    });
  }

  set(doc: MemoryDocument, text: string): void {
    this.remove(doc.uri);
    const id = this.nextId++;
    const front = findFrontMatter(text);
    const titleTerms = tokenize(doc.title);
    // A document without a heading is still found by its title (from its file name) at its first line.
    const scanned = scanText(text, front?.bodyOffset ?? 0, front?.bodyLine ?? 0, titleTerms, MAX_LINE_CHARS, (line, length) => this.onLongLine?.(doc.uri, line, length));
    this.mini.add({ id, title: titleTerms, headings: scanned.headingTerms, text: scanned.textTerms });
    const { lines, headings, starts, hashes } = scanned;
    this.docs.set(doc.uri, { id, title: doc.title, date: doc.date, kind: doc.kind, lines, headings, starts, hashes });
    this.uris.set(id, doc.uri);
  }

  delete(uri: string): void {
    this.remove(uri);
  }

  clear(): void {
    this.mini = SearchIndex.create();
    this.docs.clear();
    this.uris.clear();
  }

  /** How many documents are indexed. */
  get size(): number {
    return this.docs.size;
  }

  /** What the index knows of a document (title, date, kind). */
  document(uri: string): SearchedDocument | undefined {
    return this.docs.get(uri);
  }

  /** The best `limit` documents for `query`, each at its best-matching line, best first. */
  search(query: string, limit: number = DEFAULT_LIMIT): SearchResult[] {
    const q = query.slice(0, MAX_QUERY_CHARS).trim();
    if (q === '' || !(limit > 0)) return [];
    // Every word must match; only when no document has them all does any one do.
    let hits = this.best(q, 'AND', limit);
    if (hits.length === 0) hits = this.best(q, 'OR', limit);
    const queryTerms = tokenize(q);
    const results: SearchResult[] = [];
    for (const hit of hits) {
      const uri = this.uris.get(hit.id as number);
      const entry = uri === undefined ? undefined : this.docs.get(uri);
      if (!uri || !entry) continue;
      results.push({ uri, line: bestLine(entry, groupByQueryTerm(queryTerms, hit.terms)), title: entry.title, score: hit.score });
      if (results.length >= limit) break;
    }
    return results;
  }

  /**
   * MiniSearch's hits for `q`, the best `limit` only: the rest are turned away by the filter as
   * they are made (no list of every match, no sort of it). A word being typed (the last, of four
   * letters or more) also finds the longer words it begins; a word of six letters or more also
   * finds words one letter off.
   */
  private best(q: string, combineWith: 'AND' | 'OR', limit: number): MiniResult[] {
    const top = new TopResults(limit);
    this.mini.search(q, {
      boost: BOOST,
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= PREFIX_MIN,
      fuzzy: (term) => (term.length >= FUZZY_MIN ? FUZZY : false),
      combineWith,
      filter: (hit) => top.offer(hit),
    });
    return top.sorted();
  }

  private remove(uri: string): void {
    const entry = this.docs.get(uri);
    if (!entry) return;
    this.mini.discard(entry.id);
    this.uris.delete(entry.id);
    this.docs.delete(uri);
    // A discarded document's words stay in MiniSearch's tree until a vacuum: every edit re-reads its
    // document, so without one the index grows with each edit. One sweep (no batches, so no timer:
    // it runs now) once the discarded are a share of the indexed: amortized constant per edit.
    if (!this.mini.isVacuuming && this.mini.dirtCount >= Math.max(VACUUM_MIN_DIRT, VACUUM_DIRT_SHARE * this.docs.size)) {
      void this.mini.vacuum({ batchSize: Number.POSITIVE_INFINITY });
    }
  }
}

/** Per query word, the hashes of the document's words it matched (itself, a word it begins, a near typo). */
function groupByQueryTerm(queryTerms: readonly string[], matched: readonly string[]): Map<number, { q: number; exact: boolean }> {
  const owner = new Map<number, { q: number; exact: boolean }>();
  for (const term of matched) {
    const exact = queryTerms.indexOf(term);
    const prefix = queryTerms.findIndex((w) => term.startsWith(w));
    owner.set(hashTerm(term), exact >= 0 ? { q: exact, exact: true } : { q: prefix >= 0 ? prefix : nearest(queryTerms, term), exact: false });
  }
  return owner;
}

/** The query word closest in length to a fuzzy match (its exact source is not reported). */
function nearest(queryTerms: readonly string[], term: string): number {
  let best = 0;
  queryTerms.forEach((w, i) => {
    if (Math.abs(w.length - term.length) < Math.abs((queryTerms[best]?.length ?? 0) - term.length)) best = i;
  });
  return best;
}

/**
 * The line of the chunk holding most of the query's words (a word typed in full counts more than
 * a word it begins); a heading, then the earliest, wins a tie.
 */
function bestLine(entry: Entry, owners: ReadonlyMap<number, { q: number; exact: boolean }>): number {
  let best = -1;
  let bestCount = 0;
  const seen = new Map<number, boolean>();
  for (let i = 0; i < entry.lines.length; i++) {
    seen.clear();
    for (let k = entry.starts[i] ?? 0; k < (entry.starts[i + 1] ?? 0); k++) {
      const o = owners.get(entry.hashes[k] ?? 0);
      if (o !== undefined) seen.set(o.q, (seen.get(o.q) ?? false) || o.exact);
    }
    let count = 0;
    for (const exact of seen.values()) count += exact ? 2 : 1;
    if (count > bestCount || (count === bestCount && count > 0 && entry.headings[i] === 1 && entry.headings[best] !== 1)) {
      best = i;
      bestCount = count;
    }
  }
  return best < 0 ? (entry.lines[0] ?? 0) : (entry.lines[best] ?? 0);
}

/**
 * The best `limit` hits, in MiniSearch's own order (score, then the order it found them in), kept
 * as hits arrive: a min-heap on that order, so a hit worse than all kept costs one comparison.
 */
class TopResults {
  private readonly heap: { hit: MiniResult; seq: number }[] = [];
  private seq = 0;

  constructor(private readonly limit: number) {}

  /** Takes `hit` if it is among the best so far; false, so MiniSearch keeps no list of its own. */
  offer(hit: MiniResult): boolean {
    const entry = { hit, seq: this.seq++ };
    const heap = this.heap;
    if (heap.length < this.limit) {
      heap.push(entry);
      this.up(heap.length - 1);
    } else if (heap[0] !== undefined && worse(heap[0], entry)) {
      heap[0] = entry;
      this.down(0);
    }
    return false;
  }

  sorted(): MiniResult[] {
    return [...this.heap].sort((a, b) => (worse(a, b) ? 1 : -1)).map((e) => e.hit);
  }

  private up(i: number): void {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const [p, c] = [heap[parent], heap[i]];
      if (!p || !c || !worse(c, p)) return;
      [heap[parent], heap[i]] = [c, p];
      i = parent;
    }
  }

  private down(i: number): void {
    const heap = this.heap;
    for (;;) {
      let least = i;
      for (const child of [2 * i + 1, 2 * i + 2]) {
        const [c, l] = [heap[child], heap[least]];
        if (c && l && worse(c, l)) least = child;
      }
      if (least === i) return;
      const [a, b] = [heap[i], heap[least]];
      if (!a || !b) return;
      [heap[i], heap[least]] = [b, a];
      i = least;
    }
  }
}

/** Whether `a` ranks below `b`: a lower score, or the same score found later. */
function worse(a: { hit: MiniResult; seq: number }, b: { hit: MiniResult; seq: number }): boolean {
  return a.hit.score < b.hit.score || (a.hit.score === b.hit.score && a.seq > b.seq);
}
