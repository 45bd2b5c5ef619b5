// The action index: every document's items, linked into actions, kept current one document at a
// time. Linking is per key (see linking.ts), so an update relinks only the keys the old and new
// versions of the document hold, plus the carried keys of the retrospective after it when the
// order of retrospectives changed. Keys are relinked when actions are next asked for, not on each
// set: a first index of n documents links each key once, not once per document that holds it.

import { canonicalUri, resolveLink } from './links';
import { compareDocs, isOverdue, linkKey, type KeyedItem, type LinkContext } from './linking';
import type { ActionRecord, DocumentSink, ItemOccurrence, MemoryDocument } from './model';

/**
 * The items of one key as pairs in one array, `[doc, item, doc, item, …]`, of exactly its length:
 * one small array per action instead of an object per item (the index keeps ≤ 25% of the text).
 */
type KeyItems = readonly (MemoryDocument | ItemOccurrence)[];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Copies of one action (the same key) mostly say the same: `item` keeps `other`'s strings where
 * they are equal, so the memory holds one text per action rather than one per copy.
 */
function shareStrings(item: ItemOccurrence, other: ItemOccurrence): void {
  const shared: Mutable<ItemOccurrence> = item;
  shared.key = other.key;
  if (item.text === other.text) shared.text = other.text;
  if (item.link !== undefined && item.link === other.link) shared.link = other.link;
  if (item.owner !== undefined && item.owner === other.owner) shared.owner = other.owner;
  if (item.due !== undefined && item.due === other.due) shared.due = other.due;
}

/** Every action of the memory, linked across documents; fed as a {@link DocumentSink}. */
export class ActionIndex implements DocumentSink {
  private readonly docs = new Map<string, MemoryDocument>();
  /** Canonical URIs that differ from the document's own (most do not: they are kept only here). */
  private readonly canonicals = new Map<string, string>();
  private readonly byCanonical = new Map<string, MemoryDocument>();
  /** Retrospectives in date order. */
  private readonly retros: MemoryDocument[] = [];
  private readonly itemsByKey = new Map<string, KeyItems>();
  /** A key's actions: most keys are one action, kept without an array. */
  private readonly actionsByKey = new Map<string, ActionRecord | readonly ActionRecord[]>();
  /** Keys whose items changed since they were last linked. */
  private readonly stale = new Set<string>();
  private flat: ActionRecord[] | undefined;
  private day: string;
  private readonly context: LinkContext;

  /** `today` gives the local date (YYYY-MM-DD) that decides what is overdue. */
  constructor(private readonly today: () => string) {
    this.day = today();
    const day = (): string => this.day;
    this.context = {
      resolve: (doc, link) => resolveLink(doc.uri, link),
      canonical: (doc) => this.canonicalOf(doc),
      previousRetro: (doc) => {
        const previous = this.retros[this.retroPosition(doc) - 1];
        return previous && this.canonicalOf(previous);
      },
      get today() { return day(); },
    };
  }

  set(doc: MemoryDocument): void {
    const affected = new Set<string>();
    this.remove(doc.uri, affected);
    this.docs.set(doc.uri, doc);
    const canonical = canonicalUri(doc.uri);
    if (canonical !== doc.uri) {
      this.canonicals.set(doc.uri, canonical);
      this.byCanonical.set(canonical, doc);
    }
    const added = new Map<string, (MemoryDocument | ItemOccurrence)[]>();
    for (const item of doc.items) {
      const pairs = added.get(item.key);
      if (pairs) pairs.push(doc, item);
      else added.set(item.key, [doc, item]);
    }
    for (const [key, pairs] of added) {
      affected.add(key);
      const list = this.itemsByKey.get(key);
      const latest = (list?.[list.length - 1] ?? pairs[1]) as ItemOccurrence; // a copy's link is the latest copy's
      for (let i = 1; i < pairs.length; i += 2) shareStrings(pairs[i] as ItemOccurrence, latest);
      // concat: one exact-length copy per document and key (a push leaves spare room)
      this.itemsByKey.set(key, (list ?? []).concat(pairs));
    }
    if (doc.kind === 'retrospective') {
      const at = this.retroPosition(doc);
      this.retros.splice(at, 0, doc);
      this.addCarriedKeys(this.retros[at + 1], affected);
    }
    this.relink(affected);
  }

  delete(uri: string): void {
    const affected = new Set<string>();
    this.remove(uri, affected);
    this.relink(affected);
  }

