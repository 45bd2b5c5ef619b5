// The action index: every document's items, linked into actions, kept current one document at a
// time. Linking is per key (see linking.ts), so an update relinks only the keys the old and new
// versions of the document hold, plus the carried keys of the retrospective after it when the
// order of retrospectives changed. Keys are relinked when actions are next asked for, not on each
// set: a first index of n documents links each key once, not once per document that holds it.
// Memory (≤ 25% of the text): documents keep their items packed (keptDocument.ts); a key is an
// entry id, found through a table that keeps no key strings (keyTable.ts); the items of a key are
// a list threaded through the packed items themselves; the actions list is patched per key
// (actionList.ts), so reading it after an edit costs what the edit touched.

import { ActionList } from './actionList';
import { keyOf } from './itemText';
import { KeptDocument, NEXT_AT, NEXT_DOC, STRIDE, type SharedStrings } from './keptDocument';
import { hashKey, KeyTable, NamedTable } from './keyTable';
import { canonicalUri, resolveLink } from './links';
import { compareDocs, isOverdue, linkKey, type KeyedItem, type LinkContext } from './linking';
import { CarriedElsewhere } from './carriedElsewhere';
import type { ActionRecord, DocumentSink, MemoryDocument } from './model';

/** Every action of the memory, linked across documents; fed as a {@link DocumentSink}. */
export class ActionIndex implements DocumentSink {
  private readonly docs = new NamedTable<KeptDocument>((doc) => doc.uri);
  /** Canonical URIs that differ from the document's own (most do not: they are kept only here). */
  private readonly canonicals = new Map<string, string>();
  private readonly byCanonical = new Map<string, KeptDocument>();
  /** Retrospectives in date order. */
  private readonly retros: KeptDocument[] = [];
  /** Per entry id (one a key): the first item of its list, as document and item index; undefined for a free id. */
  private readonly heads: (KeptDocument | undefined)[] = [];
  private readonly headAts: number[] = [];
  private readonly free: number[] = [];
  /** An entry is a key's when its first item's text is the text looked up (the same key, no keyOf needed) or has that key. */
  private readonly keys = new KeyTable((id, key, text) => {
    const first = (this.heads[id] as KeptDocument).textAt(this.headAts[id] ?? 0);
    return first === text || keyOf(first) === key;
  });
  private readonly list = new ActionList();
  /** Entries whose items changed since they were last linked. */
  private readonly stale = new Set<number>();
  private readonly elsewhere = new CarriedElsewhere();
  private day: string;
  private readonly context: LinkContext;

  /** `today` gives the local date (YYYY-MM-DD) that decides what is overdue. */
  constructor(private readonly today: () => string) {
    this.day = today();
    const day = (): string => this.day;
    this.context = {
      resolve: (doc, link) => resolveLink(doc.uri, link, this.canonicalOf(doc)),
      canonical: (doc) => this.canonicalOf(doc),
      previousRetro: (doc) => {
        const previous = this.retros[this.retroPosition(doc) - 1];
        return previous && this.canonicalOf(previous);
      },
      get today() { return day(); },
    };
  }

  set(doc: MemoryDocument): void {
    // A retrospective read again with its date unchanged keeps its place in the date order: no
    // other retrospective's previous one changes, so it takes the old one's slot (no splice).
    const old = this.docs.get(doc.uri);
    const slot = old?.kind === 'retrospective' && doc.kind === 'retrospective' && old.date === doc.date ? this.retros.indexOf(old, this.retroPosition(old)) : -1;
    this.remove(doc.uri, this.stale, slot >= 0);
    // Each item's entry (-1: a key not indexed yet) and the strings it can share with its action's latest copy.
    // The reader's key is keyOf(text), as `entryAt` computes it again from the kept text.
    // Read once: on a document the index handed out, `items` builds every item afresh.
    const items = doc.items;
    const keys = items.map((item) => item.key);
    const hashes = keys.map(hashKey);
    const ids = keys.map((key, i) => this.keys.find(key, hashes[i] ?? 0, items[i]?.text));
    const firstAt = new Map<string, number>();
    const shareWith = keys.map((key, i): SharedStrings | number | undefined => {
      const id = ids[i] ?? -1;
      if (id >= 0) return (this.heads[id] as KeptDocument).stringsAt(this.headAts[id] ?? 0);
      const first = firstAt.get(key);
      if (first === undefined) firstAt.set(key, i);
      return first;
    });
    const kept = new KeptDocument(doc, shareWith, items);
    this.docs.set(kept);
    const canonical = canonicalUri(doc.uri);
    if (canonical !== doc.uri) {
      this.canonicals.set(doc.uri, canonical);
      this.byCanonical.set(canonical, kept);
    }
    for (let at = 0; at < keys.length; at++) {
      let id = ids[at] ?? -1;
      const first = firstAt.get(keys[at] as string);
      if (id < 0 && first !== undefined && first < at) id = ids[first] ?? -1; // made by an earlier item of this document
      if (id < 0) {
        id = this.free.pop() ?? this.heads.length;
        this.heads[id] = kept;
        this.headAts[id] = at;
        this.keys.add(id, hashes[at] ?? 0);
        ids[at] = id;
      } else {
        kept.packed[at * STRIDE + NEXT_DOC] = this.heads[id];
        kept.packed[at * STRIDE + NEXT_AT] = this.headAts[id];
        this.heads[id] = kept;
        this.headAts[id] = at;
      }
      this.stale.add(id);
    }
    if (slot >= 0) {
      this.retros[slot] = kept;
    } else if (kept.kind === 'retrospective') {
      const at = this.retroPosition(kept);
      this.retros.splice(at, 0, kept);
      this.addCarriedKeys(this.retros[at + 1], this.stale);
      this.elsewhere.retroChanged(kept);
    }
    this.elsewhere.add(kept);
  }

