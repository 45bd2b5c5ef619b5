// Finding a leading YAML front-matter block, line by line: shared by templates (their own
// header) and retro documents (date, iteration, team), and tolerant of CRLF and a BOM.

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
  const lines = linesWithOffsets(text);
  const first = lines[0];
  if (!first || !OPENING_FENCE.test(first.text)) return undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line && CLOSING_FENCE.test(line.text)) {
      const yamlOffset = lines[1]?.offset ?? text.length;
      return {
        yaml: text.slice(yamlOffset, line.offset),
        yamlOffset,
        yamlLine: 1,
        bodyOffset: line.end,
        bodyLine: i + 1,
      };
    }
  }
  return undefined;
}

/** Whether `text` starts with an opening front-matter fence (closed or not). */
export function opensFrontMatter(text: string): boolean {
  const end = text.indexOf('\n');
  return OPENING_FENCE.test(trimEol(end < 0 ? text : text.slice(0, end)));
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
