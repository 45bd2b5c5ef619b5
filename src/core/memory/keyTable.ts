// The action index's keys (an item's normalised text) to their entry ids, without keeping the
// key strings: an open-addressing table of entry ids by a 30-bit hash, each hit checked against
// the key the entry's own items give (`keyOfEntry`). A Map would keep every key (one more copy
// of every action's text) and ~50 bytes an entry; this keeps 4 bytes a slot and one hash an entry.
// `matches(id, key, hint)` says whether entry `id` is `key`'s; `hint` is what the caller holds
// besides the key (an item's text), so that a check can often skip building the entry's key.

/** Slots at first (a power of two). */
const INITIAL_SLOTS = 64;
/** Grow (or clean out deleted slots) beyond this share of slots in use. */
const MAX_LOAD = 0.7;
const EMPTY = 0;
const DELETED = -1;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Hashes are kept to 30 bits: a small integer on every engine. */
const HASH_SHIFT = 2;

/** The 30-bit FNV-1a hash of `key`. */
export function hashKey(key: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), FNV_PRIME);
  return hash >>> HASH_SHIFT;
}

/** Entry ids by key; `matches(id, key, hint)` says whether the entry `id` (in the table) is `key`'s. */
export class KeyTable {
  /** Entry id + 1 per slot; EMPTY or DELETED. */
  private slots = new Int32Array(INITIAL_SLOTS);
  /** Each entry's hash, by entry id. */
  private readonly hashes: number[] = [];
  /** Slots not EMPTY (entries and DELETED marks). */
  private filled = 0;

  constructor(private readonly matches: (id: number, key: string, hint: string | undefined) => boolean) {}

  /** The entry id of `key`, or -1. */
  find(key: string, hash: number, hint?: string): number {
    const mask = this.slots.length - 1;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const slot = this.slots[at] ?? EMPTY;
      if (slot === EMPTY) return -1;
      if (slot !== DELETED && this.hashes[slot - 1] === hash && this.matches(slot - 1, key, hint)) return slot - 1;
    }
  }

  /** Files entry `id` (not in the table yet) under `hash`. */
  add(id: number, hash: number): void {
    if ((this.filled + 1) / this.slots.length > MAX_LOAD) this.resize();
    this.hashes[id] = hash;
    if (this.place(id, hash)) this.filled++;
  }

  /** Takes entry `id` out of the table. */
  delete(id: number): void {
    const hash = this.hashes[id] ?? 0;
    const mask = this.slots.length - 1;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const slot = this.slots[at] ?? EMPTY;
      if (slot === EMPTY) return;
      if (slot === id + 1) {
        this.slots[at] = DELETED;
        return;
      }
    }
  }

  clear(): void {
    this.slots = new Int32Array(INITIAL_SLOTS);
    this.hashes.length = 0;
    this.filled = 0;
  }

  /** Puts `id` in the first free slot of its probe; true when that slot was EMPTY (not a DELETED one reused). */
  private place(id: number, hash: number): boolean {
    const mask = this.slots.length - 1;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const slot = this.slots[at] ?? EMPTY;
      if (slot === EMPTY || slot === DELETED) {
        this.slots[at] = id + 1;
        return slot === EMPTY;
      }
    }
  }

  /** Re-files every entry in a table sized for them (twice as large when it is more than half full of entries). */
  private resize(): void {
    const live = [...this.slots].filter((s) => s > 0);
    let size = this.slots.length;
    if ((live.length + 1) / size > MAX_LOAD / 2) size *= 2;
    this.slots = new Int32Array(size);
    this.filled = live.length;
    for (const slot of live) this.place(slot - 1, this.hashes[slot - 1] ?? 0);
  }
}

/** Values by the string each names itself by (documents by URI), kept in a {@link KeyTable}: no Map, no second copy of the names. */
export class NamedTable<T extends object> {
  private readonly values: (T | undefined)[] = [];
  private readonly free: number[] = [];
  private readonly ids: KeyTable;
  private count = 0;
  /** The last name hashed and its hash: a set looks its document's URI up three times. */
  private lastName = '';
  private lastHash = hashKey('');

  constructor(private readonly nameOf: (value: T) => string) {
    this.ids = new KeyTable((id, name) => nameOf(this.values[id] as T) === name);
  }

  get size(): number {
    return this.count;
  }

  get(name: string): T | undefined {
    const id = this.ids.find(name, this.hashOf(name));
    return id < 0 ? undefined : this.values[id];
  }

  /** Adds `value`, or puts it in place of the one of its name. */
  set(value: T): void {
    const name = this.nameOf(value);
    const hash = this.hashOf(name);
    const known = this.ids.find(name, hash);
    if (known >= 0) {
      this.values[known] = value;
      return;
    }
    const id = this.free.pop() ?? this.values.length;
    this.values[id] = value;
    this.ids.add(id, hash);
    this.count++;
  }

  delete(name: string): void {
    const id = this.ids.find(name, this.hashOf(name));
    if (id < 0) return;
    this.ids.delete(id);
    this.values[id] = undefined;
    this.free.push(id);
    this.count--;
  }

  private hashOf(name: string): number {
    if (name !== this.lastName) [this.lastName, this.lastHash] = [name, hashKey(name)];
    return this.lastHash;
  }

  /** Every value, in no particular order. */
  all(): T[] {
    return this.values.filter((v): v is T => v !== undefined);
  }

  clear(): void {
    this.values.length = 0;
    this.free.length = 0;
    this.ids.clear();
    this.count = 0;
  }
}
