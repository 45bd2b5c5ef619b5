// The text of an action item as the memory compares it, and inline HTML comments taken out of
// it: a note to self (`<!-- blocked on ops -->`) inside an item is not part of the promise, and a
// `<!--` inside inline code is code, not a comment. Linear in the item's length.

const COMMENT_OPEN = '<!--';
const COMMENT_CLOSE = '-->';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** A UTF-16 code unit takes at most 3 bytes in UTF-8. */
const MAX_UTF8_BYTES = 3;
/** Bytes of encoding room kept between calls (one allocation instead of one per string). */
const SCRATCH_KEPT = 16_384;
let scratch = new Uint8Array(SCRATCH_KEPT);

/**
 * A copy of `text` that does not keep the document it was cut from alive (an engine may keep a
 * slice as a view into the whole text): the memory keeps items, never the text (≤ 25% of it).
 * A UTF-8 round trip makes a fresh flat string, one byte a character where the text allows: a
 * slice of a document holding one `—` takes two bytes a character, and a `' ' + s` copy keeps a
 * slice header too.
 */
export function detach(text: string): string {
  const bytes = text.length * MAX_UTF8_BYTES;
  if (bytes > scratch.length) scratch = new Uint8Array(Math.max(bytes, scratch.length * 2));
  const { written } = encoder.encodeInto(text, scratch);
  const copy = decoder.decode(scratch.subarray(0, written));
  if (scratch.length > SCRATCH_KEPT) scratch = new Uint8Array(SCRATCH_KEPT); // a long item's room is not kept
  // A lone surrogate (or a leading BOM) does not survive the round trip: copy it as it is.
  return copy === text ? copy : ` ${text}`.slice(1);
}

/** Short strings many items share (owners, dates): kept once each, up to this many. */
const SHARED_MAX = 4096;
const shared = new Map<string, string>();

/** One copy of `text` for every item that holds it (owners, dates): {@link detach}ed, at most SHARED_MAX kept. */
export function share(text: string): string {
  const known = shared.get(text);
  if (known !== undefined) return known;
  if (shared.size >= SHARED_MAX) shared.clear(); // a bounded cache: beyond it, copies are merely not shared
  const copy = detach(text);
  shared.set(copy, copy);
  return copy;
}

/** `text` with case and spacing normalised and strike-through marks removed: what linking compares. */
export function keyOf(text: string): string {
  // Each pass copies the text: skipped when there is nothing for it to do.
  const unstruck = text.includes('~~') ? text.replace(/~~/g, '') : text;
  const spaced = SPACING.test(unstruck) ? unstruck.replace(/\s+/g, ' ') : unstruck;
  return spaced.trim().toLowerCase();
}

/** Whitespace other than single spaces: where `replace(/\s+/g, ' ')` changes a text. */
export const SPACING = /[^\S ]| {2}/;

/**
 * `content` without its inline `<!-- … -->` comments (an unclosed one runs to the end), leaving
 * code spans as they are.
 */
export function stripInlineComments(content: string): string {
  if (!content.includes(COMMENT_OPEN)) return content;
  const code = codeSpans(content);
  let out = '';
  let from = 0;
  let span = 0; // index of a span's start in `code` (pairs)
  let at = content.indexOf(COMMENT_OPEN);
  while (at >= 0) {
    while (span < code.length && (code[span + 1] ?? 0) <= at) span += 2;
    if (span < code.length && (code[span] ?? Infinity) <= at) {
      at = content.indexOf(COMMENT_OPEN, at + 1); // inside code: literal text
      continue;
    }
    out += content.slice(from, at);
    const close = content.indexOf(COMMENT_CLOSE, at + COMMENT_OPEN.length);
    from = close < 0 ? content.length : close + COMMENT_CLOSE.length;
    at = close < 0 ? -1 : content.indexOf(COMMENT_OPEN, from);
  }
  return out + content.slice(from);
}

/**
 * `[start, end)` of every code span, as pairs in one array: a run of backticks up to the next
 * run of the same length. Typed arrays and one pass per step keep it linear and light on garbage.
 */
function codeSpans(text: string): Int32Array {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === BACKTICK_CODE && text.charCodeAt(i - 1) !== BACKTICK_CODE) count++;
  const at = new Int32Array(count);
  const length = new Int32Array(count);
  for (let i = 0, r = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== BACKTICK_CODE) continue;
    let end = i;
    while (text.charCodeAt(end) === BACKTICK_CODE) end++;
    at[r] = i;
    length[r++] = end - i;
    i = end - 1;
  }
  // For each run, the index of the next run of the same length (-1: none).
  const nextSame = new Int32Array(count).fill(-1);
  const lastOfLength = new Map<number, number>();
  for (let r = count - 1; r >= 0; r--) {
    nextSame[r] = lastOfLength.get(length[r] ?? 0) ?? -1;
    lastOfLength.set(length[r] ?? 0, r);
  }
  const spans: number[] = [];
  for (let r = 0; r < count; r++) {
    const close = nextSame[r] ?? -1;
    if (close < 0) continue; // an unmatched run is literal backticks
    spans.push(at[r] ?? 0, (at[close] ?? 0) + (length[close] ?? 0));
    r = close;
  }
  return Int32Array.from(spans);
}

const BACKTICK_CODE = 0x60;
