// Editing a task-list item in place: the box, a `done:` stamp, or strike-through with a
// `dropped:` stamp and reason. Only the characters that change are touched; a wrapped item keeps
// its line breaks.

import type { EditOptions, EditResult } from './editTypes';
import type { ActionEditKind, ItemOccurrence } from './model';

const BOX = /^((?:[ \t]*>)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[)([ xX])(\][ \t]+)/;
const MARKER = /\*\*(?:⚠\uFE0F? ?)?(?:(?:overdue|carried\b)[^*]*)?\*\*:?\s*/iy;
const DONE_STAMP = /\s+done:\s?\d{4}-\d{2}-\d{2}(?=\s|$)/;
const DROP_STAMP = /\s*~~\s+dropped:\s?\d{4}-\d{2}-\d{2}|\s+dropped:\s?\d{4}-\d{2}-\d{2}/;
const REASON_DASH = /^\s+(?:—|–|--?)\s+/;
const CARRIED_COUNT = /\s+\(carried\s?\d{1,9}\s?[×x]\)/i;
const BACK_LINK = /\s+(?:—|–|--?)\s+from\s+\[/;

/** complete / reopen / drop on a task item. */
export function editTaskItem(lines: readonly string[], item: ItemOccurrence, kind: ActionEditKind, options: EditOptions): EditResult {
  const original = lines.slice(item.line, item.endLine + 1).join('\n');
  const box = BOX.exec(original);
  if (!box) return { error: 'The line no longer holds a task item.' };
  const head = box[0];
  const body = original.slice(head.length);
  const result = kind === 'complete' ? complete(item, body, options) : kind === 'reopen' ? reopen(item, body) : drop(item, body, options);
  if ('error' in result) return result;
  const checked = kind === 'reopen' ? ' ' : 'x';
  const text = `${box[1] ?? ''}${checked}${box[3] ?? ''}${result.body}`;
  return { edit: { startLine: item.line, endLine: item.endLine, text } };
}

type BodyResult = { readonly body: string } | { readonly error: string };

function complete(item: ItemOccurrence, body: string, options: EditOptions): BodyResult {
  if (item.status !== 'open') return { error: `It is already ${item.status}.` };
  const at = metadataTailStart(body);
  return { body: `${body.slice(0, at)} done:${options.today}${body.slice(at)}` };
}

function reopen(item: ItemOccurrence, body: string): BodyResult {
  if (item.status === 'open') return { error: 'It is already open.' };
  let out = body.replace(DONE_STAMP, '');
  if (item.status === 'dropped') {
    const stamp = DROP_STAMP.exec(out);
    if (!stamp) return { error: 'The dropped: stamp could not be found.' };
    let after = out.slice(stamp.index + stamp[0].length);
    if (item.dropReason !== undefined) {
      const reason = new RegExp(`${REASON_DASH.source.slice(1)}${words(item.dropReason)}`, 'y').exec(after);
      if (reason) after = after.slice(reason[0].length);
    }
    const before = out.slice(0, stamp.index).replace(/~~\s*$/, '');
    out = `${before.replace(/^((?:\*\*[^*]*\*\*:?\s*)?)~~/, '$1')}${after}`;
  }
  return { body: out };
}

function drop(item: ItemOccurrence, body: string, options: EditOptions): BodyResult {
  if (item.status === 'dropped') return { error: 'It is already dropped.' };
  MARKER.lastIndex = 0;
  const marker = MARKER.exec(body)?.[0] ?? '';
  const text = new RegExp(words(item.text), 'y');
  text.lastIndex = marker.length;
  const found = text.exec(body);
  if (!found) return { error: 'The item\'s text could not be found on its line.' };
  const end = marker.length + found[0].length;
  const reason = (options.reason ?? '').replace(/\s+/g, ' ').trim();
  const stamp = ` dropped:${options.today}${reason === '' ? '' : ` — ${reason}`}`;
  return { body: `${marker}~~${found[0]}~~${stamp}${body.slice(end)}` };
}

/** Where the carried count or back link starts (a done: stamp goes before them), else the end. */
function metadataTailStart(body: string): number {
  const trimmed = body.trimEnd().length;
  const candidates = [CARRIED_COUNT.exec(body)?.index, BACK_LINK.exec(body)?.index].filter((i): i is number => i !== undefined);
  return candidates.length > 0 ? Math.min(...candidates) : trimmed;
}

/** A pattern matching `text` word for word, with any whitespace (line breaks included) between words. */
function words(text: string): string {
  return text.split(/\s+/).filter((w) => w !== '').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
}
