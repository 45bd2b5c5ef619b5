// Writing an action item back out as a Markdown task: the text, then owner, due date,
// carried count and a link back, wrapped so markdownlint's default rules stay quiet.

import { fitsLineLength, wrapUnits } from '../markdown/wrap';
import type { ActionItem } from './actionItem';

/** What carry-forward adds around an item when writing it out. */
export interface ActionExtras {
  /** Bold warning shown before the text, e.g. `**⚠ Overdue**`. */
  readonly marker?: string;
  /** The retro the item came from. */
  readonly from?: { readonly label: string; readonly link: string };
}

/** A carried item stays readable in a half-width editor: no line past this when it can be helped. */
const MAX_VISIBLE_LENGTH = 120;

/**
 * The item as a `- [ ] …` task: text, owner, due date, carried count and extras. It stays on
 * one line unless that breaks markdownlint's default line length; then it wraps onto indented
 * lines (which `parseActionItems` reads back as one item).
 */
export function formatActionItem(item: Pick<ActionItem, 'done' | 'text' | 'owner' | 'due' | 'carried'>, extras: ActionExtras = {}): string {
  // Units never split across lines: the flag, each word, and each piece of metadata.
  const units = [`- [${item.done ? 'x' : ' '}]`];
  if (extras.marker) units.push(extras.marker);
  units.push(...item.text.split(/\s+/).filter((w) => w !== ''));
  // Always written after the text, even when the sentence mentions them: the next read takes
  // the trailing ones, so a mention (`Ask @carol to pair with @bob`) never replaces the owner.
  if (item.owner) units.push(`@${item.owner}`);
  if (item.due) units.push(`due:${item.due}`);
  if (item.carried > 0) units.push(`(carried ${item.carried}×)`);
  if (extras.from) units.push(`— from ${markdownLink(extras.from.label, extras.from.link)}`);
  return wrap(units);
}

/** The bullet and its units, wrapped by the one 80-column wrapper (core/markdown/wrap.ts). */
function wrap(units: readonly string[]): string {
  const [bullet = '', ...rest] = units;
  return wrapUnits(bullet, rest, { fits: fitsVisibly });
}

/** Within the limit, or longer only by a last word with no space in it (a link), as MD013 allows, up to what a half-width editor shows. */
function fitsVisibly(line: string, width: number): boolean {
  return line.length <= width || (fitsLineLength(line, width) && line.length <= MAX_VISIBLE_LENGTH);
}

/** `[label](link)`, escaped; a link with spaces or parentheses goes in angle brackets. */
export function markdownLink(label: string, link: string): string {
  const target = /[\s()<>]/.test(link) ? `<${link.replace(/[<>]/g, encodeURIComponent)}>` : link;
  return `[${label.replace(/[[\]\\]/g, '\\$&')}](${target})`;
}
