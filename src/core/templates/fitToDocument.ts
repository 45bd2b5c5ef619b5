// A template inserted into a document that already has a title or sections: the template's own
// title and the sections the document already has would only repeat them (issue 13, point 6).

import { hasFrontMatter, readLines, type MarkdownLines } from '../markdown';

/**
 * An ATX heading, matched on its line with the end trimmed: up to three spaces, 1–6 `#`, then its
 * text starting at a non-blank (a lazy text before `[ \t]*$` backtracked over every run of blanks).
 */
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+([^ \t].*)?)?$/;
/** A closing `#` sequence, taken off the heading's text: closing `#`s are not text. */
const CLOSING_HASHES = /(?:^|[ \t])#+$/;

interface Heading {
  readonly line: number;
  readonly level: number;
  readonly key: string;
}

/** Headings on text lines only (never in code, HTML or front matter). Linear in the text. */
function headings(read: MarkdownLines): Heading[] {
  const found: Heading[] = [];
  for (let line = 0; line < read.lines.length; line++) {
    if (read.kindAt(line) !== 'text') continue;
    const match = ATX_HEADING.exec((read.lines[line] ?? '').trimEnd());
    if (!match) continue;
    const hashes = match[1] ?? '';
    found.push({ line, level: hashes.length, key: headingKey(hashes.length, (match[2] ?? '').replace(CLOSING_HASHES, '')) });
  }
  return found;
}

/** Same level and same words, whatever the case and spacing: `## Action Items` ≡ `##  action items`. */
function headingKey(level: number, text: string): string {
  return `${String(level)} ${text.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

/**
 * `body` (a snippet, front matter already handled) without the headings `documentText` makes
 * redundant: its first-level heading when the document has one or has front matter, and any
 * section heading the document already has at the same level. The sections' content stays.
 */
export function fitTemplateToDocument(body: string, documentText: string): string {
  const document = readLines(documentText);
  const existing = headings(document);
  const hasTitle = hasFrontMatter(documentText) || existing.some((heading) => heading.level === 1);
  const keys = new Set(existing.map((heading) => heading.key));
  const template = readLines(body);
  const drop = new Set<number>();
  for (const heading of headings(template)) {
    if ((heading.level === 1 && hasTitle) || keys.has(heading.key)) drop.add(heading.line);
  }
  if (drop.size === 0) return body;
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const kept: string[] = [];
  let skipBlank = false;
  template.lines.forEach((line, index) => {
    if (drop.has(index)) { skipBlank = true; return; }
    // The blank line after a dropped heading goes with it, so no double gap is left.
    if (skipBlank && line.trim() === '') { skipBlank = false; return; }
    skipBlank = false;
    kept.push(line);
  });
  const ending = body.endsWith('\n') ? eol : '';
  return kept.join(eol) + ending;
}
