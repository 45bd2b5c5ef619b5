// One corpus of tricky documents through every consumer of the one Markdown reader: the reader's
// line kinds, the hover, the action items (carry-forward and the memory's task reader), the
// glossary's Markdown parse, the template front matter and the preview. Each line of a case is
// labelled with what it is — T text, C code, H HTML (blocks and comments), F front matter — and
// every consumer must agree with the label. Where markdown-it's block rules are the truth (the
// preview), the reader's kinds, quotes and tables are checked against markdown-it's token map.
import assert from 'node:assert/strict';
import MarkdownIt, { type Token } from 'markdown-it';
import { glossaryPlugin } from '../../src/core/glossary/markdownItPlugin';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { parseGlossaryMarkdown } from '../../src/core/glossary/parseMarkdown';
import { findFrontMatter, MarkdownBlockIndex, readLines, termAtPosition, type LineKind } from '../../src/core/markdown';
import { markdownItSource } from '../../src/core/markdown/markdownItSource';
import { readTaskItems } from '../../src/core/memory/forms/task';
import { parseActionItems } from '../../src/core/retro/actions';
import { parseTemplate } from '../../src/core/templates/template';

type Label = 'T' | 'C' | 'H' | 'F';
interface Case {
  readonly name: string;
  readonly lines: ReadonlyArray<readonly [Label, string]>;
  /** Line ends (default LF). */
  readonly eol?: string;
  /** Text before the first line (a BOM). */
  readonly prefix?: string;
}

const TERM = 'retro';
const KIND_LABEL: Record<LineKind, Label> = {
  text: 'T', 'fenced-code': 'C', 'indented-code': 'C', 'html-comment': 'H', 'html-block': 'H', 'front-matter': 'F',
};

const CORPUS: readonly Case[] = [
  { name: 'a task in an indented code block', lines: [['T', 'Intro retro.'], ['T', ''], ['C', '    - [ ] retro in code'], ['T', ''], ['T', '- [ ] retro after']] },
  { name: 'a task in a <details> HTML block', lines: [['H', '<details>'], ['H', '<summary>Old</summary>'], ['H', '- [ ] retro hidden'], ['H', '</details>'], ['T', ''], ['T', '- [ ] retro shown']] },
  {
    name: 'front matter after a UTF-8 BOM', prefix: '\uFEFF',
    lines: [['F', '---'], ['F', 'title: retro notes'], ['F', '---'], ['T', '# Retro'], ['T', ''], ['T', '- [ ] retro item']],
  },
  { name: 'CRLF line ends with front matter', eol: '\r\n', lines: [['F', '---'], ['F', 'date: 2026-11-30'], ['F', '...'], ['T', '- [ ] retro crlf'], ['T', ''], ['C', '```'], ['C', '- [ ] retro'], ['C', '```']] },
  {
    name: 'nested lists with code',
    lines: [['T', '- [ ] retro parent'], ['T', ''], ['C', '      code retro in the item'], ['T', ''], ['T', '  - [ ] retro child'], ['T', ''], ['C', '  ```'], ['C', '  - [ ] retro fenced'], ['C', '  ```'], ['T', '- [ ] retro sibling']],
  },
  { name: 'a fence never closed', lines: [['T', '- [ ] retro before'], ['C', '~~~'], ['C', '- [ ] retro'], ['C', '## Heading retro'], ['C', '```']] },
  { name: 'a comment never closed', lines: [['T', '- [ ] retro before'], ['H', '<!-- open'], ['H', '- [ ] retro'], ['H', '## Heading retro']] },
  {
    name: 'block quotes, a fence in a quote',
    lines: [['T', '> - [ ] retro quoted'], ['T', '>'], ['C', '> ```'], ['C', '> - [ ] retro'], ['C', '> ```'], ['T', '> retro again'], ['T', ''], ['T', '> > retro deeper']],
  },
  { name: 'a table', lines: [['T', '| Term | Note |'], ['T', '| --- | --- |'], ['T', '| retro | `<!--` |'], ['T', '| b | c |'], ['T', ''], ['T', 'retro after the table']] },
  {
    name: 'comments spanning lines',
    lines: [['T', 'Prose retro <!-- opens'], ['H', 'retro hidden'], ['H', 'closes -->'], ['T', ''],
      ['T', 'Prose <!-- never closed in its paragraph'], ['T', '- [ ] retro a task'], ['T', 'closes --> in the item'], ['T', ''], ['H', '<!--'], ['H', '- [ ] retro'], ['H', '-->'], ['T', '- [ ] retro after'], ['H', '<!-- one line -->'], ['T', '- [ ] retro last']],
  },
  { name: 'inline code holding <!--', lines: [['T', '- [ ] one `<!--` retro'], ['T', '- [ ] retro two'], ['T', '- [ ] retro three -->'], ['T', '- [ ] retro four']] },
  { name: 'a rule and a setext heading are no front matter', lines: [['T', 'Title retro'], ['T', '---'], ['T', ''], ['T', '---'], ['T', 'retro'], ['T', '---']] },
  { name: 'a lone inline tag is an HTML block', lines: [['T', 'retro text'], ['T', ''], ['H', '<span class="x">'], ['H', 'retro in html'], ['T', ''], ['T', 'retro after']] },
  { name: 'fences: tildes holding backticks, a longer close', lines: [['C', '~~~~ md'], ['C', '```'], ['C', '- [ ] retro'], ['C', '~~~'], ['C', '~~~~~'], ['T', '- [ ] retro out']] },
  { name: 'raw HTML: script and pre', lines: [['H', '<pre>'], ['H', 'retro'], ['H', '</pre>'], ['T', 'retro'], ['H', '<script>'], ['H', 'let retro = 1;'], ['H', '</script>']] },
];

