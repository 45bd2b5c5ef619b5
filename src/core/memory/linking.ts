// Linking the items of one text (one key) into actions. Every rule that makes two items the same
// action compares items of equal text, so each key is linked on its own: an edit relinks only the
// keys its document holds. A union-find makes a link cycle (A links B links A) harmless.

import type { ActionRecord, ActionStatus, DocumentKind, ItemOccurrence, MemoryDocument, Occurrence } from './model';

/** One item of the key being linked (its key is the one being linked), in the document that holds it. */
export interface KeyedItem {
  readonly doc: MemoryDocument;
  readonly item: Omit<ItemOccurrence, 'key'>;
}

/** What linking needs to know beyond the items of the key. */
export interface LinkContext {
  /** The canonical URI a carried copy's link points at. */
  readonly resolve: (doc: MemoryDocument, link: string) => string | undefined;
  /** The canonical URI of a document. */
  readonly canonical: (doc: MemoryDocument) => string;
  /** The canonical URI of the retrospective before `doc` by date, if any. */
  readonly previousRetro: (doc: MemoryDocument) => string | undefined;
  readonly today: string;
}

const RETRO: DocumentKind = 'retrospective';

/** Document order: by date, then URI, then line. */
export function compareItems(a: KeyedItem, b: KeyedItem): number {
  return compareDocs(a.doc, b.doc) || a.item.line - b.item.line;
}

/** Documents in date order (URI breaks ties, so the order is total). */
export function compareDocs(a: Pick<MemoryDocument, 'date' | 'uri'>, b: Pick<MemoryDocument, 'date' | 'uri'>): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0;
}

/** The actions formed by `items` (all of one key), each occurrence in exactly one. */
export function linkKey(items: readonly KeyedItem[], context: LinkContext): ActionRecord[] {
  const sorted = [...items].sort(compareItems);
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    for (let at = i; parent[at] !== root; ) {
      const next = parent[at] ?? root;
      parent[at] = root;
      at = next;
    }
    return root;
  };
  const closed = sorted.map(() => false);
  const union = (a: number, b: number): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    parent[rb] = ra;
    closed[ra] = (closed[ra] ?? false) || (closed[rb] ?? false);
  };
  const firstIn = new Map<string, number>();
  sorted.forEach((k, i) => {
    const uri = context.canonical(k.doc);
    if (!firstIn.has(uri)) firstIn.set(uri, i);
  });

  let openInRetro: { index: number; uri: string } | undefined;
  sorted.forEach(({ doc, item }, i) => {
    let linked = false;
    if (item.carried > 0) {
      const target = item.link === undefined ? undefined : context.resolve(doc, item.link);
      const origin = target === undefined ? undefined : firstIn.get(target);
      const previous = origin === undefined ? context.previousRetro(doc) : undefined;
      const source = origin ?? (previous === undefined ? undefined : firstIn.get(previous));
      if (source !== undefined && source !== i) {
        union(source, i);
        linked = true;
      }
    }
    // Copied by hand: among retrospectives, the same text as an action still open from an earlier one.
    if (!linked && doc.kind === RETRO && openInRetro && openInRetro.uri !== doc.uri && !closed[find(openInRetro.index)]) union(openInRetro.index, i);
    const root = find(i);
    if (item.status !== 'open') closed[root] = true;
    if (doc.kind === RETRO) {
      if (!closed[root]) openInRetro = { index: i, uri: doc.uri };
      else if (openInRetro && find(openInRetro.index) === root) openInRetro = undefined;
    }
  });

  const groups = new Map<number, KeyedItem[]>();
  sorted.forEach((k, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(k);
    else groups.set(root, [k]);
  });
  return [...groups.values()].map((group) => toRecord(group, context.today));
}

/** The action made of `group` (in document order). */
function toRecord(group: readonly KeyedItem[], today: string): ActionRecord {
  const first = group[0] as KeyedItem;
  const last = group[group.length - 1] as KeyedItem;
  const status: ActionStatus = group.some((k) => k.item.status === 'dropped') ? 'dropped' : group.some((k) => k.item.status === 'done') ? 'done' : 'open';
  const stamped = group.find((k) => k.item.doneDate !== undefined)?.item.doneDate;
  const doneDate = status === 'done' ? stamped ?? group.find((k) => k.item.status === 'done')?.doc.date : undefined;
  const documents = new Set(group.map((k) => k.doc.uri)).size;
  const carried = Math.max(documents - 1, ...group.map((k) => k.item.carried));
  const { owner, due } = last.item;
  const raised = occurrence(first);
  return {
    text: last.item.text,
    ...(owner === undefined ? {} : { owner }),
    ...(due === undefined ? {} : { due }),
    status,
    overdue: isOverdue(status, due, today),
    raised,
    latest: last === first ? raised : occurrence(last),
    carried,
    ...(doneDate === undefined ? {} : { doneDate }),
    kind: first.doc.kind,
    form: last.item.form,
  };
}

/** Open and due before `today`. */
export function isOverdue(status: ActionStatus, due: string | undefined, today: string): boolean {
  return status === 'open' && due !== undefined && due < today;
}

function occurrence(k: KeyedItem): Occurrence {
  return { uri: k.doc.uri, line: k.item.line, date: k.doc.date };
}
