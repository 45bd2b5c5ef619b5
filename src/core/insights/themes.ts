// Themes: glossary terms (from a document's body) and front-matter tags that come back in two or
// more documents. Names are compared without case or extra spacing; a document counts once.

import type { MemoryDocument } from '../memory/model';
import { THEME_MIN_DOCUMENTS, type MonthCount, type Theme } from './model';
import { compareText } from './stats';

interface Gathered {
  name: string;
  isTerm: boolean;
  readonly uris: string[];
  readonly dates: string[];
}

/** Memoised: the same few names come back in every document. */
const keyCache = new Map<string, string>();
const MAX_CACHED_KEYS = 10_000;

/** The key a theme name is compared by. */
export function themeKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    key = name.trim().replace(/\s+/g, ' ').toLowerCase();
    if (keyCache.size >= MAX_CACHED_KEYS) keyCache.clear();
    keyCache.set(name, key);
  }
  return key;
}

/** Documents in time order (date, then uri), so "first seen" and month counts read in order. */
export function byDate<T extends { readonly date: string; readonly uri: string }>(a: T, b: T): number {
  return compareText(a.date, b.date) || compareText(a.uri, b.uri);
}

/**
 * `documents` in time order (byDate). The index mostly holds them in that order already (or in a
 * few runs of it, one per folder): checked in one pass first, else sorted (a merge of runs).
 */
export function inTimeOrder<T extends { readonly date: string; readonly uri: string }>(documents: readonly T[]): T[] {
  for (let i = 1; i < documents.length; i++) {
    const [a, b] = [documents[i - 1] as T, documents[i] as T];
    if (a.date > b.date || (a.date === b.date && a.uri > b.uri)) return [...documents].sort(byDate);
  }
  return [...documents];
}

/** Per month, from dates in time order: a run of equal months is one count. */
function monthsOf(dates: readonly string[]): MonthCount[] {
  const months: { month: string; documents: number }[] = [];
  let current: { month: string; documents: number } | undefined;
  for (const d of dates) {
    if (current !== undefined && d.startsWith(current.month)) current.documents += 1;
    else months.push((current = { month: d.slice(0, 7), documents: 1 }));
  }
  return months;
}

/** Every theme of `documents` (in any order) seen in at least two of them, most documents first. */
export function computeThemes(documents: readonly MemoryDocument[]): Theme[] {
  return themesInOrder(inTimeOrder(documents));
}

/** computeThemes for documents already in time order (byDate). */
export function themesInOrder(sorted: readonly MemoryDocument[]): Theme[] {
  const gathered = new Map<string, Gathered>();
  const add = (doc: MemoryDocument, name: unknown, isTerm: boolean, seen: Set<string>): void => {
    if (typeof name !== 'string') return; // a hand-made document may hold anything: only strings are names
    const key = themeKey(name);
    if (key === '') return;
    let g = gathered.get(key);
    if (!g) {
      g = { name: name.trim(), isTerm, uris: [], dates: [] };
      gathered.set(key, g);
    }
    if (isTerm && !g.isTerm) {
      // A tag that is also a glossary term is that term: name it as the glossary does.
      g.isTerm = true;
      g.name = name.trim();
    }
    if (seen.has(key)) return;
    seen.add(key);
    g.uris.push(doc.uri);
    g.dates.push(doc.date);
  };
  const seen = new Set<string>();
  for (const doc of sorted) {
    seen.clear();
    for (const term of Array.isArray(doc.terms) ? doc.terms : []) add(doc, term, true, seen);
    for (const tag of Array.isArray(doc.tags) ? doc.tags : []) add(doc, tag, false, seen);
  }
  const themes: Theme[] = [];
  for (const g of gathered.values()) {
    if (g.uris.length < THEME_MIN_DOCUMENTS) continue;
    themes.push({
      name: g.name,
      kind: g.isTerm ? 'term' : 'tag',
      documents: g.uris.length,
      first: g.dates[0] ?? '',
      last: g.dates[g.dates.length - 1] ?? '',
      months: monthsOf(g.dates),
      uris: [...g.uris],
    });
  }
  return themes.sort((a, b) => b.documents - a.documents || compareText(themeKey(a.name), themeKey(b.name)));
}
