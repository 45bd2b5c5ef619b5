// The search index's first reader, kept as the reference the one-pass scanner (searchScan.ts) is
// held to: split into lines, cut into chunks by regular expressions, each chunk tokenized, the
// words counted per field and hashed per chunk. Slow, and plainly right.
import { CHUNK_LINES, TF_CAP, hashTerm, tokenize } from '../../../src/core/memory/searchText';

interface Chunk { readonly line: number; readonly heading: boolean; readonly terms: readonly string[] }

const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const CLOSING_HASHES = /[ \t]#+[ \t]*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])[ \t]/;

/** The chunks of `lines` from line `start` on; a line over `maxLine` characters is cut there and reported. */
function chunkLines(lines: readonly string[], start: number, maxLine: number, onLongLine?: (line: number, length: number) => void): Chunk[] {
  const chunks: Chunk[] = [];
  let open: { line: number; count: number; terms: string[] } | undefined;
  const flush = (): void => {
    if (open && open.terms.length > 0) chunks.push({ line: open.line, heading: false, terms: open.terms });
    open = undefined;
  };
  for (let n = start; n < lines.length; n++) {
    let line = lines[n] ?? '';
    if (line.length > maxLine) {
      onLongLine?.(n, line.length);
      line = line.slice(0, maxLine);
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (HEADING.test(line)) {
      flush();
      chunks.push({ line: n, heading: true, terms: tokenize(line.replace(HEADING, '').replace(CLOSING_HASHES, '')) });
      continue;
    }
    if (LIST_ITEM.test(line) || (open && open.count >= CHUNK_LINES)) flush();
    const terms = tokenize(line);
    if (open) {
      open.count += 1;
      for (const t of terms) open.terms.push(t);
    } else open = { line: n, count: 1, terms };
  }
  flush();
  return chunks;
}

function fieldTerms(chunks: readonly Chunk[], headings: boolean): string[] {
  const counts = new Map<string, number>();
  for (const c of chunks) {
    if (c.heading !== headings) continue;
    for (const t of c.terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const parts: string[] = [];
  for (const [t, n] of counts) for (let k = Math.min(n, TF_CAP); k > 0; k--) parts.push(t);
  return parts;
}

/** What the reference reads of `text` from `bodyLine`, in the scanner's shape (typed arrays as plain arrays). */
export function referenceScan(text: string, bodyLine: number, title: readonly string[], maxLine: number, onLongLine?: (line: number, length: number) => void): {
  lines: number[]; headings: number[]; starts: number[]; hashes: number[]; headingTerms: string[]; textTerms: string[];
} {
  const chunks = chunkLines(text.split('\n'), bodyLine, maxLine, onLongLine);
  if (!chunks.some((c) => c.heading)) chunks.unshift({ line: bodyLine, heading: true, terms: title });
  const starts: number[] = [];
  const hashes: number[] = [];
  for (const c of chunks) {
    starts.push(hashes.length);
    for (const h of new Set(c.terms.map(hashTerm))) hashes.push(h);
  }
  starts.push(hashes.length);
  return { lines: chunks.map((c) => c.line), headings: chunks.map((c) => (c.heading ? 1 : 0)), starts, hashes, headingTerms: fieldTerms(chunks, true), textTerms: fieldTerms(chunks, false) };
}