  delete(uri: string): void {
    this.remove(uri, this.stale);
  }

  clear(): void {
    this.docs.clear();
    this.canonicals.clear();
    this.byCanonical.clear();
    this.retros.length = 0;
    this.heads.length = 0;
    this.headAts.length = 0;
    this.free.length = 0;
    this.keys.clear();
    this.list.clear();
    this.stale.clear();
    this.elsewhere.clear();
  }

  /** Every action, whatever its status. */
  actions(): readonly ActionRecord[] {
    this.link();
    this.refreshDay();
    return this.list.all();
  }

  /** The documents indexed, in no particular order. */
  documents(): MemoryDocument[] {
    return this.docs.all();
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

  /** The entry id of item `at` of `doc` (which is indexed). */
  private entryAt(doc: KeptDocument, at: number): number {
    const text = doc.textAt(at);
    const key = keyOf(text);
    return this.keys.find(key, hashKey(key), text);
  }

  /** Takes out the document at `uri`; `keepRetroSlot`: its place in `retros` is about to be taken by its new version. */
  private remove(uri: string, affected: Set<number>, keepRetroSlot = false): void {
    const old = this.docs.get(uri);
    if (!old) return;
    this.docs.delete(uri);
    const canonical = this.canonicals.get(uri);
    if (canonical !== undefined) {
      this.canonicals.delete(uri);
      if (this.byCanonical.get(canonical) === old) this.byCanonical.delete(canonical);
    }
    // Its items leave their keys' lists when those keys are next linked (each list is walked
    // once then, however many of its documents went): deleting n copies of one action is O(n).
    old.markRemoved();
    for (let at = 0; at < old.itemCount; at++) {
      const id = this.entryAt(old, at);
      if (id >= 0) affected.add(id);
    }
    if (old.kind === 'retrospective' && !keepRetroSlot) {
      const at = this.retros.indexOf(old, Math.max(0, this.retroPosition(old) - 1));
      if (at >= 0) {
        this.retros.splice(at, 1);
        this.addCarriedKeys(this.retros[at], affected);
        this.elsewhere.retroChanged(old);
      }
    }
    this.elsewhere.remove(old);
  }

  /** Entry `id`'s items, taking removed documents' out of its list on the way; undefined for a free id. */
  private liveItems(id: number): KeyedItem[] | undefined {
    if (this.heads[id] === undefined) return undefined;
    const items: KeyedItem[] = [];
    let [prev, prevAt]: [KeptDocument | undefined, number] = [undefined, 0];
    let [node, at]: [KeptDocument | undefined, number] = [this.heads[id], this.headAts[id] ?? 0];
    while (node) {
      const base = at * STRIDE;
      const [next, nextAt]: [KeptDocument | undefined, number] = [node.packed[base + NEXT_DOC] as KeptDocument | undefined, node.packed[base + NEXT_AT] as number];
      if (!node.removed) {
        items.push({ doc: node, item: node.item(at) });
        [prev, prevAt] = [node, at];
      } else if (prev) {
        prev.packed[prevAt * STRIDE + NEXT_DOC] = next;
        prev.packed[prevAt * STRIDE + NEXT_AT] = nextAt;
      } else {
        this.heads[id] = next;
        this.headAts[id] = nextAt;
      }
      [node, at] = [next, nextAt];
    }
    return items;
  }

  /** Entry `id` holds no item any more: its key, id and records go. */
  private freeEntry(id: number): void {
    this.keys.delete(id);
    this.heads[id] = undefined;
    this.headAts[id] = 0;
    this.list.set(id, []);
    this.free.push(id);
  }

  private addCarriedKeys(doc: KeptDocument | undefined, into: Set<number>): void {
    if (!doc) return;
    for (let at = 0; at < doc.itemCount; at++) {
      if (doc.carriedAt(at) > 0) into.add(this.entryAt(doc, at));
    }
  }

  /** Index of the first retrospective at or after `doc` in date order (binary search). */
  private retroPosition(doc: MemoryDocument): number {
    let [low, high] = [0, this.retros.length];
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compareDocs(this.retros[mid] as KeptDocument, doc) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Links every key whose items changed since it was last linked (actions() does it first). */
  link(): void {
    for (const doc of this.elsewhere.takeAffected()) this.addCarriedKeys(doc, this.stale);
    for (const id of this.stale) {
      const items = this.liveItems(id);
      if (items === undefined) continue;
      if (items.length === 0) this.freeEntry(id);
      else this.list.set(id, linkKey(items, this.context));
    }
    this.stale.clear();
  }

  /** After midnight, what is overdue changes: recomputed once per day. */
  private refreshDay(): void {
    const today = this.today();
    if (today === this.day) return;
    this.day = today;
    this.list.renew((r) => {
      const overdue = isOverdue(r.status, r.due, today);
      return overdue === r.overdue ? r : { ...r, overdue };
    });
  }
}
