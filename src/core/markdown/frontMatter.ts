// The one front-matter finder: a leading YAML block between `---` fences, read line by line.
// Shared by templates (their own header), retro documents (date, iteration, team), the hover
// and the preview (which skip it) and the action readers. Tolerant of CRLF and a UTF-8 BOM.

/** Where a front-matter block and the text after it sit in a document. */
export interface FrontMatterBlock {
  /** The YAML between the fences. */
  readonly yaml: string;
  /** Offset of the YAML's first character in the text. */
  readonly yamlOffset: number;
  /** 0-based line of the YAML's first line (the line after the opening fence). */
  readonly yamlLine: number;
  /** Offset of the first character after the closing fence's line. */
  readonly bodyOffset: number;
  /** 0-based line of that character: the number of lines the block occupies. */
  readonly bodyLine: number;
}

const BOM = '\uFEFF';
/** The opening fence, on the first line only (after a BOM, if any). */
const OPENING_FENCE = /^\uFEFF?---[ \t\r]*$/;
/** YAML allows `...` to end a document as well as `---`. (A `\r` is allowed: split lines may keep it.) */
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t\r]*$/;

/** The leading front-matter block of `text`, or undefined when it has none (or it is never closed). */
export function findFrontMatter(text: string): FrontMatterBlock | undefined {
  // Line by line from the top, stopping at the closing fence: the body is never split.
  let end = lineEnd(text, 0);
  if (!OPENING_FENCE.test(trimEol(text.slice(0, end)))) return undefined;
  const yamlOffset = end;
  for (let line = 1; end < text.length; line++) {
    const start = end;
    end = lineEnd(text, start);
    if (CLOSING_FENCE.test(trimEol(text.slice(start, end)))) {
      return { yaml: text.slice(yamlOffset, start), yamlOffset, yamlLine: 1, bodyOffset: end, bodyLine: line + 1 };
    }
  }
  return undefined;
}

/**
 * The same finder over lines already split (without their line ends): the number of lines the
 * front matter occupies, 0 when there is none. Lets a lazy reader look no further than the block.
 */
export function frontMatterLines(lineAt: (line: number) => string, lineCount: number): number {
  if (lineCount === 0 || !OPENING_FENCE.test(lineAt(0))) return 0;
  for (let line = 1; line < lineCount; line++) {
    if (CLOSING_FENCE.test(lineAt(line))) return line + 1;
  }
  return 0;
}

/** Whether `line` (a document's first line) opens a front-matter block. */
export function isFrontMatterOpening(line: string): boolean {
  return OPENING_FENCE.test(line);
}

/** Number of lines the YAML front matter of `text` occupies (0 when it has none). */
export function frontMatterLineCount(text: string): number {
  return findFrontMatter(text)?.bodyLine ?? 0;
}

/** Whether `text` starts with a (closed) front-matter block. */
export function hasFrontMatter(text: string): boolean {
  return findFrontMatter(text) !== undefined;
}

/** The offset just after the newline ending the line that starts at `start` (or the text's end). */
function lineEnd(text: string, start: number): number {
  const newline = text.indexOf('\n', start);
  return newline < 0 ? text.length : newline + 1;
}

/** One line of a text, without its end-of-line characters. */
export interface TextLine {
  readonly text: string;
  /** Offset of its first character. */
  readonly offset: number;
  /** Offset after its newline (the next line's offset). */
  readonly end: number;
}

/** Lines without their end-of-line characters (LF, CRLF or a lone CR at the end), with their offsets. */
export function linesWithOffsets(text: string): TextLine[] {
  const lines: TextLine[] = [];
  for (let offset = 0; offset < text.length;) {
    const end = lineEnd(text, offset);
    lines.push({ text: trimEol(text.slice(offset, end)), offset, end });
    offset = end;
  }
  return lines;
}

/** `text` split into lines without end-of-line characters (a final newline starts no extra line). */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.charCodeAt(line.length - 1) === 0x0d) lines[i] = line.slice(0, -1);
  }
  return lines;
}

/** A line without its `\n`, `\r\n` or trailing `\r`. */
function trimEol(line: string): string {
  let end = line.length;
  if (line.charCodeAt(end - 1) === 0x0a) end--;
  if (line.charCodeAt(end - 1) === 0x0d) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** `line` without a leading byte-order mark (only the first line of a file can carry one). */
export function withoutBom(line: string): string {
  return line.startsWith(BOM) ? line.slice(1) : line;
}
