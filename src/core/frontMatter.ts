// Finding a leading YAML front-matter block, line by line: shared by templates (their own
// header), retro documents (date, iteration, team) and the glossary preview (which skips it).
// Tolerant of CRLF and a BOM.

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
  /** 0-based line of that character. */
  readonly bodyLine: number;
}

const OPENING_FENCE = /^\uFEFF?---[ \t]*$/;
/** YAML allows `...` to end a document as well as `---`. */
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;
const LINE = /[^\n]*(?:\n|$)/y;

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

/** The offset just after the newline ending the line that starts at `start` (or the text's end). */
function lineEnd(text: string, start: number): number {
  const newline = text.indexOf('\n', start);
  return newline < 0 ? text.length : newline + 1;
}

interface Line { readonly text: string; readonly offset: number; readonly end: number }

/** Lines without their end-of-line characters, with the offset each starts at and the offset after its newline. */
export function linesWithOffsets(text: string): Line[] {
  const lines: Line[] = [];
  LINE.lastIndex = 0;
  while (LINE.lastIndex < text.length) {
    const offset = LINE.lastIndex;
    const match = LINE.exec(text);
    if (!match) break;
    lines.push({ text: trimEol(match[0]), offset, end: LINE.lastIndex });
  }
  return lines;
}

function trimEol(line: string): string {
  return line.replace(/\r?\n$/, '').replace(/\r$/, '');
}
