// The text of an action item as the memory compares it, and inline HTML comments taken out of
// it: a note to self (`<!-- blocked on ops -->`) inside an item is not part of the promise, and a
// `<!--` inside inline code is code, not a comment. Linear in the item's length.

const COMMENT_OPEN = '<!--';
const COMMENT_CLOSE = '-->';
const BACKTICK = '`';

/** `text` with case and spacing normalised and strike-through marks removed: what linking compares. */
export function keyOf(text: string): string {
  return text.replace(/~~/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * `content` without its inline `<!-- … -->` comments (an unclosed one runs to the end), leaving
 * code spans as they are.
 */
export function stripInlineComments(content: string): string {
  if (!content.includes(COMMENT_OPEN)) return content;
  const code = codeSpans(content);
  let out = '';
  let from = 0;
  let span = 0;
  let at = content.indexOf(COMMENT_OPEN);
  while (at >= 0) {
    while (span < code.length && (code[span]?.[1] ?? 0) <= at) span++;
    if (span < code.length && (code[span]?.[0] ?? Infinity) <= at) {
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
 * `[start, end)` of every code span: a run of backticks up to the next run of the same length.
 * Runs are grouped by length so each is looked at a bounded number of times.
 */
function codeSpans(text: string): [number, number][] {
  const runs: { at: number; length: number }[] = [];
  for (let i = text.indexOf(BACKTICK); i >= 0; i = text.indexOf(BACKTICK, i)) {
    let end = i;
    while (text[end] === BACKTICK) end++;
    runs.push({ at: i, length: end - i });
    i = end;
  }
  // For each run, the index of the next run of the same length.
  const nextSame = new Array<number>(runs.length).fill(-1);
  const lastOfLength = new Map<number, number>();
  for (let r = runs.length - 1; r >= 0; r--) {
    const length = runs[r]?.length ?? 0;
    nextSame[r] = lastOfLength.get(length) ?? -1;
    lastOfLength.set(length, r);
  }
  const spans: [number, number][] = [];
  for (let r = 0; r < runs.length; r++) {
    const close = nextSame[r] ?? -1;
    const open = runs[r];
    const end = runs[close];
    if (close < 0 || !open || !end) continue; // an unmatched run is literal backticks
    spans.push([open.at, end.at + end.length]);
    r = close;
  }
  return spans;
}
