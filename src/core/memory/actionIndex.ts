// The action index: every document's items, linked into actions, kept current one document at a
// time. Linking is per key (see linking.ts), so an update relinks only the keys the old and new
// versions of the document hold, plus the carried keys of the retrospective after it when the
// order of retrospectives changed.

import { canonicalUri, resolveLink } from './links';
import { compareDocs, isOverdue, linkKey, type KeyedItem, type LinkContext } from './linking';
import type { ActionRecord, DocumentSink, MemoryDocument } from './model';

interface Entry {
  readonly doc: MemoryDocument;
  readonly canonical: string;
}

/** Every action of the memory, linked across documents; fed as a {@link DocumentSink}. */
export class ActionIndex implements DocumentSink {
  private readonly docs = new Map<string, Entry>();
  private readonly byCanonical = new Map<string, Entry>();
  /** Retrospectives in date order. */
  private readonly retros: Entry[] = [];
  private readonly itemsByKey = new Map<string, KeyedItem[]>();
  private readonly actionsByKey = new Map<string, ActionRecord[]>();
  private flat: ActionRecord[] | undefined;
  private day: string;

  /** `today` gives the local date (YYYY-MM-DD) that decides what is overdue. */
  constructor(private readonly today: () => string) {
    this.day = today();
  }

  set(doc: MemoryDocument): void {
    const affected = new Set<string>();
    this.remove(doc.uri, affected);
    const entry: Entry = { doc, canonical: canonicalUri(doc.uri) };
    this.docs.set(doc.uri, entry);
    this.byCanonical.set(entry.canonical, entry);
    for (const item of doc.items) {
      affected.add(item.key);
      const list = this.itemsByKey.get(item.key);
      if (list) list.push({ doc, item });
      else this.itemsByKey.set(item.key, [{ doc, item }]);
    }
    if (doc.kind === 'retrospective') {
      const at = this.retroPosition(doc);
      this.retros.splice(at, 0, entry);
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
    this.byCanonical.clear();
    this.retros.length = 0;
    this.itemsByKey.clear();
    this.actionsByKey.clear();
    this.flat = undefined;
  }

  /** Every action, whatever its status. */
  actions(): readonly ActionRecord[] {
    this.refreshDay();
    this.flat ??= [...this.actionsByKey.values()].flat();
    return this.flat;
  }

  /** The documents indexed, in no particular order. */
  documents(): MemoryDocument[] {
    return [...this.docs.values()].map((e) => e.doc);
  }

  /** The document at `uri` (`Uri.toString()`), if indexed. */
  document(uri: string): MemoryDocument | undefined {
    return this.docs.get(uri)?.doc;
  }

  /** The document a link written in `from` points at, if indexed. */
  resolve(from: MemoryDocument, link: string): MemoryDocument | undefined {
    const target = resolveLink(from.uri, link);
    return target === undefined ? undefined : this.byCanonical.get(target)?.doc;
  }

  private remove(uri: string, affected: Set<string>): void {
    const old = this.docs.get(uri);
    if (!old) return;
    this.docs.delete(uri);
    if (this.byCanonical.get(old.canonical) === old) this.byCanonical.delete(old.canonical);
    for (const key of new Set(old.doc.items.map((i) => i.key))) {
      affected.add(key);
      const kept = this.itemsByKey.get(key)?.filter((k) => k.doc !== old.doc) ?? [];
      if (kept.length > 0) this.itemsByKey.set(key, kept);
      else this.itemsByKey.delete(key);
    }
    if (old.doc.kind === 'retrospective') {
      const at = this.retros.indexOf(old, Math.max(0, this.retroPosition(old.doc) - 1));
      if (at >= 0) {
        this.retros.splice(at, 1);
        this.addCarriedKeys(this.retros[at], affected);
      }
    }
  }

  private addCarriedKeys(entry: Entry | undefined, into: Set<string>): void {
    for (const item of entry?.doc.items ?? []) if (item.carried > 0) into.add(item.key);
  }

  /** Index of the first retrospective at or after `doc` in date order (binary search). */
  private retroPosition(doc: MemoryDocument): number {
    let [low, high] = [0, this.retros.length];
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compareDocs((this.retros[mid] as Entry).doc, doc) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private previousRetro(doc: MemoryDocument): Entry | undefined {
    return this.retros[this.retroPosition(doc) - 1];
  }

  private relink(keys: Iterable<string>): void {
    const context: LinkContext = {
      resolve: (doc, link) => resolveLink(doc.uri, link),
      canonical: (doc) => this.docs.get(doc.uri)?.canonical ?? canonicalUri(doc.uri),
      previousRetro: (doc) => this.previousRetro(doc)?.canonical,
      today: this.day,
    };
    for (const key of keys) {
      const items = this.itemsByKey.get(key);
      if (items) this.actionsByKey.set(key, linkKey(items, context));
      else this.actionsByKey.delete(key);
    }
    this.flat = undefined;
  }

  /** After midnight, what is overdue changes: recomputed once per day. */
  private refreshDay(): void {
    const today = this.today();
    if (today === this.day) return;
    this.day = today;
    for (const [key, records] of this.actionsByKey) {
      this.actionsByKey.set(key, records.map((r) => ({ ...r, overdue: isOverdue(r.status, r.due, today) })));
    }
    this.flat = undefined;
  }
}
