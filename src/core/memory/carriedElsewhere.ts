// Postmortems, lessons and plans that hold carried copies, in date order. A carried copy without a
// link is a copy of the item in the retrospective before its document, so a retrospective added,
// removed or moved changes that for documents dated after it: the index relinks their copies'
// keys. The earliest such change is remembered and handled at the next link, so a full index (many
// retrospectives, in date order) visits each of these documents once, not once per retrospective.

import type { KeptDocument } from './keptDocument';
import { compareDocs } from './linking';

/** Non-retrospective documents with carried copies, and the earliest retrospective changed since the last look. */
export class CarriedElsewhere {
  private readonly docs: KeptDocument[] = [];
  private earliest: Pick<KeptDocument, 'date' | 'uri'> | undefined;

  /** Follows `doc` if it is not a retrospective and holds a carried copy. */
  add(doc: KeptDocument): void {
    if (doc.kind === 'retrospective' || !holdsCarried(doc)) return;
    this.docs.splice(this.position(doc), 0, doc);
  }

  /** Stops following `doc` (a URI is in the list at most once: the order breaks ties by URI). */
  remove(doc: KeptDocument): void {
    if (doc.kind === 'retrospective') return;
    const at = this.position(doc);
    if (this.docs[at] === doc) this.docs.splice(at, 1);
  }

  /** A retrospective was added or removed here. */
  retroChanged(retro: Pick<KeptDocument, 'date' | 'uri'>): void {
    if (this.earliest === undefined || compareDocs(retro, this.earliest) < 0) this.earliest = { date: retro.date, uri: retro.uri };
  }

  /** The documents dated after the earliest retrospective changed since the last call: their copies may belong elsewhere now. */
  takeAffected(): readonly KeptDocument[] {
    if (this.earliest === undefined) return [];
    const from = this.position(this.earliest);
    this.earliest = undefined;
    return this.docs.slice(from);
  }

  clear(): void {
    this.docs.length = 0;
    this.earliest = undefined;
  }

  /** The first position whose document is not before `doc`. */
  private position(doc: Pick<KeptDocument, 'date' | 'uri'>): number {
    let [low, high] = [0, this.docs.length];
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compareDocs(this.docs[mid] as KeptDocument, doc) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

function holdsCarried(doc: KeptDocument): boolean {
  for (let at = 0; at < doc.itemCount; at++) if (doc.carriedAt(at) > 0) return true;
  return false;
}
