// Writing an action item back out as a Markdown task: the text, then owner, due date,
// carried count and a link back, wrapped so markdownlint's default rules stay quiet.

import type { ActionItem } from './actionItem';

/** What carry-forward adds around an item when writing it out. */
export interface ActionExtras {
  /** Bold warning shown before the text, e.g. `**⚠ Overdue**`. */
  readonly marker?: string;
  /** The retro the item came from. */
  readonly from?: { readonly label: string; readonly link: string };
}

/** markdownlint's default MD013 limit; only whitespace beyond it counts as too long. */
const MAX_LINE_LENGTH = 80;
/** A carried item stays readable in a half-width editor: no line past this when it can be helped. */
const MAX_VISIBLE_LENGTH = 120;
const CONTINUATION_INDENT = '  ';
/** Words that would start a block (list, heading, quote, fence, rule, HTML) at the start of a line. */
const BLOCK_MARKER = /^(?:[-+*=_#>|~`<]|\d{1,9}[.)]$)/;

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

/** Joins units with spaces, starting a new indented line wherever the line would be too long. */
function wrap(units: readonly string[]): string {
  // The bullet keeps its first unit on its line: a lone `- [ ]` is not a task.
  const [bullet = '', first = '', ...rest] = units;
  const lines: string[] = [];
  let line = `${bullet} ${first}`;
  for (const unit of rest) {
    if (fitsLineLength(`${line} ${unit}`) || BLOCK_MARKER.test(unit)) {
      line = `${line} ${unit}`;
    } else {
      lines.push(line);
      line = `${CONTINUATION_INDENT}${unit}`;
    }
  }
  return [...lines, line].join('\n');
}

/** Within the limit, or longer only by a last word with no space in it (a link), as MD013 allows, up to what a half-width editor shows. */
function fitsLineLength(line: string): boolean {
  return line.length <= MAX_LINE_LENGTH || (line.lastIndexOf(' ') < MAX_LINE_LENGTH && line.length <= MAX_VISIBLE_LENGTH);
}

/** `[label](link)`, escaped; a link with spaces or parentheses goes in angle brackets. */
export function markdownLink(label: string, link: string): string {
  const target = /[\s()<>]/.test(link) ? `<${link.replace(/[<>]/g, encodeURIComponent)}>` : link;
  return `[${label.replace(/[[\]\\]/g, '\\$&')}](${target})`;
}
