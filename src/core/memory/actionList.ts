// The list of every action that `actions()` returns, kept current key by key: relinking a key
// replaces only that key's records, in place, so reading the list after one edit costs what the
// edit touched, not the size of the memory. Records are swap-removed; each position remembers
// which key and which of its records it holds, so a record moved into a gap is found in O(1).
// A list once handed out is never changed afterwards: the next change works on a copy.

import type { ActionRecord } from './model';

const NONE = -1;

/** Every action record, by the entry (key) that made it. */
export class ActionList {
  private flat: ActionRecord[] = [];
  /** Per position: the entry whose record it holds, and which of that entry's records. */
  private readonly owner: number[] = [];
  private readonly sub: number[] = [];
  /** Per entry id: the position of its one record, or of each (most keys make one action), or NONE. */
  private readonly positions: (number | number[])[] = [];
  private exposed = false;

  /** Every record; the array is not changed afterwards. */
  all(): readonly ActionRecord[] {
    this.exposed = true;
    return this.flat;
  }

  /** The records of `entry` are now `records` (none: it made no action). */
  set(entry: number, records: readonly ActionRecord[]): void {
    const old = this.positionsOf(entry);
    if (old.length === 0 && records.length === 0) return;
    this.writable();
    const kept = Math.min(old.length, records.length);
    const now: number[] = new Array<number>(records.length);
    for (let i = 0; i < kept; i++) {
      const at = old[i] as number;
      this.flat[at] = records[i] as ActionRecord;
      this.sub[at] = i;
      now[i] = at;
    }
    for (let i = kept; i < records.length; i++) {
      now[i] = this.flat.length;
      this.flat.push(records[i] as ActionRecord);
      this.owner.push(entry);
      this.sub.push(i);
    }
    this.positions[entry] = now.length === 0 ? NONE : now.length === 1 ? (now[0] as number) : now;
    // Highest first: a gap is filled from the end, never with a record that is itself going.
    const gone = old.slice(kept).sort((a, b) => b - a);
    for (const at of gone) this.removeAt(at);
  }

  /** Replaces every record `renew` changes (the day turned: what is overdue changed). */
  renew(renew: (record: ActionRecord) => ActionRecord): void {
    this.writable();
    for (let at = 0; at < this.flat.length; at++) this.flat[at] = renew(this.flat[at] as ActionRecord);
  }

  clear(): void {
    this.flat = [];
    this.owner.length = 0;
    this.sub.length = 0;
    this.positions.length = 0;
    this.exposed = false;
  }

  private positionsOf(entry: number): readonly number[] {
    const at = this.positions[entry] ?? NONE;
    return typeof at === 'number' ? (at === NONE ? [] : [at]) : at;
  }

  /** Before a change: a list handed out is left as it was. */
  private writable(): void {
    if (!this.exposed) return;
    this.flat = this.flat.slice();
    this.exposed = false;
  }

  /** Takes out the record at `at`, moving the last one into its place. */
  private removeAt(at: number): void {
    const last = this.flat.length - 1;
    if (at !== last) {
      const [entry, sub] = [this.owner[last] as number, this.sub[last] as number];
      this.flat[at] = this.flat[last] as ActionRecord;
      this.owner[at] = entry;
      this.sub[at] = sub;
      const positions = this.positions[entry] ?? NONE;
      if (typeof positions === 'number') this.positions[entry] = at;
      else positions[sub] = at;
    }
    this.flat.pop();
    this.owner.pop();
    this.sub.pop();
  }
}
