// "We talked about this before": the earlier documents that share glossary terms or tags with a
// document, most shared first. The CodeLens on a postmortem or lessons-learned document lists them.

import type { MemoryDocument } from '../memory/model';
import { themeKey } from './themes';
import { compareText } from './stats';

/** An earlier document and the terms and tags it shares with the one asked about. */
export interface Related {
  readonly document: MemoryDocument;
  /** As written in the document asked about. */
  readonly shared: readonly string[];
}

function namesOf(doc: MemoryDocument): Map<string, string> {
  const names = new Map<string, string>();
  const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);
  for (const n of [...list(doc.terms), ...list(doc.tags)]) {
    if (typeof n !== 'string') continue;
    const key = themeKey(n);
    if (key !== '' && !names.has(key)) names.set(key, n.trim());
  }
  return names;
}

/** Documents dated before `doc` that share a term or tag with it: most shared first, then newest first. */
export function relatedDocuments(doc: MemoryDocument, documents: readonly MemoryDocument[]): Related[] {
  const mine = namesOf(doc);
  if (mine.size === 0) return [];
  const related: Related[] = [];
  for (const other of documents) {
    if (other.uri === doc.uri || !(other.date < doc.date)) continue;
    const shared: string[] = [];
    for (const key of namesOf(other).keys()) {
      const name = mine.get(key);
      if (name !== undefined) shared.push(name);
    }
    if (shared.length > 0) related.push({ document: other, shared });
  }
  return related.sort((a, b) => b.shared.length - a.shared.length || compareText(b.document.date, a.document.date) || compareText(a.document.uri, b.document.uri));
}
