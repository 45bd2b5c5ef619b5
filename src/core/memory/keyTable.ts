// The action index's keys (an item's normalised text) to their entry ids, without keeping the
// key strings: an open-addressing table of entry ids by a 30-bit hash, each hit checked against
// the key the entry's own items give (`keyOfEntry`). A Map would keep every key (one more copy
// of every action's text) and ~50 bytes an entry; this keeps 4 bytes a slot and one hash an entry.

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

/** Entry ids by key; `keyOfEntry(id)` gives the key of an entry in the table. */
export class KeyTable {
  /** Entry id + 1 per slot; EMPTY or DELETED. */
  private slots = new Int32Array(INITIAL_SLOTS);
  /** Each entry's hash, by entry id. */
  private readonly hashes: number[] = [];
  /** Slots not EMPTY (entries and DELETED marks). */
  private filled = 0;

  constructor(private readonly keyOfEntry: (id: number) => string) {}

  /** The entry id of `key`, or -1. */
  find(key: string, hash: number): number {
    const mask = this.slots.length - 1;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const slot = this.slots[at] ?? EMPTY;
      if (slot === EMPTY) return -1;
      if (slot !== DELETED && this.hashes[slot - 1] === hash && this.keyOfEntry(slot - 1) === key) return slot - 1;
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
