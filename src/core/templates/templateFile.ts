// The two layouts of a template file (issue 13, point 13). The one we write reads as ordinary
// Markdown with one front matter: the template's own header (id, name, description, kind) sits
// under the reserved key `learning-loop-template`, which is taken out of what gets inserted.
// The older layout, still read, puts the header in a front matter of its own before the body's.

import { findFrontMatter } from '../markdown/frontMatter';

/** The front-matter key that holds the template's header in the one-front-matter layout. */
export const HEADER_KEY = 'learning-loop-template';
/** Its line: the key at the start of a line, then nothing or a flow map / comment after the colon. */
const HEADER_KEY_LINE = new RegExp(`^${HEADER_KEY}[ \\t]*:(?:[ \\t]|$)`);
const INDENTED = /^[ \t]/;
const BLANK = /^[ \t]*\r?$/;
/** How the header's keys are indented under the reserved key when we write it. */
const INDENT = '  ';

/** A template file taken apart: the header's YAML and the snippet body, each placed in the file. */
export interface TemplateParts {
  /** 'one': the header under {@link HEADER_KEY} in the body's front matter; 'two': a front matter of its own. */
  readonly layout: 'one' | 'two';
  /** The header's YAML: `id: …` lines (layout two), or the `learning-loop-template:` block (layout one). */
  readonly headerYaml: string;
  /** 0-based line of the file where the header's YAML starts. */
  readonly headerLine: number;
  /** The body in snippet syntax, leading blank lines removed. */
  readonly body: string;
  /** 0-based line of the file where the body starts. */
  readonly bodyLine: number;
  /** The file offset of an offset into `body`. */
  readonly toFile: (offset: number) => number;
}

/** The parts of `text` (LF line ends), or undefined when it does not start with a closed front matter. */
export function splitTemplate(text: string): TemplateParts | undefined {
  const block = findFrontMatter(text);
  if (!block) return undefined;
  const lines = block.yaml.split('\n');
  const start = lines.findIndex((line) => HEADER_KEY_LINE.test(line));
  if (start < 0) {
    const { body, bodyLine, skipped } = withoutBlankStart(text.slice(block.bodyOffset), block.bodyLine);
    const from = block.bodyOffset + skipped;
    return { layout: 'two', headerYaml: block.yaml, headerLine: block.yamlLine, body, bodyLine, toFile: (offset) => from + offset };
  }
  const end = headerBlockEnd(lines, start);
  const headerStart = block.yamlOffset + lines.slice(0, start).reduce((n, line) => n + line.length + 1, 0);
  const headerYaml = lines.slice(start, end).map((line) => `${line}\n`).join('');
  const headerEnd = headerStart + headerYaml.length;
  const rest = [...lines.slice(0, start), ...lines.slice(end)];
  if (rest.every((line) => BLANK.test(line))) {
    // Nothing but the header: what is inserted starts after the closing fence.
    const { body, bodyLine, skipped } = withoutBlankStart(text.slice(block.bodyOffset), block.bodyLine);
    const from = block.bodyOffset + skipped;
    return { layout: 'one', headerYaml, headerLine: block.yamlLine + start, body, bodyLine, toFile: (offset) => from + offset };
  }
  // The file without the header's lines: the part before them, then the part after.
  const body = text.slice(0, headerStart) + text.slice(headerEnd);
  return {
    layout: 'one', headerYaml, headerLine: block.yamlLine + start, body, bodyLine: 0,
    toFile: (offset) => (offset < headerStart ? offset : offset + headerYaml.length),
  };
}

/** The line after the reserved key's block: its indented lines (blank lines between them included). */
function headerBlockEnd(lines: readonly string[], start: number): number {
  let end = start + 1;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (BLANK.test(line)) continue;
    if (!INDENTED.test(line)) break;
    end = i + 1;
  }
  return end;
}

function withoutBlankStart(rest: string, line: number): { body: string; bodyLine: number; skipped: number } {
  const blank = /^(?:[ \t]*\n)*/.exec(rest)?.[0] ?? '';
  return { body: rest.slice(blank.length), bodyLine: line + (blank.match(/\n/g)?.length ?? 0), skipped: blank.length };
}

/**
 * `text` (either layout) in the one-front-matter layout with the header's id set to `id`: the
 * header's keys go, indented, under {@link HEADER_KEY} at the top of the body's front matter
 * (a front matter of their own when the body has none). Everything else is kept as written.
 */
export function toOneFrontMatter(text: string, id: string): string {
  const normalized = text.replace(/\r\n?/g, '\n');
  const parts = splitTemplate(normalized);
  if (!parts) return text;
  if (parts.layout === 'one') return withHeaderId(normalized, parts, id);
  const header = withId(parts.headerYaml.replace(/\n$/, '').split('\n'), id);
  const headerBlock = `${HEADER_KEY}:\n${header.map((line) => (BLANK.test(line) ? '\n' : `${INDENT}${line}\n`)).join('')}`;
  const bodyMatter = findFrontMatter(parts.body);
  if (!bodyMatter) return `---\n${headerBlock}---\n\n${parts.body}`;
  return `${parts.body.slice(0, bodyMatter.yamlOffset)}${headerBlock}${parts.body.slice(bodyMatter.yamlOffset)}`;
}

/** The header lines with their `id:` set to `id` (added first when there is none). */
function withId(lines: readonly string[], id: string): string[] {
  const at = lines.findIndex((line) => /^id[ \t]*:/.test(line));
  if (at < 0) return [`id: ${id}`, ...lines];
  return lines.map((line, i) => (i === at ? `id: ${id}` : line));
}

/** A file already in the one-front-matter layout, with the indented `id:` of its header block set to `id`. */
function withHeaderId(text: string, parts: TemplateParts, id: string): string {
  const lines = text.split('\n');
  // A one-line flow map (`learning-loop-template: { … }`) is left as written.
  if (/:[ \t]*[^\s#]/.test(lines[parts.headerLine]?.slice(HEADER_KEY.length) ?? '')) return text;
  const blockLength = parts.headerYaml.replace(/\n$/, '').split('\n').length;
  const block = lines.slice(parts.headerLine + 1, parts.headerLine + blockLength);
  const at = block.findIndex((line) => /^[ \t]+id[ \t]*:/.test(line));
  const replacement = at < 0 ? [`${INDENT}id: ${id}`, ...block] : block.map((line, i) => (i === at ? line.replace(/^([ \t]+id[ \t]*:).*$/, `$1 ${id}`) : line));
  return [...lines.slice(0, parts.headerLine + 1), ...replacement, ...lines.slice(parts.headerLine + blockLength)].join('\n');
}
