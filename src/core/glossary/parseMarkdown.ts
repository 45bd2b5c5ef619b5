// Reads a team glossary written as Markdown (GLOSSARY.md):
//
//   # Our glossary            ← title and intro are ignored
//   ## Double-loop learning   ← each `##` heading is a term
//   Aliases: DLL, double loop ← optional field lines: Aliases, See, Side, Source
//   First paragraph: the definition.
//   Further paragraphs: the details.
//
// Only top-level paragraphs count; code blocks, lists and tables under a term are ignored.

import MarkdownIt, { type Token } from 'markdown-it';
import { isSide, SIDES, type GlossaryEntry, type GlossaryParseResult, type Problem, type Side } from './entry';
import { withoutDuplicates, type Located } from './dedupe';
import { problemAt, type Span } from '../markdown/lineMap';
import { markdownItSource, MAX_MARKDOWN_NESTING } from '../markdown/markdownItSource';
import { message } from '../messages';

const FIELD_LINE = /^\s*(aliases|see|side|source)\s*:\s*(.*)$/i;
const LIST_SEPARATOR = /\s*,\s*/;

let engine: MarkdownIt | undefined;
/** Memoised: parsing rules are compiled once. Raw HTML stays literal text. */
function markdown(): MarkdownIt {
  return (engine ??= new MarkdownIt('default', { html: false }));
}

interface Section {
  readonly term: string;
  readonly line: number;
  readonly paragraphs: string[];
  aliases: string[];
  aliasLine?: number;
  see: string[];
  side?: Side;
  source?: string;
}

/** Parses a Markdown glossary: each `## Term` with the paragraphs under it. */
export function parseGlossaryMarkdown(text: string, origin: string): GlossaryParseResult {
  // Front matter and HTML (raw HTML stays literal here) hold no terms; a block nested deeper than
  // markdown-it reads is reported and left out.
  const { source, lines, deep, unclosed } = markdownItSource(text, { blankHtml: true });
  const problems: Problem[] = unclosed === undefined ? [] : [unclosed];
  const lineSpan = (line: number): Span => ({ line, column: 0, endLine: line, endColumn: (lines[line] ?? '').length });
  for (const block of deep) {
    const span: Span = { line: block.line, column: 0, endLine: block.endLine, endColumn: (lines[block.endLine] ?? '').length };
    problems.push(problemAt(span, message('nestedTooDeep', MAX_MARKDOWN_NESTING / 2, block.line + 1, block.endLine + 1), 'warning'));
  }
  const located: Located[] = [];
  const finish = (section: Section | undefined): void => {
    if (section === undefined) return;
    const [definition, ...details] = section.paragraphs;
    if (definition === undefined) {
      problems.push(problemAt(lineSpan(section.line), message('noDefinition', section.term)));
      return;
    }
    const entry: GlossaryEntry = {
      term: section.term,
      aliases: section.aliases,
      definition,
      see: section.see,
      origin,
      line: section.line,
      ...(details.length > 0 && { details: details.join('\n\n') }),
      ...(section.side !== undefined && { side: section.side }),
      ...(section.source !== undefined && { source: section.source }),
    };
    const aliasSpan = lineSpan(section.aliasLine ?? section.line);
    located.push({ entry, termSpan: lineSpan(section.line), aliasSpans: section.aliases.map(() => aliasSpan) });
  };

  const tokens = markdown().parse(source, {});
  let section: Section | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const line = token.map?.[0] ?? 0;
    if (token.type === 'heading_open' && (token.tag === 'h1' || token.tag === 'h2')) {
      finish(section);
      section = undefined;
      if (token.tag === 'h1') continue;
      const term = plainText(tokens[i + 1]?.children ?? []).trim();
      if (term === '') problems.push(problemAt(lineSpan(line), message('emptyTermHeading')));
      // "## A", "## A–C": the letter sections of an A–Z glossary, not terms (as terms they
      // would mark every "a" in every document). Structure, not a mistake: nothing to report.
      else if (!LETTER_SECTION.test(term)) section = { term, line, paragraphs: [], aliases: [], see: [] };
    } else if (token.type === 'paragraph_open' && token.level === 0 && section !== undefined) {
      const inline = tokens[i + 1];
      if (inline !== undefined) readParagraph(inline, line, section, problems, lineSpan);
    }
  }
  finish(section);
  return { entries: withoutDuplicates(located, problems), problems };
}

/** A heading that is one letter or a range of letters. */
const LETTER_SECTION = /^\p{L}(?:\s*[-–—]\s*\p{L})?$/u;

/** Takes the field lines out of a paragraph; what remains (if anything) is a paragraph of text. */
function readParagraph(inline: Token, firstLine: number, section: Section, problems: Problem[], lineSpan: (line: number) => Span): void {
  const rawLines = inline.content.split('\n');
  const rest: string[] = [];
  rawLines.forEach((raw, k) => {
    const field = FIELD_LINE.exec(raw);
    if (field === null) {
      rest.push(raw);
      return;
    }
    const name = (field[1] as string).toLowerCase();
    const value = inlinePlainText(field[2] as string).trim();
    const line = firstLine + k;
    if (name === 'aliases') {
      section.aliases.push(...splitList(value));
      section.aliasLine = line;
    } else if (name === 'see') {
      section.see.push(...splitList(value));
    } else if (name === 'source') {
      section.source = value;
    } else if (isSide(value)) {
      section.side = value;
    } else {
      const wanted = SIDES.map((s) => `"${s}"`).join(', ');
      problems.push(problemAt(lineSpan(line), message('unknownSide', value, wanted)));
    }
  });
  // Re-parse only when field lines were removed; otherwise the parsed children are exact.
  const paragraph = rest.length === rawLines.length ? plainText(inline.children ?? []) : inlinePlainText(rest.join('\n'));
  if (paragraph.trim() !== '') section.paragraphs.push(paragraph.trim());
}

function splitList(value: string): string[] {
  return value.split(LIST_SEPARATOR).filter((item) => item !== '');
}

function inlinePlainText(source: string): string {
  const [inline] = markdown().parseInline(source, {});
  return plainText(inline?.children ?? []);
}

/** The visible text of inline tokens: formatting and link targets dropped, line breaks as spaces. */
function plainText(children: readonly Token[]): string {
  let out = '';
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') out += child.content;
    else if (child.type === 'softbreak') out += ' ';
    else if (child.type === 'hardbreak') out += '\n';
    else if (child.type === 'image') out += plainText(child.children ?? []);
  }
  return out;
}