  clear(): void {
    this.docs.clear();
    this.canonicals.clear();
    this.byCanonical.clear();
    this.retros.length = 0;
    this.itemsByKey.clear();
    this.actionsByKey.clear();
    this.stale.clear();
    this.flat = undefined;
  }

  /** Every action, whatever its status. */
  actions(): readonly ActionRecord[] {
    this.link();
    this.refreshDay();
    this.flat ??= [...this.actionsByKey.values()].flat();
    return this.flat;
  }

  /** The documents indexed, in no particular order. */
  documents(): MemoryDocument[] {
    return [...this.docs.values()];
  }

  /** The document at `uri` (`Uri.toString()`), if indexed. */
  document(uri: string): MemoryDocument | undefined {
    return this.docs.get(uri);
  }

  /** The document a link written in `from` points at, if indexed. */
  resolve(from: MemoryDocument, link: string): MemoryDocument | undefined {
    const target = resolveLink(from.uri, link);
    return target === undefined ? undefined : this.atCanonical(target);
  }

  private canonicalOf(doc: MemoryDocument): string {
    return this.canonicals.get(doc.uri) ?? doc.uri;
  }

  /** The document whose canonical URI is `canonical`: one that says so, else the one at that URI. */
  private atCanonical(canonical: string): MemoryDocument | undefined {
    const known = this.byCanonical.get(canonical);
    if (known) return known;
    const doc = this.docs.get(canonical);
    return doc && this.canonicalOf(doc) === canonical ? doc : undefined;
  }

  private remove(uri: string, affected: Set<string>): void {
    const old = this.docs.get(uri);
    if (!old) return;
    this.docs.delete(uri);
    const canonical = this.canonicals.get(uri);
    if (canonical !== undefined) {
      this.canonicals.delete(uri);
      if (this.byCanonical.get(canonical) === old) this.byCanonical.delete(canonical);
    }
    for (const key of new Set(old.items.map((i) => i.key))) {
      affected.add(key);
      const list = this.itemsByKey.get(key) ?? [];
      const kept: (MemoryDocument | ItemOccurrence)[] = [];
      for (let i = 0; i < list.length; i += 2) if (list[i] !== old) kept.push(list[i] as MemoryDocument, list[i + 1] as ItemOccurrence);
      if (kept.length > 0) this.itemsByKey.set(key, kept.slice());
      else this.itemsByKey.delete(key);
    }
    if (old.kind === 'retrospective') {
      const at = this.retros.indexOf(old, Math.max(0, this.retroPosition(old) - 1));
      if (at >= 0) {
        this.retros.splice(at, 1);
        this.addCarriedKeys(this.retros[at], affected);
      }
    }
  }

  private addCarriedKeys(doc: MemoryDocument | undefined, into: Set<string>): void {
    for (const item of doc?.items ?? []) if (item.carried > 0) into.add(item.key);
  }

  /** Index of the first retrospective at or after `doc` in date order (binary search). */
  private retroPosition(doc: MemoryDocument): number {
    let [low, high] = [0, this.retros.length];
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compareDocs(this.retros[mid] as MemoryDocument, doc) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private relink(keys: Iterable<string>): void {
    for (const key of keys) this.stale.add(key);
    if (this.stale.size > 0) this.flat = undefined;
  }

  /** Links every key whose items changed since it was last linked (actions() does it first). */
  link(): void {
    for (const key of this.stale) {
      const list = this.itemsByKey.get(key);
      if (!list) {
        this.actionsByKey.delete(key);
        continue;
      }
      const items: KeyedItem[] = [];
      for (let i = 0; i < list.length; i += 2) items.push({ doc: list[i] as MemoryDocument, item: list[i + 1] as ItemOccurrence });
      const actions = linkKey(items, this.context);
      this.actionsByKey.set(key, actions.length === 1 ? (actions[0] as ActionRecord) : actions);
    }
    this.stale.clear();
  }

  /** After midnight, what is overdue changes: recomputed once per day. */
  private refreshDay(): void {
    const today = this.today();
    if (today === this.day) return;
    this.day = today;
    const renewed = (r: ActionRecord): ActionRecord => ({ ...r, overdue: isOverdue(r.status, r.due, today) });
    for (const [key, records] of this.actionsByKey) {
      this.actionsByKey.set(key, Array.isArray(records) ? records.map(renewed) : renewed(records as ActionRecord));
    }
    this.flat = undefined;
  }
}
