// A learning document as the action index keeps it: the fields of a MemoryDocument, and its
// items packed into one flat array (STRIDE slots an item) instead of an object each, with the
// item's line, status, form, line span and carried count in one small integer. `items` builds the
// ItemOccurrence objects when it is read. Every string is a compact copy (a slice would keep the
// whole text alive) and copies of one action share theirs: the index keeps ≤ 25% of the text.

import { detach, keyOf, share } from './itemText';
import type { ActionForm, ActionStatus, DocumentKind, ItemOccurrence, MemoryDocument, Scores } from './model';
import type { Problem } from '../problem';

/** Slots of one packed item. */
export const STRIDE = 8;
/** The item's line, status, form, line span and carried count, in one small integer (bits below). */
const PLACE = 0;
const TEXT = 1;
const OWNER = 2;
const DUE = 3;
const LINK = 4;
/** undefined, the done date (a string), or a {@link RareFields} object. */
const EXTRA = 5;
/** The next item of the same key (another document's or this one's): the index links them in lists. */
export const NEXT_DOC = 6;
export const NEXT_AT = 7;

const STATUSES: readonly ActionStatus[] = ['open', 'done', 'dropped'];
const FORMS: readonly ActionForm[] = ['task', 'heading', 'marker', 'table'];
// PLACE, from the lowest bit: status (2), form (2), span = endLine − line (3), carried (5), line
// (18): 30 bits, a small integer on every engine. A field at its maximum is in RareFields instead.
const FORM_SHIFT = 2;
const SPAN_SHIFT = 4;
const CARRIED_SHIFT = 7;
const LINE_SHIFT = 12;
const SPAN_MAX = 7;
const CARRIED_MAX = 31;
const LINE_MAX = (1 << 18) - 1;
const LOW2 = 3;

/** What few items hold, kept off the packed slots; `line`, `endLine`, `carried` when too large for PLACE. */
interface RareFields {
  readonly line?: number;
  readonly doneDate?: string;
  readonly droppedDate?: string;
  readonly dropReason?: string;
  readonly endLine?: number;
  readonly carried?: number;
}

type Packed = unknown[];
const NO_RARE: RareFields = Object.freeze({});
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const NONE: readonly never[] = Object.freeze([]);
const NO_ITEMS: Packed = [];

/** The strings an item can take from an earlier copy of its action instead of a copy of its own. */
export interface SharedStrings {
  readonly text: string;
  readonly owner: string | undefined;
  readonly due: string | undefined;
  readonly link: string | undefined;
}

/** One document as the index keeps it (a {@link MemoryDocument}: `items` is built when read). */
export class KeptDocument implements MemoryDocument {
  // declare: no field is set before the constructor sets it (tags, terms and problems stay on the prototype when empty)
  declare readonly uri: string;
  declare readonly date: string;
  declare readonly kind: DocumentKind;
  declare readonly template?: string;
  declare readonly title: string;
  declare readonly scores: Scores;
  declare readonly tags: readonly string[];
  declare readonly terms: readonly string[];
  declare readonly problems: MemoryDocument['problems'];
  /** The items, STRIDE slots each (index-internal; read them through `items` or the accessors below). */
  declare readonly packed: Packed;

  /**
   * `shareWith[i]` names what item i may share its strings with: another document's copy of
   * its action, or the index of an earlier item of this document with the same key.
   */
  constructor(doc: MemoryDocument, shareWith: readonly (SharedStrings | number | undefined)[], items: readonly ItemOccurrence[] = doc.items) {
    this.uri = doc.uri;
    this.date = doc.date;
    this.kind = doc.kind;
    if (doc.template !== undefined) this.template = doc.template;
    this.title = doc.title;
    this.scores = doc.scores;
    if (doc.tags.length > 0) this.tags = doc.tags;
    if (doc.terms.length > 0) this.terms = doc.terms;
    if (doc.problems.length > 0) this.problems = doc.problems.map(keptProblem);
    this.packed = items.length === 0 ? NO_ITEMS : pack(items, shareWith);
  }

  /** True once the index has taken it out (its items are still in lists until their keys are next linked). */
  declare readonly removed: boolean;

  /** The index took it out: said on the document itself, so that only removed ones hold the field. */
  markRemoved(): void {
    (this as { removed: boolean }).removed = true;
  }

  /** How many items it holds. */
  get itemCount(): number {
    return this.packed.length / STRIDE;
  }

  /** Its items, built from the packed slots (a fresh array on every read). */
  get items(): readonly ItemOccurrence[] {
    const items: ItemOccurrence[] = [];
    for (let at = 0; at < this.itemCount; at++) items.push(this.item(at));
    return items;
  }

  /** Item `at` (0-based), as the reader gave it (its key is made when asked for). */
  item(at: number): ItemOccurrence {
    const p = this.packed;
    const base = at * STRIDE;
    const place = p[base + PLACE] as number;
    const extra = p[base + EXTRA] as string | RareFields | undefined;
    const rare: RareFields = typeof extra === 'string' ? { doneDate: extra } : extra ?? NO_RARE;
    const line = place >>> LINE_SHIFT === LINE_MAX ? rare.line ?? 0 : place >>> LINE_SHIFT;
    const span = (place >>> SPAN_SHIFT) & SPAN_MAX;
    const carried = (place >>> CARRIED_SHIFT) & CARRIED_MAX;
    const item: Mutable<ItemOccurrence> = new BuiltItem(
      line,
      span === SPAN_MAX ? rare.endLine ?? line : line + span,
      FORMS[(place >>> FORM_SHIFT) & LOW2] as ActionForm,
      STATUSES[place & LOW2] as ActionStatus,
      p[base + TEXT] as string,
      carried === CARRIED_MAX ? rare.carried ?? 0 : carried,
    );
    const [owner, due, link] = [p[base + OWNER] as string | undefined, p[base + DUE] as string | undefined, p[base + LINK] as string | undefined];
    if (owner !== undefined) item.owner = owner;
    if (due !== undefined) item.due = due;
    if (rare.doneDate !== undefined) item.doneDate = rare.doneDate;
    if (rare.droppedDate !== undefined) item.droppedDate = rare.droppedDate;
    if (rare.dropReason !== undefined) item.dropReason = rare.dropReason;
    if (link !== undefined) item.link = link;
    return item;
  }

