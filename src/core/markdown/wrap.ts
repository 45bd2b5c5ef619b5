// The one 80-column wrapper: list items and action items written back into a document stay
// within markdownlint's default line length (MD013) and never start a line with a word that
// would open a block of its own there.

/** markdownlint's default MD013 limit. */
export const MAX_LINE_LENGTH = 80;
/** Indent of a wrapped list item's continuation lines (under the item's text). */
export const CONTINUATION_INDENT = '  ';
/**
 * Words that would start a block (list, heading, quote, fence, rule, table, HTML) at the start
 * of a line. An autolink `<https://…>` opens none, so it may start a continuation line.
 */
const BLOCK_MARKER = /^(?:[-+*=_#>|~`]|<(?![A-Za-z][A-Za-z0-9.+-]{1,31}:[^\s<>]*>)|\d{1,9}[.)]$)/;

/** Within the limit, or longer only by a last word with no space in it (a link), as MD013 allows. */
export function fitsLineLength(line: string, width = MAX_LINE_LENGTH): boolean {
  return line.length <= width || line.lastIndexOf(' ') < width;
}

/** Within the limit: what the wrapper aims for unless told to use MD013's own tolerance. */
function fitsStrictly(line: string, width: number): boolean {
  return line.length <= width;
}

/** How wrapUnits decides that a line still fits. */
export interface WrapOptions {
  readonly width?: number;
  /** Default: at most `width` characters. Pass fitsLineLength to let a last long word run over. */
  readonly fits?: (line: string, width: number) => boolean;
}

/**
 * Joins `units` with spaces after `lead` (a bullet such as `- [ ]`), starting a new line with
 * CONTINUATION_INDENT wherever the line would be too long. The lead keeps its first unit on
 * its line (a lone `- [ ]` is not a task); a unit never splits and never starts a line if it
 * would open a block there.
 */
export function wrapUnits(lead: string, units: readonly string[], options: WrapOptions = {}): string {
  const { width = MAX_LINE_LENGTH, fits = fitsStrictly } = options;
  const [first, ...rest] = units;
  const lines: string[] = [];
  let line = first === undefined ? lead : `${lead} ${first}`;
  for (const unit of rest) {
    if (fits(`${line} ${unit}`, width) || BLOCK_MARKER.test(unit)) {
      line = `${line} ${unit}`;
    } else {
      lines.push(line);
      line = `${CONTINUATION_INDENT}${unit}`;
    }
  }
  return [...lines, line].join('\n');
}

/** One list item (`- text`) wrapped at `width` columns. */
export function wrapListItem(text: string, width = MAX_LINE_LENGTH): string {
  return wrapUnits('-', text.split(/\s+/).filter((w) => w !== ''), { width });
}
