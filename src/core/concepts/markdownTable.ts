// The comparison as plain GitHub-flavoured Markdown: a heading, one table and the sources.
// The output passes markdownlint's default rules on its own (the unit tests check it), except
// that table rows are as long as their cells: Markdown has no way to wrap them.
import type { Comparison } from './comparison';
import { wrapListItem } from '../markdown/wrap';

export interface MarkdownTableOptions {
  /** Level of the heading (1–5); use 2 when the target document already has a title. Default 1. */
  readonly headingLevel?: number;
}

/** Makes Markdown safe for one table cell: one line, pipes escaped, no stray spaces. */
export function escapeTableCell(markdown: string): string {
  return markdown
    .replace(/\r\n?|\n/g, ' ')
    // A pipe already escaped stays escaped; every other pipe would end the cell.
    .replace(/\\?\|/g, '\\|')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Wraps bare URLs in angle brackets (markdownlint MD034) and keeps the rest as it is. */
function linkBareUrls(text: string): string {
  return text.replace(/(^|[\s(])(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])/g, (all, pre: string, url: string) =>
    pre === '(' ? all : `${pre}<${url}>`);
}

/** The whole comparison as a Markdown document fragment ending in one newline. */
export function toMarkdownTable(model: Comparison, options: MarkdownTableOptions = {}): string {
  const level = Math.min(5, Math.max(1, Math.trunc(options.headingLevel ?? 1)));
  const row = (cells: readonly string[]): string => `| ${cells.map(escapeTableCell).join(' | ')} |`;
  const lines = [
    `${'#'.repeat(level)} ${escapeTableCell(model.title)}`,
    '',
    row(['Aspect', model.sides.ol.name, model.sides.lo.name]),
    '| --- | --- | --- |',
    ...model.rows.map((r) => row([r.label, r.ol, r.lo])),
  ];
  if (model.sources.length > 0) {
    lines.push('', `${'#'.repeat(level + 1)} Sources`, '', ...model.sources.map((s) => wrapListItem(linkBareUrls(escapeTableCell(s)))));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The newlines to put around a block inserted between `before` and `after`, so that it stands
 * as its own paragraph (blank lines around headings and tables, markdownlint MD022 / MD058).
 */
export function blockPadding(before: string, after: string): { readonly prefix: string; readonly suffix: string } {
  const prefix = before === '' || /\n[ \t]*\n$/.test(before) || /^\s*\n$/.test(before) ? ''
    : before.endsWith('\n') ? '\n' : '\n\n';
  // The block ends with one newline; one more makes the blank line before any following text.
  const suffix = after === '' || after.startsWith('\n') || after.startsWith('\r\n') ? '' : '\n';
  return { prefix, suffix };
}