function textOf(c: Case): string {
  return (c.prefix ?? '') + c.lines.map(([, line]) => line).join(c.eol ?? '\n');
}

/** Lines of a case that hold the term as a word. */
function termLines(c: Case): number[] {
  return c.lines.flatMap(([, line], i) => (new RegExp(`\\b${TERM}\\b`, 'i').test(line.replace(/`[^`]*`/g, '')) ? [i] : []));
}

const MATCHER = TermMatcher.build([{ term: 'organizational learning', aliases: [TERM], definition: 'A definition.', see: [], origin: 'built-in' }]);
const PREVIEW = new MarkdownIt({ html: true }).use(glossaryPlugin, { getMatcher: () => MATCHER });
const TASK = /^(?:[ \t]*>)*[ \t]*[-*+][ \t]+\[[ xX]\][ \t]/;

describe('markdown corpus: every consumer agrees with the labels', () => {
  for (const c of CORPUS) {
    describe(c.name, () => {
      const text = textOf(c);
      const labels = c.lines.map(([label]) => label);

      it('the reader: line kinds', () => {
        const read = readLines(text);
        assert.deepEqual(read.lines.map((_, i) => KIND_LABEL[read.kindAt(i)]), labels);
      });

      it('the hover: a term on text lines only', () => {
        const lines = text.split(/\r?\n/);
        const index = new MarkdownBlockIndex((i) => lines[i] ?? '', lines.length);
        for (const line of termLines(c)) {
          const at = (lines[line] as string).search(new RegExp(`\\b${TERM}\\b`, 'i'));
          const hit = termAtPosition(MATCHER, index, lines[line] as string, line, at + 1) !== undefined;
          assert.equal(hit, labels[line] === 'T', `line ${line}: ${JSON.stringify(lines[line])}`);
        }
      });

      it('action items: carry-forward and the memory read the tasks of text lines only', () => {
        const expected = c.lines.flatMap(([label, line], i) => (label === 'T' && TASK.test(line) ? [i] : []));
        assert.deepEqual(parseActionItems(text).map((item) => item.line), expected);
        assert.deepEqual(readTaskItems(readLines(text)).map((item) => item.line), expected);
      });

      it('the glossary: terms only from headings on text lines', () => {
        const asGlossary = `${text}\n\n## Last term\n\nIts definition.\n`;
        const entries = parseGlossaryMarkdown(asGlossary, 'GLOSSARY.md').entries;
        for (const entry of entries) assert.equal(labels[entry.line ?? -1] ?? 'T', 'T', `term "${entry.term}" from line ${entry.line}`);
        // The term after the case is read unless a fence or comment left open swallows it, as in the preview.
        const read = readLines(asGlossary);
        const lastHeading = read.lines.indexOf('## Last term');
        assert.equal(entries.some((e) => e.term === 'Last term'), read.kindAt(lastHeading) === 'text');
      });

      it('template front matter: the same block as the reader', () => {
        const frontMatter = labels.filter((l) => l === 'F').length;
        assert.equal(findFrontMatter(text)?.bodyLine ?? 0, frontMatter);
        assert.equal(readLines(text).frontMatterLines, frontMatter);
        const missing = parseTemplate(text, 'team').problems.some((p) => /starts with front matter|never closed/.test(p.message));
        assert.equal(missing, frontMatter === 0);
      });

      it('the preview: terms marked on text lines only', () => {
        const source = markdownItSource(text).source;
        const html = PREVIEW.render(source);
        // The preview marks no headings (they are titles, not prose): leave their lines out.
        const headings = new Set(new MarkdownIt({ html: true }).parse(source, {}).filter((t) => t.type === 'heading_open').map((t) => t.map?.[0]));
        const expected = termLines(c).filter((line) => labels[line] === 'T' && !headings.has(line)).length;
        assert.equal(html.split('<abbr class="ll-term"').length - 1, expected, html);
      });

      it("markdown-it's token map: code, HTML, quotes and tables on the same lines", () => {
        const read = readLines(text);
        const truth = markdownItLines(markdownItSource(text).source, read.lines.length);
        for (let line = read.frontMatterLines; line < read.lines.length; line++) {
          const block = read.blockAt(line);
          const at = `line ${line}: ${JSON.stringify(read.lines[line])}`;
          assert.equal(KIND_LABEL[block.kind], truth.kinds[line], at);
          if ((read.lines[line] as string).trim() === '' || block.kind !== 'text') continue;
          assert.equal(block.quotes, truth.quotes[line], `${at} (quotes)`);
          assert.equal(block.table, truth.tables[line], `${at} (table)`);
        }
      });
    });
  }
});

