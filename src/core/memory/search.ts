// Full-text search over every learning document, on MiniSearch (runs in the web worker too).
// A document is cut into small chunks (a heading, a list item, a few lines of a paragraph), each
// indexed with the line it starts on, so a hit names its line without the index keeping the text.
// Fed by the memory service like every other DocumentSink, so it stays current the same way.

import MiniSearch, { type SearchResult as MiniResult } from 'minisearch';
import type { DocumentKind, DocumentSink, MemoryDocument } from './model';
import { findFrontMatter } from '../markdown/frontMatter';

/** One hit: the document, its best-matching line (0-based), its title and the score it ranks by. */
export interface SearchResult {
  readonly uri: string;
  readonly line: number;
  readonly title: string;
  readonly score: number;
}

/** What the search keeps of a document besides its chunks. */
export interface SearchedDocument {
  readonly title: string;
  readonly date: string;
  readonly kind: DocumentKind;
}

/** Results when the caller names no limit. */
export const DEFAULT_LIMIT = 20;
/** A query longer than this is cut: nobody types more, and each word costs a lookup. */
export const MAX_QUERY_CHARS = 200;
/** Lines of a paragraph in one chunk: short enough that a hit's line is near its words. */
export const CHUNK_LINES = 4;
/** Characters of one line that are indexed; the rest of a longer line is not searchable (reported). */
export const MAX_LINE_CHARS = 10_000;
/** A heading's words weigh this much more than a paragraph's. */
const HEADING_BOOST = 2;
/** Words of one or two letters, and these, carry no meaning of their own. */
const STOP_WORDS = new Set(['the', 'and', 'for', 'was', 'are', 'but', 'not', 'with', 'this', 'that', 'from', 'have', 'has', 'had', 'were', 'our', 'its', 'into', 'then', 'than']);
const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])[ \t]/;

interface Chunk {
  readonly id: number;
  readonly heading: string;
  readonly text: string;
}

interface Entry extends SearchedDocument {
  readonly ids: readonly number[];
}

/** Lower case, no diacritics, no short or stop words: the same for indexing and for queries. */
export function searchTerm(term: string): string | null {
  const t = term.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return t.length < 3 || STOP_WORDS.has(t) ? null : t;
}

/** The memory's search index: a DocumentSink with a ranked `search`. */
export class SearchIndex implements DocumentSink {
  private mini = SearchIndex.create();
  private readonly docs = new Map<string, Entry>();
  /** Chunk id → its document's uri and first line (arrays: a Map per chunk would cost more). */
  private chunkUri: (string | undefined)[] = [];
  private chunkLine: number[] = [];

  /** `onLongLine` hears of each line cut at MAX_LINE_CHARS, once per document read. */
  constructor(private readonly onLongLine?: (uri: string, line: number, length: number) => void) {}

  private static create(): MiniSearch<Chunk> {
    return new MiniSearch<Chunk>({
      fields: ['heading', 'text'],
      storeFields: [],
      processTerm: searchTerm,
      // Discarded chunks are cleaned up on the next rebuild; no timers in the extension host.
      autoVacuum: false,
    });
  }

  set(doc: MemoryDocument, text: string): void {
    this.remove(doc.uri);
    const chunks = this.chunk(doc, text);
    this.mini.addAll(chunks);
    this.docs.set(doc.uri, { title: doc.title, date: doc.date, kind: doc.kind, ids: chunks.map((c) => c.id) });
  }

  delete(uri: string): void {
    this.remove(uri);
  }

  clear(): void {
    this.mini = SearchIndex.create();
    this.docs.clear();
    this.chunkUri = [];
    this.chunkLine = [];
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
    const hits: MiniResult[] = this.mini.search(q, {
      boost: { heading: HEADING_BOOST },
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      combineWith: 'OR',
    });
    const results: SearchResult[] = [];
    const seen = new Set<string>();
    // Hits come best first: a document's first hit is its best line.
    for (const hit of hits) {
      const id = hit.id as number;
      const uri = this.chunkUri[id];
      if (uri === undefined || seen.has(uri)) continue;
      seen.add(uri);
      results.push({ uri, line: this.chunkLine[id] ?? 0, title: this.docs.get(uri)?.title ?? uri, score: hit.score });
      if (results.length >= limit) break;
    }
    return results;
  }

  private remove(uri: string): void {
    const entry = this.docs.get(uri);
    if (!entry) return;
    this.mini.discardAll(entry.ids);
    for (const id of entry.ids) this.chunkUri[id] = undefined;
    this.docs.delete(uri);
  }

  private chunk(doc: MemoryDocument, text: string): Chunk[] {
    const chunks: Chunk[] = [];
    const add = (line: number, heading: string, body: string): void => {
      const id = this.chunkUri.length;
      this.chunkUri.push(doc.uri);
      this.chunkLine.push(line);
      chunks.push({ id, heading, text: body });
    };
    const lines = text.split('\n');
    let start = findFrontMatter(text)?.bodyLine ?? 0;
    if (start > lines.length) start = lines.length;
    let open: { line: number; parts: string[] } | undefined;
    const flush = (): void => {
      if (open) add(open.line, '', open.parts.join(' '));
      open = undefined;
    };
    let sawHeading = false;
    for (let n = start; n < lines.length; n++) {
      let line = lines[n] ?? '';
      if (line.length > MAX_LINE_CHARS) {
        this.onLongLine?.(doc.uri, n, line.length);
        line = line.slice(0, MAX_LINE_CHARS);
      }
      if (line.trim() === '') {
        flush();
        continue;
      }
      if (HEADING.test(line)) {
        flush();
        sawHeading = true;
        add(n, line.replace(HEADING, '').replace(/[ \t]#+[ \t]*$/, ''), '');
        continue;
      }
      if (LIST_ITEM.test(line) || (open && open.parts.length >= CHUNK_LINES)) flush();
      if (open) open.parts.push(line);
      else open = { line: n, parts: [line] };
    }
    flush();
    // A document without a heading is still found by its title (from its file name).
    if (!sawHeading) add(start, doc.title, '');
    return chunks;
  }
}