  /** Item `at`'s text. */
  textAt(at: number): string {
    return this.packed[at * STRIDE + TEXT] as string;
  }

  /** The strings of item `at` another copy of its action may share. */
  stringsAt(at: number): SharedStrings {
    return stringsOf(this.packed, at);
  }

  /** Item `at`'s `(carried N×)` count. */
  carriedAt(at: number): number {
    const carried = ((this.packed[at * STRIDE + PLACE] as number) >>> CARRIED_SHIFT) & CARRIED_MAX;
    return carried === CARRIED_MAX ? this.item(at).carried : carried;
  }
}

/**
 * An item built from the packed slots. Its key (keyOf of its text) is made when read: most who
 * read `items` (a count, the linking) never ask for it, and it costs more than the rest together.
 */
class BuiltItem implements ItemOccurrence {
  declare readonly owner?: string;
  declare readonly due?: string;
  declare readonly doneDate?: string;
  declare readonly droppedDate?: string;
  declare readonly dropReason?: string;
  declare readonly link?: string;

  constructor(
    readonly line: number,
    readonly endLine: number,
    readonly form: ActionForm,
    readonly status: ActionStatus,
    readonly text: string,
    readonly carried: number,
  ) {}

  get key(): string {
    return keyOf(this.text);
  }
}

// Shared empty values on the prototype: most documents have no tags, terms or problems.
Object.assign(KeptDocument.prototype, { tags: NONE, terms: NONE, problems: NONE, removed: false });

function pack(items: readonly ItemOccurrence[], shareWith: readonly (SharedStrings | number | undefined)[]): Packed {
  const packed: Packed = new Array<unknown>(items.length * STRIDE);
  items.forEach((item, at) => {
    const base = at * STRIDE;
    const other = shareWith[at];
    const shared = typeof other === 'number' ? stringsOf(packed, other) : other;
    const span = item.endLine - item.line;
    const big: Big = {
      line: item.line < 0 || item.line >= LINE_MAX || !Number.isInteger(item.line),
      span: span < 0 || span >= SPAN_MAX || !Number.isInteger(span),
      carried: item.carried < 0 || item.carried >= CARRIED_MAX || !Number.isInteger(item.carried),
    };
    packed[base + PLACE] = STATUSES.indexOf(item.status) | (FORMS.indexOf(item.form) << FORM_SHIFT) | ((big.span ? SPAN_MAX : span) << SPAN_SHIFT)
      | ((big.carried ? CARRIED_MAX : item.carried) << CARRIED_SHIFT) | ((big.line ? LINE_MAX : item.line) << LINE_SHIFT);
    packed[base + TEXT] = shared?.text === item.text ? shared.text : detach(item.text);
    packed[base + OWNER] = item.owner === undefined ? undefined : shared?.owner === item.owner ? shared.owner : share(item.owner);
    packed[base + DUE] = item.due === undefined ? undefined : shared?.due === item.due ? shared.due : share(item.due);
    packed[base + LINK] = item.link === undefined ? undefined : shared?.link === item.link ? shared.link : detach(item.link);
    packed[base + EXTRA] = rareOf(item, big);
    packed[base + NEXT_DOC] = undefined;
    packed[base + NEXT_AT] = 0;
  });
  return packed;
}

function stringsOf(p: Packed, at: number): SharedStrings {
  const base = at * STRIDE;
  return { text: p[base + TEXT] as string, owner: p[base + OWNER] as string | undefined, due: p[base + DUE] as string | undefined, link: p[base + LINK] as string | undefined };
}

/** Which of an item's numbers do not fit PLACE. */
interface Big {
  readonly line: boolean;
  readonly span: boolean;
  readonly carried: boolean;
}

function rareOf(item: ItemOccurrence, big: Big): string | RareFields | undefined {
  const plain = item.droppedDate === undefined && item.dropReason === undefined && !big.line && !big.span && !big.carried;
  if (plain) return item.doneDate === undefined ? undefined : share(item.doneDate);
  const rare: Mutable<RareFields> = {};
  if (item.doneDate !== undefined) rare.doneDate = share(item.doneDate);
  if (item.droppedDate !== undefined) rare.droppedDate = share(item.droppedDate);
  if (item.dropReason !== undefined) rare.dropReason = detach(item.dropReason);
  if (big.line) rare.line = item.line;
  if (big.span) rare.endLine = item.endLine;
  if (big.carried) rare.carried = item.carried;
  return rare;
}

/** A problem as kept: its message and quoted arguments copied (a quote is a slice of a line, which keeps the whole text). */
function keptProblem(problem: Problem): Problem {
  const args = problem.args?.map((arg) => (typeof arg === 'string' ? detach(arg) : arg));
  return { ...problem, message: detach(problem.message), ...(args ? { args } : {}) };
}