/** What markdown-it's block tokens say of each line: kind label, quote depth, inside a table. */
function markdownItLines(source: string, count: number): { kinds: Label[]; quotes: number[]; tables: boolean[] } {
  const kinds = new Array<Label>(count).fill('T');
  const quotes = new Array<number>(count).fill(0);
  const tables = new Array<boolean>(count).fill(false);
  const mark = (token: Token, f: (line: number) => void): void => {
    const [start, end] = token.map ?? [0, 0];
    for (let line = start; line < Math.min(end, count); line++) f(line);
  };
  for (const token of new MarkdownIt({ html: true }).parse(source, {})) {
    if (token.type === 'fence' || token.type === 'code_block') mark(token, (l) => { kinds[l] = 'C'; });
    else if (token.type === 'html_block') mark(token, (l) => { kinds[l] = 'H'; });
    else if (token.type === 'blockquote_open') mark(token, (l) => { quotes[l] = (quotes[l] ?? 0) + 1; });
    else if (token.type === 'table_open') mark(token, (l) => { tables[l] = true; });
    else if (token.type === 'inline' && token.map !== null) markInlineComments(token, kinds);
  }
  return { kinds, quotes, tables };
}

/** A comment inside a paragraph hides the lines after its first, to its closing line (the reader's 'html-comment'). */
function markInlineComments(inline: Token, kinds: Label[]): void {
  let line = inline.map?.[0] ?? 0;
  for (const child of inline.children ?? []) {
    if (child.type === 'softbreak' || child.type === 'hardbreak') line++;
    else if (child.type === 'html_inline' && child.content.startsWith('<!--')) {
      const breaks = child.content.split('\n').length - 1;
      for (let k = 1; k <= breaks; k++) kinds[line + k] = 'H';
      line += breaks;
    }
  }
}
